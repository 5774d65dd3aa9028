package io.gongkai.items.control;

import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.Item;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pictures of an item: the images its body shows and its cover. Images are never changed in the
 * stored body; the public answer gives the item's own pictures their widths ({@link #responsive}).
 * Every picture needs its alternative text before the item goes to review or to the public ({@link
 * #requireAlt}).
 */
public final class BodyPictures {

  /** How wide a body picture is shown: the whole column on a phone, at most 800 CSS pixels. */
  public static final String SIZES = "(max-width: 800px) 100vw, 800px";

  private static final Pattern OWN =
      Pattern.compile("^(?:https?://[^/]+)?/api/v1/items/(\\d+)/attachments/(\\d+)(?:[?#].*)?$");

  private BodyPictures() {}

  /** One width of a picture and where to get it. */
  public record Source(int width, String url) {}

  /** The address of an item's attachment, or of its copy {@code width} pixels wide. */
  public static String url(Item item, Attachment a, Integer width) {
    String url = "/api/v1/items/" + item.id() + "/attachments/" + a.id();
    return width == null ? url : url + "?w=" + width;
  }

  /** Every width of a picture, narrowest first: its copies, then itself unless it is huge. */
  public static List<Source> sources(Item item, Attachment a) {
    List<Source> sources = new ArrayList<>();
    for (int w : Pictures.copyWidths(a.width())) {
      sources.add(new Source(w, url(item, a, w)));
    }
    if (Pictures.originalInSrcset(a.width()) || sources.isEmpty()) {
      sources.add(new Source(a.width(), url(item, a, null)));
    }
    return sources;
  }

  /** The item's own picture an image's {@code src} points at, if it is one. */
  public static Optional<Attachment> own(Item item, String src) {
    Matcher m = OWN.matcher(src.strip());
    if (!m.matches() || !m.group(1).equals(String.valueOf(item.id()))) {
      return Optional.empty();
    }
    long id = Long.parseLong(m.group(2));
    return item.attachments().stream().filter(a -> a.id() == id && a.isPicture()).findFirst();
  }

  /**
   * The body as the public gets it: each image of the item's own pictures with {@code srcset},
   * {@code sizes}, its size (unless the editor set one), lazy loading and asynchronous decoding.
   */
  public static String responsive(Item item) {
    String body = item.body();
    if (body == null || !body.contains("<img")) {
      return body;
    }
    Document doc = Jsoup.parseBodyFragment(body);
    doc.outputSettings().prettyPrint(false);
    for (Element img : doc.select("img[src]")) {
      own(item, img.attr("src"))
          .ifPresent(
              a -> {
                img.attr(
                    "srcset",
                    sources(item, a).stream()
                        .map(s -> s.url() + " " + s.width() + "w")
                        .collect(Collectors.joining(", ")));
                img.attr("sizes", SIZES);
                if (!img.hasAttr("width") && !img.hasAttr("height")) {
                  img.attr("width", String.valueOf(a.width()));
                  img.attr("height", String.valueOf(a.height()));
                }
                img.attr("loading", "lazy");
                img.attr("decoding", "async");
              });
    }
    return doc.body().html();
  }

  /**
   * Refuses an item whose body shows an image without alternative text, naming each (by its file
   * name when it is one of the item's attachments, else by its address), or whose cover has none.
   */
  public static void requireAlt(Item item) {
    List<FieldError> errors = new ArrayList<>();
    List<String> missing = withoutAlt(item);
    if (!missing.isEmpty()) {
      errors.add(new FieldError("body", "items.image-alt-required", missing));
    }
    if (item.cover().filter(c -> c.alt() == null).isPresent()) {
      errors.add(new FieldError("cover", "items.cover-alt-required"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
  }

  /** The images of the body without a non-blank {@code alt}, by file name or address. */
  public static List<String> withoutAlt(Item item) {
    String body = item.body();
    if (body == null || !body.contains("<img")) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Element img : Jsoup.parseBodyFragment(body).select("img")) {
      if (img.attr("alt").isBlank()) {
        String src = img.attr("src");
        names.add(own(item, src).map(Attachment::fileName).orElse(src.isBlank() ? "img" : src));
      }
    }
    return names;
  }
}
