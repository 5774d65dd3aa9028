package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.control.ReportChecker;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import io.gongkai.reports.entity.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker on real complete reports: their own arithmetic holds, and what it says of them. */
class FixtureChecksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/reports/complete/pingtan-2021.txt",
    "/reports/complete/pingtan-2022.txt",
    "/reports/complete/shuyang-fgj-2023.html"
  })
  void reportsWhoseSumsHoldRaiseNoSumError(String resource) {
    Fixture fixture = Fixture.load("complete", resource);

    List<Violation> found = check(fixture, expected(fixture));

    assertThat(found).extracting(Violation::rule).doesNotContain("R1", "R2", "R3", "R4");
    assertThat(found)
        .filteredOn(v -> v.rule().equals("R5"))
        .as("only blank or untranscribed cells, reported as such")
        .allSatisfy(v -> assertThat(v.actual()).isNull());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/reports/complete/pingtan-2021.txt",
    "/reports/complete/pingtan-2022.txt",
    "/reports/complete/shuyang-fgj-2023.html",
    "/reports/complete/shanghai-stc-2024.md"
  })
  void importedReportsAreJudgedAsTheirTranscriptions(String resource) {
    Fixture fixture = Fixture.load("complete", resource);
    ImportResult imported =
        resource.endsWith(".html")
            ? new ReportHtmlParser().parse(fixture.input())
            : new ReportTextParser().parse(fixture.input());

    assertThat(rules(check(fixture, imported.tables())))
        .isEqualTo(rules(check(fixture, expected(fixture))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource("/reports/complete/shanghai-stc-2024.md")
  void lostTotalCellIsIncompleteNotAWrongSum(String resource) {
    Fixture fixture = Fixture.load("complete", resource);

    List<Violation> found = check(fixture, expected(fixture));

    assertThat(found)
        .filteredOn(v -> "carriedForward".equals(v.row()) && "total".equals(v.column()))
        .extracting(Violation::rule)
        .containsExactly("R5");
    assertThat(found).extracting(Violation::rule).doesNotContain("R1", "R2");
  }

  private static List<Violation> check(Fixture fixture, ReportTables tables) {
    var format = ReportFormats.forYear(fixture.json().getInt("year")).orElseThrow();
    return ReportChecker.check(
        new ReportChecker.Subject(format, tables, null, "问题", Optional.empty(), Optional.empty()));
  }

  private static List<String> rules(List<Violation> found) {
    return found.stream()
        .map(v -> v.rule() + ":" + v.table() + "." + v.row() + "." + v.column())
        .sorted()
        .toList();
  }

  /** The cells a careful reader transcribed (the fixture's .json). */
  private static ReportTables expected(Fixture fixture) {
    ReportTables tables = new ReportTables();
    fixture.expectedCells().forEach(c -> tables.put(c.table(), c.row(), c.column(), c.value()));
    return tables;
  }
}
