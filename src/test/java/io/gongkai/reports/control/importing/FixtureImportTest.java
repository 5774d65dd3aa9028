package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports every fixture report and compares each cell its .json lists. A wrong number fails at
 * once; a missed cell only counts against the accuracy floor below, measured when the importer was
 * written, so that it cannot regress.
 */
class FixtureImportTest {

  /**
   * Floors of cells read correctly, per group, as measured (seed 198/198, complete 794/794, partial
   * 764/785; the 36 reports of {@code found/}, gathered later by someone who had not seen the
   * importer: dev 511/545 on their first run, 542/545 after the round that read row-marker blank
   * cells, blank label cells, a label cut after its number, even bar grids and a blank table 四;
   * held-out 163/184 on the first run, not looked at cell by cell since (170/184 after the
   * empty-lines round, which read one more report of that layout); the 15 reports of {@code
   * found/later/}, gathered after that by someone who had not seen the importer: 338/406 and 4
   * wrong cells when measured once (lone-bar empty cells before a figure read as row markers, 增/减
   * written as words), 394/406 after the round that read both, 397/406 after lone bars before a
   * filler line and digits inside a header's parentheses; the 15 reports of {@code found/later2/},
   * gathered after that round by someone who had not seen the importer, measured once: 194/217 and
   * none wrong, 217/217 after the round that read empty cells written as extra empty lines in a
   * one-cell-per-line layout; the 15 reports of {@code found/later3/}, gathered after that round by
   * someone who had not seen the importer, measured once: 211/211, none wrong; the 2 complete
   * reports of {@code found/complete2/}, found whole in public repositories, measured once:
   * 355/398, none wrong, 370/398 once table 四 printed as three small tables was read, 398/398 once
   * a row named by a heading over the small table that holds it was read; the 11 complete reports
   * of {@code found/complete3/} and {@code found/complete4/}, found whole in public repositories,
   * measured once: 2,066/2,155 and 9 wrong (a sign glued to the figure before it, a blank row whose
   * label runs into （七）总计), 2,089/2,155 and none wrong after the round that read both; the 8
   * complete reports of {@code found/complete6/}, the held-out third of those 19, measured once
   * after that round: 1,346/1,580, none wrong, one report lost whole to an exception, and
   * 1,543/1,580 once that exception alone was fixed, 1,571/1,580 once digits run together that
   * split in one way only were read against a wrong 总计 (a change found on complete4, where it took
   * 2,096/2,155 to 2,153/2,155); the 1 complete report of {@code found/complete8/}, found whole
   * later by someone who had not seen the importer, measured once: 197/197, none wrong; the four
   * constructed layout classes of {@code layouts/}: 788/788, against 591/788 and 5 wrong cells
   * before the round). Raise them when the importer improves. The held-out third of {@code found/}
   * is not looked at cell by cell while the importer is changed.
   *
   * <p>What is still missed, and why it must stay missed: partial/013's rows 一、二 and （一）予以公开 (21
   * cells). Its blank cells were collapsed into one "|||||||" after the values, so each row shows
   * two numbers ("3 3", "0 0", "3 3") for seven columns and nothing says where the five blanks
   * were. The sum rules cannot settle it: R2 holds for the first number in any of the six applicant
   * columns with the second as 总计, and a reading with both numbers as applicants and 总计 blank (real
   * reports do leave it blank) breaks no rule either; R1 and R3 need rows （七） and 四, which the
   * cut-off text does not have. So not even 总计 is certain, and reading "自然人 3, 总计 3" would be a
   * guess.
   *
   * <p>found/dev/xiongxian-xiang-2019's 规章 row (3 cells): its blank cells collapsed away, so the
   * text shows "规章 0" and nothing says which of the three columns holds the 0; the gold's reading
   * (0 in the first column) is its own inference, which its notes say the text does not determine.
   */
  private static final Map<String, Integer> FLOOR =
      Map.ofEntries(
          Map.entry("seed", 198),
          Map.entry("complete", 794),
          Map.entry("partial", 764),
          Map.entry("found/dev", 542),
          Map.entry("found/heldout", 170),
          Map.entry("found/later", 397),
          Map.entry("found/later2", 217),
          Map.entry("found/later3", 211),
          Map.entry("found/complete2", 398),
          Map.entry("found/complete3", 386),
          Map.entry("found/complete4", 1767),
          Map.entry("found/complete6", 1571),
          Map.entry("found/complete8", 197),
          Map.entry("layouts", 788));

  static List<Fixture> fixtures() {
    return Fixture.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsNoCellWrongly(Fixture fixture) {
    CellScore score = CellScore.of(fixture, fixture.importIt());
    assertThat(score.wrong).as("cells read wrongly in " + fixture).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findsTheYearAndFormat(Fixture fixture) {
    ImportResult result = fixture.importIt();
    assertThat(result.year()).as("year").isEqualTo(fixture.json().getInt("year"));
    if (!fixture.json().isNull("format")) {
      assertThat(result.format()).as("format").isEqualTo(fixture.json().getString("format"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void completeReportsGiveTheirTables(Fixture fixture) {
    if (!fixture.json().getBoolean("complete", false)) {
      return;
    }
    ImportResult result = fixture.importIt();
    Set<String> tables = new java.util.HashSet<>(fixture.json().getJsonObject("tables").keySet());
    tables.removeAll(UNREAD_TABLES.getOrDefault(fixture.toString(), Set.of()));
    assertThat(result.tables().values().keySet())
        .as("tables found")
        .containsExactlyInAnyOrderElementsOf(tables);
    String text = TextNormaliser.compact(fixture.input());
    assertThat(result.sections()).as("sections").containsKeys("overview", "problems");
    if (text.contains("其他需要报告")) {
      assertThat(result.sections()).as("sections").containsKey("other");
    }
  }

  /**
   * Tables of complete reports that are not read, and why that is right. None today: the one there
   * was (pingtan-xzspj-2024's table 四, fifteen figures run together with a 总计 of 0 beside a 结果维持 of
   * 1) splits in one way only, fifteen digits for fifteen cells, so it is read as printed and its
   * wrong 总计 is left to the checks.
   */
  private static final Map<String, Set<String>> UNREAD_TABLES = Map.of();

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyRowNotReadIsNoted(Fixture fixture) {
    ImportResult result = fixture.importIt();
    io.gongkai.reports.entity.ReportFormats.ALL.stream()
        .filter(f -> result.format() == null || f.id().equals(result.format()))
        .limit(1)
        .flatMap(f -> f.tables().stream())
        .filter(t -> !"proactive".equals(t.key()) || result.format() != null)
        .forEach(
            t ->
                t.blocks().stream()
                    .flatMap(b -> b.rows().stream())
                    .filter(r -> !result.tables().hasRow(t.key(), r.key()))
                    .forEach(
                        r ->
                            assertThat(result.notes())
                                .as("note for " + t.key() + "." + r.key())
                                .anyMatch(
                                    n ->
                                        t.key().equals(n.table())
                                            && (n.row() == null || r.key().equals(n.row())))));
  }

  @Test
  void accuracySummary() {
    Map<String, CellScore> groups = new LinkedHashMap<>();
    CellScore overall = new CellScore();
    for (Fixture fixture : Fixture.all()) {
      CellScore score = CellScore.of(fixture, fixture.importIt());
      System.out.println("[import] " + fixture + ": " + score);
      score.missed.forEach(m -> System.out.println("[import]   missed " + m));
      score.wrong.forEach(m -> System.out.println("[import]   WRONG " + m));
      groups.computeIfAbsent(fixture.group(), g -> new CellScore()).add(score);
      overall.add(score);
    }
    groups.forEach((g, s) -> System.out.println("[import] group " + g + ": " + s));
    System.out.println("[import] overall: " + overall);
    assertThat(overall.wrong).as("cells read wrongly").isEmpty();
    groups.forEach(
        (g, s) ->
            assertThat(s.correct)
                .as("cells read correctly in " + g)
                .isGreaterThanOrEqualTo(FLOOR.get(g)));
  }
}
