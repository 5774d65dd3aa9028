package io.gongkai.reports.entity;

import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.JsonbSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The annual report of one organisation for one year. */
@Entity
@jakarta.persistence.EntityListeners(ReportChanges.class)
public class Report {

  private static final Type TABLES =
      new LinkedHashMap<String, Map<String, Map<String, BigDecimal>>>() {}.getClass()
          .getGenericSuperclass();

  private static final Type DERIVED =
      new LinkedHashMap<String, Object>() {}.getClass().getGenericSuperclass();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "report_year")
  private int year;

  @Column(name = "format_id")
  private String formatId;

  @Enumerated(EnumType.STRING)
  private ReportState state;

  private String overview;
  private String problems;

  @Column(name = "other_matters")
  private String other;

  @Column(name = "tables_json")
  private String tablesJson;

  @Column(name = "derived_json")
  private String derivedJson;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** False for a past year's report kept only as its page's text (see {@link #pastPage}). */
  private boolean structured = true;

  @Column(name = "original_text")
  private String originalText;

  @Column(name = "printed_title")
  private String printedTitle;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "original_url")
  private String originalUrl;

  @Version private long version;

  protected Report() {}

  public Report(Organisation organisation, int year, ReportFormat format, String createdBy) {
    this.organisation = organisation;
    this.year = year;
    this.formatId = format.id();
    this.state = ReportState.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    this.tablesJson = "{}";
  }

  public void write(ReportContent content) {
    this.overview = content.overview();
    this.problems = content.problems();
    this.other = content.other();
    this.tablesJson =
        JsonbSettings.jsonb().toJson(content.tables() == null ? Map.of() : content.tables());
    this.updatedAt = Instant.now();
  }

  public ReportContent content() {
    Map<String, Map<String, Map<String, BigDecimal>>> tables =
        JsonbSettings.jsonb().fromJson(tablesJson, TABLES);
    return new ReportContent(overview, problems, other, tables);
  }

  /** Figures accepted from Gongkai's proposals: cell path (or "overview") → the value proposed. */
  public Map<String, Object> derived() {
    if (derivedJson == null || derivedJson.isBlank()) {
      return new LinkedHashMap<>();
    }
    return JsonbSettings.jsonb().fromJson(derivedJson, DERIVED);
  }

  public void recordDerived(Map<String, Object> derived) {
    this.derivedJson = JsonbSettings.jsonb().toJson(derived);
  }

  /**
   * Publishes the report as of {@code publishedAt} (today, or the day the agency published a past
   * year's report); {@code now} is when it changed here.
   */
  public void publish(Instant publishedAt, Instant now) {
    this.state = ReportState.PUBLISHED;
    this.publishedAt = publishedAt;
    this.updatedAt = now;
  }

  /** A draft's publication date to come (a past year's report, published back then); or none. */
  public void planPublication(Instant publishedAt) {
    if (state != ReportState.DRAFT) {
      throw new IllegalStateException("only a draft's publication is planned");
    }
    this.publishedAt = publishedAt;
  }

  /**
   * The report's title as agencies print it: "句容市教育局2023年政府信息公开工作年度报告", or as the old site printed
   * it for a report brought over from there.
   */
  public String title() {
    return printedTitle != null ? printedTitle : organisation.name() + year + "年政府信息公开工作年度报告";
  }

  /** What a past year's report brought over from an old site says it is. */
  public record PastPage(
      String externalId, String title, String originalUrl, boolean structured, String text) {}

  /**
   * Records where a past year's report came from; an unstructured one keeps only the page's text
   * (its tables stay empty: nothing is claimed that was not read).
   */
  public void pastPage(PastPage page) {
    this.externalId = page.externalId();
    this.printedTitle = page.title();
    this.originalUrl = page.originalUrl();
    this.structured = page.structured();
    this.originalText = page.structured() ? null : page.text();
    this.updatedAt = Instant.now();
  }

  /** Its tables are now filled in and pass the rules: the report is structured from now on. */
  public void structure() {
    this.structured = true;
    this.originalText = null;
  }

  public boolean structured() {
    return structured;
  }

  /** The page's text, for a report kept unstructured; null otherwise. */
  public String originalText() {
    return originalText;
  }

  public String externalId() {
    return externalId;
  }

  public String originalUrl() {
    return originalUrl;
  }

  public ReportFormat format() {
    return ReportFormats.byId(formatId).orElseThrow();
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public int year() {
    return year;
  }

  public ReportState state() {
    return state;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
