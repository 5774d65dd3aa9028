package io.gongkai.reports.boundary;

import io.gongkai.items.control.ItemQueries;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.entity.CellPath;
import io.gongkai.reports.entity.Correction;
import io.gongkai.reports.entity.OriginalFile;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of reports. */
public final class ReportJson {

  private ReportJson() {}

  /** An organisation reference. */
  public record OrganisationRef(String slug, String name) {}

  /** The three text sections. */
  public record Sections(String overview, String problems, String other) {}

  /** A correction: when, why, and what the report said before. */
  public record CorrectionJson(
      int number, Instant correctedAt, String reason, ReportContent previous) {
    static CorrectionJson from(Correction c) {
      return new CorrectionJson(
          c.number(),
          c.correctedAt(),
          c.reason(),
          JsonbSettings.jsonb().fromJson(c.previousJson(), ReportContent.class));
    }
  }

  /** The file the report came from; {@code url} downloads it (published reports only). */
  public record OriginalJson(
      String fileName, String contentType, long size, String sha256, String url) {
    static OriginalJson from(Report r, OriginalFile o) {
      return new OriginalJson(
          o.fileName(),
          o.contentType(),
          o.size(),
          o.sha256(),
          "/api/v1/reports/" + r.organisation().slug() + "/" + r.year() + "/original");
    }
  }

  /**
   * One entry of a report list. {@code structured} false: a past year's report kept only as the
   * text of its old page ({@code format} null).
   */
  public record ReportSummary(
      OrganisationRef organisation,
      int year,
      String title,
      String format,
      String state,
      LocalDate publishedOn,
      boolean structured) {
    static ReportSummary from(Report r) {
      return new ReportSummary(
          new OrganisationRef(r.organisation().slug(), r.organisation().name()),
          r.year(),
          r.title(),
          r.structured() ? r.format().id() : null,
          r.state().name(),
          publishedOnOf(r),
          r.structured());
    }
  }

  /**
   * A whole report: sections, tables (in the keys of docs/annual-reports.md, blank cells null), the
   * format's layout with every label, the check results and the correction history. A past year's
   * report that could not be read table by table has {@code structured} false, no format, empty
   * tables and its old page's {@code text}.
   */
  public record ReportDetail(
      OrganisationRef organisation,
      int year,
      ReportFormat format,
      String state,
      LocalDate publishedOn,
      Sections sections,
      Map<String, Map<String, Map<String, BigDecimal>>> tables,
      List<Violation> checks,
      List<CorrectionJson> corrections,
      List<String> derived,
      OriginalJson original,
      Long version,
      String title,
      boolean structured,
      String text,
      String originalUrl) {

    static ReportDetail from(Reports.Facts facts, boolean editorial) {
      Report r = facts.report();
      ReportContent c = r.content();
      return new ReportDetail(
          new OrganisationRef(r.organisation().slug(), r.organisation().name()),
          r.year(),
          r.structured() ? r.format() : null,
          r.state().name(),
          publishedOnOf(r),
          new Sections(c.overview(), c.problems(), c.other()),
          c.tables(),
          facts.checks(),
          facts.corrections().stream().map(CorrectionJson::from).toList(),
          stillDerived(r, c),
          facts.original().map(o -> OriginalJson.from(r, o)).orElse(null),
          editorial ? r.version() : null,
          r.title(),
          r.structured(),
          r.originalText(),
          r.originalUrl());
    }
  }

  /** The accepted proposals the office has not overridden since. */
  static List<String> stillDerived(Report r, ReportContent c) {
    return r.derived().entrySet().stream()
        .filter(
            e ->
                e.getKey().equals("overview")
                    ? c.overview() != null
                        && c.overview()
                            .contains(org.jsoup.nodes.Entities.escape(String.valueOf(e.getValue())))
                    : sameNumber(c, e.getKey(), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static boolean sameNumber(ReportContent c, String path, Object recorded) {
    CellPath cell = CellPath.of(path);
    return c.reportTables()
        .get(cell.table(), cell.row(), cell.column())
        .map(v -> v.compareTo(new BigDecimal(String.valueOf(recorded))) == 0)
        .orElse(false);
  }

  static LocalDate publishedOnOf(Report r) {
    return r.publishedAt() == null ? null : r.publishedAt().atZone(ItemQueries.CHINA).toLocalDate();
  }
}
