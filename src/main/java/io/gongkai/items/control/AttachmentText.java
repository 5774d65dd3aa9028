package io.gongkai.items.control;

import io.gongkai.platform.Background;
import io.gongkai.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;

/**
 * Reads the text of an attachment for search: PDF, Word, Excel, PowerPoint, RTF, plain text and
 * HTML, with Apache Tika's parsers named here (not Tika's service-loaded set, which would pull in
 * every format's libraries). Other types (images) have no text; there is no OCR.
 *
 * <p>Never throws: a file whose text cannot be read (encrypted, damaged, too slow) has none, and is
 * stored all the same. Bounded in length (the first {@code maxChars} characters) and in time: each
 * file is parsed on a thread of its own, the caller waits at most {@code timeout}, and the parse
 * stops itself at its next piece of text once the time is up. Documents embedded in a file are not
 * read.
 */
@ApplicationScoped
public class AttachmentText {

  private static final System.Logger LOG = System.getLogger(AttachmentText.class.getName());

  static {
    keepPoiZipBombLimits();
  }

  /** How much text to keep and how long to try. */
  public record Limits(int maxChars, Duration timeout) {}

  private Limits limits;
  private Executor executor;
  private CompositeParser parser;
  private Set<MediaType> types;

  protected AttachmentText() {}

  @Inject
  public AttachmentText(Settings settings, Background background) {
    this(
        new Limits(settings.attachmentTextMaxChars(), settings.attachmentTextTimeout()),
        background.executor());
  }

  /**
   * Reads text within {@code limits}, each file as a task on {@code executor} (bounded in time).
   */
  public AttachmentText(Limits limits, Executor executor) {
    this.limits = limits;
    this.executor = executor;
    this.parser =
        new CompositeParser(
            MediaTypeRegistry.getDefaultRegistry(),
            new PDFParser(),
            new OfficeParser(),
            new OOXMLParser(),
            new RTFParser(),
            new TextAndCSVParser(),
            new JSoupParser());
    this.types = Set.copyOf(parser.getParsers().keySet());
  }

  /** Whether files of this (detected) type can have text. */
  public boolean reads(String contentType) {
    MediaTypeRegistry registry = parser.getMediaTypeRegistry();
    for (MediaType type = registry.normalize(MediaType.parse(contentType));
        type != null;
        type = registry.getSupertype(type)) {
      if (types.contains(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The file's text, or empty when it has none that could be read in time; {@code name} only says
   * in the log which file had none.
   */
  public Optional<String> extract(String name, String contentType, byte[] bytes) {
    if (limits.maxChars() <= 0 || contentType == null || !reads(contentType)) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    FutureTask<String> task = new FutureTask<>(() -> parse(contentType, bytes, deadline));
    executor.execute(task);
    try {
      String text = task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    } catch (TimeoutException e) {
      task.cancel(true);
      LOG.log(
          Level.INFO,
          "No text from {0} ({1}): not read within {2}",
          name,
          contentType,
          limits.timeout());
    } catch (ExecutionException e) {
      LOG.log(Level.INFO, "No text from {0} ({1}): {2}", name, contentType, describe(e.getCause()));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  private String parse(String contentType, byte[] bytes, long deadline) throws Exception {
    BoundedText text = new BoundedText(limits.maxChars(), deadline);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, contentType);
    try (InputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, new BodyContentHandler(text), metadata, context());
    } catch (Exception e) {
      if (!text.full()) {
        throw e;
      }
    }
    return text.text();
  }

  /**
   * Loading Tika's OOXMLParser switches off POI's zip-bomb check (the inflation ratio) for the
   * whole JVM: Tika guards against bombs in its AutoDetectParser instead, which is not used here,
   * and the reports' .docx import relies on POI's check. Load it once here and put POI's limits
   * back.
   */
  private static void keepPoiZipBombLimits() {
    double minInflateRatio = ZipSecureFile.getMinInflateRatio();
    long maxFileCount = ZipSecureFile.getMaxFileCount();
    new OOXMLParser();
    ZipSecureFile.setMinInflateRatio(minInflateRatio);
    ZipSecureFile.setMaxFileCount(maxFileCount);
  }

  private static ParseContext context() {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    office.setExtractMacros(false);
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdf);
    context.set(OfficeParserConfig.class, office);
    context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
    return context;
  }

  private static String describe(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what = t.getClass().getSimpleName() + ": " + t.getMessage();
    return root == t ? what : what + " (" + root.getClass().getSimpleName() + ")";
  }

  /** Embedded documents (a sheet inside a Word file, a file attached to a PDF) are not read. */
  private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
  }
}
