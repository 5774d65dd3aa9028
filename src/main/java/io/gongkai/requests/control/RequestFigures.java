package io.gongkai.requests.control;

import io.gongkai.reports.control.CellSource;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.requests.entity.Appeal;
import io.gongkai.requests.entity.AppealResult;
import io.gongkai.requests.entity.DisclosureRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables 三 and 四 of a year's report, counted from the register — every cell, so the office can
 * accept the whole table. Table 三, per applicant type (its column):
 *
 * <ul>
 *   <li>一、本年新收: requests received in the year;
 *   <li>二、上年结转: requests received before the year and not answered by its first day;
 *   <li>三、办理结果: requests answered in the year, each in the row of its one outcome, and （七）总计 their
 *       sum;
 *   <li>四、结转下年度继续办理: requests received by the year's end and not answered by then.
 * </ul>
 *
 * Each request of the year is either answered in it or carried forward, so 一 + 二 = 三（七） + 四 in
 * every column (R1), the 总计 column is the sum of the six (R2–R4), and this year's 上年结转 is last
 * year's 结转下年度 (R6) — by construction, not by checking. Table 四 counts the reviews and lawsuits
 * filed in the year by kind (its row), in the column of their result as it stood at the year's end
 * (decided later: 尚未审结), with their 总计.
 *
 * <p>The register proposes nothing for a year before its first request: an office that kept earlier
 * years on paper keeps their figures.
 */
@ApplicationScoped
public class RequestFigures implements CellSource {

  private static final String REQUESTS = "requests";
  private static final String APPEALS = "appeals";
  private static final String TOTAL = "total";

  @Override
  public Map<String, BigDecimal> propose(
      EntityManager em, long organisationId, int year, ReportFormat format) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    Long before =
        em.createQuery(
                "select count(r) from DisclosureRequest r where r.organisation.id = :org"
                    + " and r.receivedOn <= :last",
                Long.class)
            .setParameter("org", organisationId)
            .setParameter("last", last)
            .getSingleResult();
    if (before == 0) {
      return Map.of();
    }
    List<DisclosureRequest> ofYear =
        em.createQuery(
                "select r from DisclosureRequest r where r.organisation.id = :org"
                    + " and r.receivedOn <= :last and (r.repliedOn is null or r.repliedOn >= :first)",
                DisclosureRequest.class)
            .setParameter("org", organisationId)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList();
    Map<String, BigDecimal> cells = new LinkedHashMap<>();
    format
        .table(REQUESTS)
        .ifPresent(t -> t.blocks().forEach(b -> requests(cells, b, ofYear, year)));
    List<Appeal> appeals =
        em.createQuery(
                "select a from Appeal a where a.request.organisation.id = :org"
                    + " and a.filedOn >= :first and a.filedOn <= :last",
                Appeal.class)
            .setParameter("org", organisationId)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList();
    format.table(APPEALS).ifPresent(t -> t.blocks().forEach(b -> appeals(cells, b, appeals, last)));
    return cells;
  }

  private static void requests(
      Map<String, BigDecimal> cells, Block block, List<DisclosureRequest> ofYear, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    for (Row row : block.rows()) {
      for (Column column : block.columns()) {
        long n =
            ofYear.stream()
                .filter(r -> column.key().equals(TOTAL) || column.key().equals(applicant(r)))
                .filter(r -> counts(row, r, first, last))
                .count();
        cells.put(REQUESTS + "." + row.key() + "." + column.key(), BigDecimal.valueOf(n));
      }
    }
  }

  private static String applicant(DisclosureRequest r) {
    return r.registration().applicantType().code();
  }

  /** Whether request {@code r} counts in {@code row} of table 三 for the year first–last. */
  private static boolean counts(Row row, DisclosureRequest r, LocalDate first, LocalDate last) {
    LocalDate replied = r.outcome() == null ? null : r.repliedOn();
    boolean answeredInYear = replied != null && !replied.isAfter(last);
    return switch (row.key()) {
      case "received" -> !r.receivedOn().isBefore(first);
      case "carriedOver" -> r.receivedOn().isBefore(first);
      case "carriedForward" -> !answeredInYear;
      case TOTAL -> answeredInYear;
      default -> answeredInYear && row.key().equals(r.outcome());
    };
  }

  private static void appeals(
      Map<String, BigDecimal> cells, Block block, List<Appeal> appeals, LocalDate last) {
    for (Row row : block.rows()) {
      for (Column column : block.columns()) {
        long n =
            appeals.stream()
                .filter(a -> a.kind().code().equals(row.key()))
                .filter(a -> column.key().equals(TOTAL) || column.key().equals(resultAt(a, last)))
                .count();
        cells.put(APPEALS + "." + row.key() + "." + column.key(), BigDecimal.valueOf(n));
      }
    }
  }

  private static String resultAt(Appeal a, LocalDate last) {
    boolean decided = a.decidedOn() != null && !a.decidedOn().isAfter(last);
    return (decided ? a.result() : AppealResult.PENDING).code();
  }
}
