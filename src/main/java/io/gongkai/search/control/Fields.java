package io.gongkai.search.control;

import java.time.ZoneId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** The fields of the index and how an {@link Indexable} becomes a document. */
public final class Fields {

  public static final String KEY = "key";
  public static final String TYPE = "type";
  public static final String ID = "id";
  public static final String ORGANISATION = "organisation";
  public static final String CHANNEL = "channel";
  public static final String YEAR = "year";
  public static final String PUBLISHED = "published";
  public static final String EXPIRES = "expires";
  public static final String GENRE = "genre";
  public static final String THEME = "theme";
  public static final String VALIDITY = "validity";
  public static final String NUMBER = "number";
  public static final String INDEX_NUMBER = "indexNumber";
  public static final String DOCUMENT_NUMBER = "documentNumber";
  public static final String WRITTEN_ON = "writtenOn";
  public static final String REPORT_YEAR = "reportYear";

  public static final String TITLE_WORDS = "title_w";
  public static final String TITLE_BIGRAMS = "title_b";
  public static final String BODY_WORDS = "body_w";
  public static final String BODY_BIGRAMS = "body_b";
  public static final String ATTACHMENT_WORDS = "att_w";
  public static final String ATTACHMENT_BIGRAMS = "att_b";
  public static final String SPELLING = "spell";

  /**
   * The first two characters of every word of the title, as the segmenter cut it: a name that
   * starts a word (兴县 in 兴县人民政府) is told from the same characters inside a longer name (长兴县).
   */
  public static final String TITLE_STARTS = "title_s";

  /** Facet dimensions, counted from doc values. */
  public static final String[] FACETS = {TYPE, ORGANISATION, CHANNEL, YEAR};

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final FacetsConfig FACETS_CONFIG = facetsConfig();

  /** Stored, with offsets in the postings so the highlighter need not re-analyse. */
  private static final FieldType HIGHLIGHTED = highlighted();

  private Fields() {}

  public static Document document(Indexable x) {
    Document doc = new Document();
    doc.add(new StringField(KEY, x.key(), Field.Store.NO));
    doc.add(new SortedDocValuesField(KEY, new BytesRef(x.key())));
    doc.add(new StringField(TYPE, x.type(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(TYPE, x.type()));
    doc.add(new StoredField(ID, x.id()));
    String org = Long.toString(x.organisationId());
    doc.add(new StringField(ORGANISATION, org, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(ORGANISATION, org));
    for (Long channel : x.channelIds()) {
      doc.add(new StringField(CHANNEL, channel.toString(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(CHANNEL, channel.toString()));
    }
    long published = x.publishedAt().toEpochMilli();
    doc.add(new LongPoint(PUBLISHED, published));
    doc.add(new NumericDocValuesField(PUBLISHED, published));
    doc.add(new StoredField(PUBLISHED, published));
    doc.add(
        new LongPoint(
            EXPIRES, x.expiresAt() == null ? Long.MAX_VALUE : x.expiresAt().toEpochMilli()));
    String year = Integer.toString(x.publishedAt().atZone(CHINA).getYear());
    doc.add(new StringField(YEAR, year, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(YEAR, year));
    keyword(doc, GENRE, x.genre());
    keyword(doc, THEME, x.theme());
    keyword(doc, VALIDITY, x.validity());
    number(doc, INDEX_NUMBER, x.indexNumber());
    number(doc, DOCUMENT_NUMBER, x.documentNumber());
    if (x.writtenOn() != null) {
      doc.add(new StoredField(WRITTEN_ON, x.writtenOn().toString()));
    }
    if (x.reportYear() != null) {
      doc.add(new StoredField(REPORT_YEAR, x.reportYear()));
    }
    text(doc, TITLE_WORDS, TITLE_BIGRAMS, x.title());
    doc.add(new TextField(SPELLING, x.title(), Field.Store.NO));
    for (String start : Analysis.wordStarts(x.title())) {
      doc.add(new StringField(TITLE_STARTS, start, Field.Store.NO));
    }
    text(doc, BODY_WORDS, BODY_BIGRAMS, x.text());
    text(doc, ATTACHMENT_WORDS, ATTACHMENT_BIGRAMS, x.attachmentText());
    try {
      return FACETS_CONFIG.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
  }

  private static void number(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
      doc.add(new StringField(NUMBER, Analysis.numberKey(value), Field.Store.NO));
    }
  }

  private static void text(Document doc, String words, String bigrams, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    doc.add(new TextField(words, text, Field.Store.NO));
    doc.add(new Field(bigrams, text, HIGHLIGHTED));
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(CHANNEL, true);
    return config;
  }

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
