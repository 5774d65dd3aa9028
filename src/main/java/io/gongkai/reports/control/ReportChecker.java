package io.gongkai.reports.control;

import io.gongkai.platform.Message;
import io.gongkai.platform.Messages;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import io.gongkai.reports.entity.ValueKind;
import io.gongkai.reports.entity.Violation;
import io.gongkai.reports.entity.Violation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The consistency rules R1–R9 (勾稽关系) described in docs/annual-reports.md. Sums are only checked
 * when every cell they involve holds a number: a blank or missing cell is reported once, by R5, as
 * incomplete — never counted as 0 and reported again as a wrong sum. Each finding's message comes
 * from the message catalogue ({@code report.check.R1} …) in the language asked for.
 */
public final class ReportChecker {

  /**
   * What the rules read: the report, last year's report of the same agency, the items Gongkai
   * holds.
   */
  public record Subject(
      ReportFormat format,
      ReportTables tables,
      String overview,
      String problems,
      Optional<Previous> previous,
      Optional<Long> publishedItems) {

    /** A report's content in a format, with or without last year's report and the items held. */
    public static Subject of(
        ReportFormat format,
        ReportContent content,
        Optional<Previous> previous,
        Optional<Long> publishedItems) {
      return new Subject(
          format,
          content.reportTables(),
          content.overview(),
          content.problems(),
          previous,
          publishedItems);
    }
  }

  /** Last year's report, for R6 and R7. */
  public record Previous(ReportFormat format, ReportTables tables) {}

  private final List<Violation> found = new ArrayList<>();
  private final Subject s;
  private final Locale language;

  private ReportChecker(Subject subject, Locale language) {
    this.s = subject;
    this.language = language;
  }

  /** The findings, their messages in the default language (Chinese). */
  public static List<Violation> check(Subject subject) {
    return check(subject, Messages.DEFAULT);
  }

  public static List<Violation> check(Subject subject, Locale language) {
    ReportChecker c = new ReportChecker(subject, language);
    c.r5();
    c.requestSums();
    c.r4();
    subject.previous().ifPresent(c::r6);
    subject.previous().ifPresent(c::r7);
    c.r8();
    c.r9();
    return List.copyOf(c.found);
  }

  private void r5() {
    for (Table t : s.format().tables()) {
      for (Block b : t.blocks()) {
        for (Row r : b.rows()) {
          for (Column c : b.columns()) {
            cellShape(t, r, c);
          }
        }
      }
    }
  }

  private void cellShape(Table t, Row r, Column c) {
    if (!s.tables().hasCell(t.key(), r.key(), c.key())) {
      add("R5", Severity.ERROR, t, r, c, null, null, Message.of("report.check.R5.missing"));
      return;
    }
    Optional<BigDecimal> v = s.tables().get(t.key(), r.key(), c.key());
    if (v.isEmpty()) {
      add("R5", Severity.ERROR, t, r, c, null, null, Message.of("report.check.R5.blank"));
      return;
    }
    BigDecimal n = v.get();
    boolean integer = n.stripTrailingZeros().scale() <= 0;
    boolean ok =
        switch (c.kind()) {
          case COUNT -> integer && n.signum() >= 0;
          case SIGNED_COUNT -> integer;
          case AMOUNT -> n.signum() >= 0;
        };
    if (!ok) {
      String need =
          c.kind() == ValueKind.AMOUNT
              ? "report.check.R5.amount"
              : c.kind() == ValueKind.SIGNED_COUNT
                  ? "report.check.R5.signed-count"
                  : "report.check.R5.count";
      add("R5", Severity.ERROR, t, r, c, null, n, Message.of(need));
    }
  }

  private void requestSums() {
    Table t = s.format().table("requests").orElseThrow();
    Block b = t.blocks().get(0);
    List<String> results =
        b.rows().stream()
            .map(Row::key)
            .filter(
                k ->
                    k.equals("disclosed")
                        || k.equals("partlyDisclosed")
                        || k.contains(".")
                        || k.equals("other"))
            .toList();
    for (Column c : b.columns()) {
      sum(
          "R1",
          t,
          "total",
          c.key(),
          List.of("received", "carriedOver"),
          List.of("carriedForward"),
          c);
      sum("R3", t, "total", c.key(), results, List.of(), c);
    }
    List<String> applicants =
        b.columns().stream().map(Column::key).filter(Predicate.not("total"::equals)).toList();
    for (Row r : b.rows()) {
      Optional<BigDecimal> total = value(t, r.key(), "total");
      Optional<BigDecimal> parts = sumOf(t, r.key(), applicants);
      if (total.isPresent() && parts.isPresent() && total.get().compareTo(parts.get()) != 0) {
        add(
            "R2",
            Severity.ERROR,
            t,
            r,
            column(t, r.key(), "total"),
            parts.get(),
            total.get(),
            Message.of("report.check.R2"));
      }
    }
  }

  /**
   * R1/R3 on one column: {@code target} + {@code minus} = Σ {@code plus} (rows), when all are
   * numbers.
   */
  private void sum(
      String rule,
      Table t,
      String target,
      String col,
      List<String> plus,
      List<String> minus,
      Column c) {
    Optional<BigDecimal> total = value(t, target, col);
    Optional<BigDecimal> parts = sumRows(t, plus, col);
    Optional<BigDecimal> others = sumRows(t, minus, col);
    if (total.isEmpty() || parts.isEmpty() || others.isEmpty()) {
      return;
    }
    BigDecimal expected = parts.get().subtract(others.get());
    if (expected.compareTo(total.get()) != 0) {
      Message what = Message.of("report.check." + rule);
      add(rule, Severity.ERROR, t, t.row(target).orElseThrow(), c, expected, total.get(), what);
    }
  }

  private void r4() {
    Table t = s.format().table("appeals").orElseThrow();
    for (Row r : t.blocks().get(0).rows()) {
      Optional<BigDecimal> total = value(t, r.key(), "total");
      Optional<BigDecimal> parts =
          sumOf(t, r.key(), List.of("upheld", "corrected", "other", "pending"));
      if (total.isPresent() && parts.isPresent() && total.get().compareTo(parts.get()) != 0) {
        add(
            "R4",
            Severity.ERROR,
            t,
            r,
            column(t, r.key(), "total"),
            parts.get(),
            total.get(),
            Message.of("report.check.R4"));
      }
    }
  }

  private void r6(Previous previous) {
    Table t = s.format().table("requests").orElseThrow();
    for (Column c : t.blocks().get(0).columns()) {
      Optional<BigDecimal> now = value(t, "carriedOver", c.key());
      Optional<BigDecimal> before = previous.tables().get("requests", "carriedForward", c.key());
      if (now.isPresent() && before.isPresent() && now.get().compareTo(before.get()) != 0) {
        add(
            "R6",
            Severity.WARNING,
            t,
            t.row("carriedOver").orElseThrow(),
            c,
            before.get(),
            now.get(),
            Message.of("report.check.R6"));
      }
    }
  }

  private void r7(Previous previous) {
    if (!s.format().id().equals("2021") || !previous.format().id().equals("2021")) {
      return;
    }
    Table t = s.format().table("proactive").orElseThrow();
    for (String row : List.of("regulations", "normativeDocuments")) {
      Optional<BigDecimal> inForce = value(t, row, "inForce");
      Optional<BigDecimal> before = previous.tables().get("proactive", row, "inForce");
      Optional<BigDecimal> issued = value(t, row, "issuedThisYear");
      Optional<BigDecimal> repealed = value(t, row, "repealedThisYear");
      if (inForce.isEmpty() || before.isEmpty() || issued.isEmpty() || repealed.isEmpty()) {
        continue;
      }
      BigDecimal expected = before.get().add(issued.get()).subtract(repealed.get());
      if (expected.compareTo(inForce.get()) != 0) {
        add(
            "R7",
            Severity.WARNING,
            t,
            t.row(row).orElseThrow(),
            column(t, row, "inForce"),
            expected,
            inForce.get(),
            Message.of("report.check.R7"));
      }
    }
  }

  private void r8() {
    Optional<OverviewFigures> figures = OverviewFigures.find(s.overview());
    if (figures.isEmpty()) {
      return;
    }
    OverviewFigures f = figures.get();
    if (!f.parts().isEmpty() && f.sumOfParts() != f.total()) {
      overviewWarning(
          f.sumOfParts(),
          f.total(),
          Message.of("report.check.R8.parts", f.sumOfParts(), f.total()));
    }
    s.publishedItems()
        .filter(n -> n > 0 && n != f.total())
        .ifPresent(
            n -> overviewWarning(n, f.total(), Message.of("report.check.R8.items", n, f.total())));
  }

  private void overviewWarning(long expected, long actual, Message message) {
    found.add(
        new Violation(
            "R8",
            Severity.WARNING,
            "overview",
            null,
            null,
            "一、总体情况",
            null,
            null,
            BigDecimal.valueOf(expected),
            BigDecimal.valueOf(actual),
            Messages.text(language, message)));
  }

  private void r9() {
    String text = s.problems() == null ? "" : s.problems().replaceAll("<[^>]+>", "").strip();
    if (text.isEmpty() || text.matches("[无無。.\\s]*")) {
      found.add(
          new Violation(
              "R9",
              Severity.WARNING,
              "problems",
              null,
              null,
              "五、存在的主要问题及改进情况",
              null,
              null,
              null,
              null,
              Messages.text(language, "report.check.R9")));
    }
  }

  private Optional<BigDecimal> value(Table t, String row, String col) {
    return s.tables().get(t.key(), row, col);
  }

  private Optional<BigDecimal> sumOf(Table t, String row, List<String> cols) {
    return sum(cols, c -> value(t, row, c));
  }

  private Optional<BigDecimal> sumRows(Table t, List<String> rows, String col) {
    return sum(rows, r -> value(t, r, col));
  }

  /** The sum of the cells, or empty when any of them is blank or missing (R5 reports those). */
  private static Optional<BigDecimal> sum(
      List<String> keys, Function<String, Optional<BigDecimal>> cell) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String k : keys) {
      Optional<BigDecimal> v = cell.apply(k);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(v.get());
    }
    return Optional.of(sum);
  }

  private static Column column(Table t, String row, String col) {
    return t.column(row, col).orElseThrow();
  }

  private void add(
      String rule,
      Severity severity,
      Table t,
      Row r,
      Column c,
      BigDecimal expected,
      BigDecimal actual,
      Message message) {
    found.add(
        new Violation(
            rule,
            severity,
            t.key(),
            r.key(),
            c.key(),
            t.numeral() + "、" + t.title(),
            label(r),
            label(c),
            expected,
            actual,
            Messages.text(language, message)));
  }

  private static String label(Row r) {
    return r.groups().isEmpty() ? r.label() : String.join(" ", r.groups()) + " " + r.label();
  }

  private static String label(Column c) {
    return c.groups().isEmpty() ? c.label() : String.join(" ", c.groups()) + " " + c.label();
  }
}
