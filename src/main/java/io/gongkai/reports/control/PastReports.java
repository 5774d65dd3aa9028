package io.gongkai.reports.control;

import io.gongkai.audit.control.AuditLog;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Upload;
import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.control.importing.ReportHtmlParser;
import io.gongkai.reports.control.importing.ReportTextParser;
import io.gongkai.reports.entity.OriginalFile;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import io.gongkai.reports.entity.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Annual reports of past years that exist only as a page of an old site. The page is read as the
 * report importer reads any file: when every table is read and no rule finds an error, the report
 * is structured like one made here; otherwise it is kept as the page's text, marked unstructured —
 * the year is still listed, shown and searchable, and nothing is claimed that was not read. Either
 * way the page is kept as the report's original file, and the report is published on the date the
 * old site published it.
 */
@ApplicationScoped
public class PastReports {

  /** The year a report reports on, as its title prints it: 2023年, 2023年度, （2023年度）. */
  private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");

  /** What happened to a page. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * A page of an old site holding a year's report. {@code year} may be null: read from the page.
   */
  public record Page(
      String externalId,
      Integer year,
      String title,
      String html,
      Instant publishedAt,
      String originalUrl) {}

  @Inject AuditLog audit;
  @Inject Reports reports;

  /**
   * Stores the page as the organisation's report of its year (or, with {@code dryRun}, only checks
   * that it could be). The year's report must not exist unless this page made it.
   */
  public Outcome apply(
      EntityManager em, Organisation org, String author, Page page, boolean dryRun) {
    if (page.html() == null || page.html().isBlank()) {
      throw new Problem.Invalid("body", "reports.past.body-required");
    }
    ImportResult read = read(page.html());
    int year = year(page, read);
    ReportFormat format = ReportFormats.forYear(year).orElse(ReportFormats.ALL.get(0));
    Upload original = original(org, year, page);
    Optional<Report> existing = Reports.find(em, org, year);
    if (existing.isPresent() && !page.externalId().equals(existing.get().externalId())) {
      throw new Problem.Invalid("year", "reports.past.exists", org.name(), year, page.externalId());
    }
    if (existing.isPresent() && same(em, existing.get(), page, original)) {
      return Outcome.UNCHANGED;
    }
    Report report = existing.orElseGet(() -> new Report(org, year, format, author));
    ReportContent content =
        ReportFormats.forYear(year).isPresent()
            ? ReportValidation.content(
                format, ReportImports.input(org.slug(), year, fit(format, read)))
            : null;
    boolean structured = content != null && readWhole(em, report, read, content);
    report.write(structured ? content : new ReportContent(null, null, null, Map.of()));
    if (dryRun) {
      if (existing.isPresent()) {
        em.detach(report);
      }
      return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }
    report.pastPage(
        new Report.PastPage(
            page.externalId(), page.title(), page.originalUrl(), structured, text(page.html())));
    report.publish(page.publishedAt() != null ? page.publishedAt() : Instant.now(), Instant.now());
    if (existing.isEmpty()) {
      em.persist(report);
      em.flush();
    }
    Reports.keepOriginal(em, report, original);
    audit.record(
        em,
        author,
        null,
        existing.isPresent() ? "report.reimport" : "report.import",
        Reports.target(report),
        page.externalId() + (structured ? "" : " (unstructured)"));
    return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
  }

  private static ImportResult read(String html) {
    try {
      return html.contains("<")
          ? new ReportHtmlParser().parse(html)
          : new ReportTextParser().parse(html);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  private static ImportResult fit(ReportFormat format, ImportResult read) {
    return read == null
        ? new ImportResult(
            null, null, new io.gongkai.reports.entity.ReportTables(), Map.of(), java.util.List.of())
        : ReportImports.fit(format, read);
  }

  /**
   * Every cell of the format read (a cell the agency left blank counts as read: it is published
   * blank), without a reservation, and no rule finding an error but the blanks themselves — a past
   * report is kept as it was published, not corrected. A cell not read at all is an R5 error on a
   * cell the tables do not hold, so it keeps the report unstructured.
   */
  private boolean readWhole(
      EntityManager em, Report report, ImportResult read, ReportContent content) {
    if (read == null || read.hasErrors() || read.tables().values().isEmpty()) {
      return false;
    }
    ReportTables tables = content.reportTables();
    return ReportChecker.check(reports.subject(em, report, content)).stream()
        .filter(v -> v.severity() == Violation.Severity.ERROR)
        .allMatch(
            v ->
                "R5".equals(v.rule())
                    && v.row() != null
                    && tables.hasCell(v.table(), v.row(), v.column())
                    && tables.get(v.table(), v.row(), v.column()).isEmpty());
  }

  private static int year(Page page, ImportResult read) {
    Integer year = page.year();
    if (year == null && page.title() != null) {
      Matcher m = TITLE_YEAR.matcher(page.title());
      year = m.find() ? Integer.valueOf(m.group(1)) : null;
    }
    if (year == null && read != null) {
      year = read.year();
    }
    int latest = Year.now(io.gongkai.items.control.ItemQueries.CHINA).getValue();
    if (year == null) {
      throw new Problem.Invalid("year", "reports.past.year-unknown");
    }
    if (year < 2008 || year > latest) {
      throw new Problem.Invalid("year", "reports.past.year-range", latest);
    }
    return year;
  }

  private static Upload original(Organisation org, int year, Page page) {
    return Upload.made(
        org.name() + year + "年政府信息公开工作年度报告（原网站页面）.html",
        "text/html; charset=UTF-8",
        page.html().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean same(EntityManager em, Report report, Page page, Upload o) {
    OriginalFile kept = em.find(OriginalFile.class, report.id());
    return kept != null
        && kept.sha256().equals(o.sha256())
        && java.util.Objects.equals(report.title(), page.title())
        && java.util.Objects.equals(report.originalUrl(), page.originalUrl())
        && (page.publishedAt() == null || page.publishedAt().equals(report.publishedAt()));
  }

  private static String text(String html) {
    return html.contains("<") ? Jsoup.parse(html).wholeText().strip() : html.strip();
  }
}
