package io.gongkai.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.platform.Messages;
import io.gongkai.reports.control.ReportChecker.Previous;
import io.gongkai.reports.control.ReportChecker.Subject;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import io.gongkai.reports.entity.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportCheckerTest {

  private static final String OVERVIEW =
      "2019年我中心主动公开政府信息 112条，其中领导分工 2 条，人事任免1条，" + "图片新闻49条，部门动态50条，通知公告3条，政策法规2条，资料下载5条。";

  static ReportTables zeros(ReportFormat format) {
    ReportTables t = new ReportTables();
    format
        .tables()
        .forEach(
            table ->
                table
                    .blocks()
                    .forEach(
                        b ->
                            b.rows()
                                .forEach(
                                    r ->
                                        b.columns()
                                            .forEach(
                                                c ->
                                                    t.put(
                                                        table.key(),
                                                        r.key(),
                                                        c.key(),
                                                        BigDecimal.ZERO)))));
    return t;
  }

  static List<Violation> check(ReportFormat f, ReportTables t) {
    return ReportChecker.check(
        new Subject(f, t, OVERVIEW, "信息更新不够及时，下一步将加强审核。", Optional.empty(), Optional.empty()));
  }

  static void set(ReportTables t, String row, String col, int v) {
    t.put("requests", row, col, BigDecimal.valueOf(v));
  }

  @Test
  void allZeroReportOfEitherFormatPasses() {
    assertThat(check(ReportFormats.FORMAT_2019, zeros(ReportFormats.FORMAT_2019))).isEmpty();
    assertThat(check(ReportFormats.FORMAT_2021, zeros(ReportFormats.FORMAT_2021))).isEmpty();
  }

  @Nested
  class TableThree {

    @Test
    void consistentFiguresPass() {
      ReportTables t = zeros(ReportFormats.FORMAT_2021);
      set(t, "received", "naturalPerson", 10);
      set(t, "received", "total", 10);
      set(t, "carriedOver", "naturalPerson", 2);
      set(t, "carriedOver", "total", 2);
      set(t, "disclosed", "naturalPerson", 7);
      set(t, "disclosed", "total", 7);
      set(t, "other.noCorrection", "naturalPerson", 3);
      set(t, "other.noCorrection", "total", 3);
      set(t, "total", "naturalPerson", 10);
      set(t, "total", "total", 10);
      set(t, "carriedForward", "naturalPerson", 2);
      set(t, "carriedForward", "total", 2);

      assertThat(check(ReportFormats.FORMAT_2021, t)).isEmpty();
    }

    @Test
    void rowTotalNotTheSumOfApplicantsBreaksR2() {
      ReportTables t = zeros(ReportFormats.FORMAT_2019);
      set(t, "disclosed", "naturalPerson", 3);

      List<Violation> v = check(ReportFormats.FORMAT_2019, t);

      assertThat(v).extracting(Violation::rule).contains("R2");
      Violation r2 = v.stream().filter(x -> x.rule().equals("R2")).findFirst().orElseThrow();
      assertThat(r2.row()).isEqualTo("disclosed");
      assertThat(r2.column()).isEqualTo("total");
      assertThat(r2.rowLabel()).contains("（一）予以公开");
      assertThat(r2.expected()).isEqualByComparingTo("3");
      assertThat(r2.actual()).isEqualByComparingTo("0");
    }

    @Test
    void resultsNotAddingUpToTheTotalBreakR3AndR1() {
      ReportTables t = zeros(ReportFormats.FORMAT_2019);
      set(t, "withheld.stateSecret", "enterprise", 1);
      set(t, "withheld.stateSecret", "total", 1);

      List<Violation> v = check(ReportFormats.FORMAT_2019, t);

      assertThat(v)
          .extracting(x -> x.rule() + ":" + x.column())
          .contains("R3:enterprise", "R3:total");
      assertThat(v).extracting(Violation::rule).doesNotContain("R1");
    }

    @Test
    void receivedPlusCarriedOverNotMatchingBreaksR1() {
      ReportTables t = zeros(ReportFormats.FORMAT_2019);
      set(t, "received", "naturalPerson", 5);
      set(t, "received", "total", 5);

      assertThat(check(ReportFormats.FORMAT_2019, t))
          .anySatisfy(
              x -> {
                assertThat(x.rule()).isEqualTo("R1");
                assertThat(x.column()).isEqualTo("naturalPerson");
                assertThat(x.expected()).isEqualByComparingTo("5");
                assertThat(x.actual()).isEqualByComparingTo("0");
              });
    }

    @Test
    void blankTotalIsIncompleteNotAWrongSum() {
      ReportTables t = zeros(ReportFormats.FORMAT_2019);
      set(t, "received", "naturalPerson", 272);
      t.put("requests", "received", "total", null);

      List<Violation> v = check(ReportFormats.FORMAT_2019, t);

      assertThat(v)
          .filteredOn(
              x -> x.row() != null && x.row().equals("received") && x.column().equals("total"))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.rule()).isEqualTo("R5");
                assertThat(x.message()).contains("空白");
              });
      assertThat(v).extracting(Violation::rule).doesNotContain("R2");
    }
  }

  @Test
  void appealTotalsMustAddUpR4() {
    ReportTables t = zeros(ReportFormats.FORMAT_2021);
    t.put("appeals", "review", "upheld", BigDecimal.ONE);

    assertThat(check(ReportFormats.FORMAT_2021, t))
        .extracting(x -> x.rule() + ":" + x.row())
        .containsExactly("R4:review");
  }

  @Test
  void negativeCountsAndMissingRowsBreakR5ButChangesMayBeNegative() {
    ReportTables t = zeros(ReportFormats.FORMAT_2019);
    t.put("proactive", "licensing", "changeThisYear", BigDecimal.valueOf(-3));
    t.put("proactive", "licensing", "decisions", BigDecimal.valueOf(-1));
    t.values().get("appeals").remove("litigationDirect");

    List<Violation> v = check(ReportFormats.FORMAT_2019, t);

    assertThat(v)
        .extracting(x -> x.rule() + ":" + x.row() + ":" + x.column())
        .contains("R5:licensing:decisions", "R5:litigationDirect:total")
        .doesNotContain("R5:licensing:changeThisYear");
  }

  @Test
  void carriedOverMustMatchLastYearsCarriedForwardR6() {
    ReportTables last = zeros(ReportFormats.FORMAT_2019);
    last.put("requests", "carriedForward", "total", BigDecimal.valueOf(4));
    ReportTables now = zeros(ReportFormats.FORMAT_2019);

    List<Violation> v =
        ReportChecker.check(
            new Subject(
                ReportFormats.FORMAT_2019,
                now,
                OVERVIEW,
                "问题",
                Optional.of(new Previous(ReportFormats.FORMAT_2019, last)),
                Optional.empty()));

    assertThat(v)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("R6");
              assertThat(x.severity()).isEqualTo(Violation.Severity.WARNING);
            });
  }

  @Test
  void documentsInForceFollowLastYearR7() {
    ReportTables last = zeros(ReportFormats.FORMAT_2021);
    last.put("proactive", "normativeDocuments", "inForce", BigDecimal.valueOf(10));
    ReportTables now = zeros(ReportFormats.FORMAT_2021);
    now.put("proactive", "normativeDocuments", "issuedThisYear", BigDecimal.valueOf(3));
    now.put("proactive", "normativeDocuments", "repealedThisYear", BigDecimal.valueOf(1));
    now.put("proactive", "normativeDocuments", "inForce", BigDecimal.valueOf(12));
    Subject ok =
        new Subject(
            ReportFormats.FORMAT_2021,
            now,
            OVERVIEW,
            "问题",
            Optional.of(new Previous(ReportFormats.FORMAT_2021, last)),
            Optional.empty());

    assertThat(ReportChecker.check(ok)).isEmpty();
    now.put("proactive", "normativeDocuments", "inForce", BigDecimal.valueOf(11));
    assertThat(ReportChecker.check(ok)).extracting(Violation::rule).containsExactly("R7");
  }

  @Test
  void overviewFiguresMustAddUpAndMatchTheItemsHeldR8() {
    String wrong = OVERVIEW.replace("资料下载5条", "资料下载6条");
    Subject subject =
        new Subject(
            ReportFormats.FORMAT_2019,
            zeros(ReportFormats.FORMAT_2019),
            wrong,
            "问题",
            Optional.empty(),
            Optional.of(112L));

    assertThat(ReportChecker.check(subject)).extracting(Violation::rule).containsExactly("R8");
    Subject held =
        new Subject(
            ReportFormats.FORMAT_2019,
            zeros(ReportFormats.FORMAT_2019),
            OVERVIEW,
            "问题",
            Optional.empty(),
            Optional.of(100L));
    assertThat(ReportChecker.check(held)).extracting(Violation::rule).containsExactly("R8");
    assertThat(OverviewFigures.find(OVERVIEW).orElseThrow().parts())
        .containsEntry("领导分工", 2)
        .containsEntry("图片新闻", 49)
        .containsEntry("资料下载", 5)
        .hasSize(7);
  }

  @Test
  void sectionFiveSayingOnlyNothingIsAWarningR9() {
    Subject subject =
        new Subject(
            ReportFormats.FORMAT_2019,
            zeros(ReportFormats.FORMAT_2019),
            OVERVIEW,
            "无。",
            Optional.empty(),
            Optional.empty());

    assertThat(ReportChecker.check(subject)).extracting(Violation::rule).containsExactly("R9");
  }

  @Test
  void messagesAreChineseByDefaultAndEnglishWhenAskedFor() {
    Subject held =
        new Subject(
            ReportFormats.FORMAT_2019,
            zeros(ReportFormats.FORMAT_2019),
            OVERVIEW,
            "问题",
            Optional.empty(),
            Optional.of(100L));
    long quoted = OverviewFigures.find(OVERVIEW).orElseThrow().total();

    Violation chinese = ReportChecker.check(held).get(0);
    Violation english = ReportChecker.check(held, Messages.ENGLISH).get(0);

    assertThat(chinese.message()).isEqualTo("本系统中该年度发布的信息有 100 条，总体情况中写的是 " + quoted + " 条");
    assertThat(english.message())
        .isEqualTo("Gongkai holds 100 items published that year; the overview says " + quoted);
    assertThat(english).usingRecursiveComparison().ignoringFields("message").isEqualTo(chinese);
  }
}
