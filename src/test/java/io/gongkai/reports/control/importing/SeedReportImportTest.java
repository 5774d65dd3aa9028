package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.entity.ReportFormats;
import java.math.BigDecimal;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** The seed report must import cell-exact. */
class SeedReportImportTest {

  private final Fixture seed = Fixture.load("seed", "/reports/jurong-jgfwzx-2019.txt");
  private final ImportResult result = new ReportTextParser().parse(seed.input());

  @Test
  void yearAndFormat() {
    assertThat(result.year()).isEqualTo(2019);
    assertThat(result.format()).isEqualTo("2019");
  }

  @Test
  void everyCellOfTheFormatIsPresentAndZero() {
    SoftAssertions softly = new SoftAssertions();
    ReportFormats.FORMAT_2019
        .tables()
        .forEach(
            table ->
                table
                    .blocks()
                    .forEach(
                        block ->
                            block
                                .rows()
                                .forEach(
                                    row ->
                                        block
                                            .columns()
                                            .forEach(
                                                column ->
                                                    softly
                                                        .assertThat(
                                                            result
                                                                .tables()
                                                                .get(
                                                                    table.key(),
                                                                    row.key(),
                                                                    column.key()))
                                                        .as(
                                                            table.key()
                                                                + "."
                                                                + row.key()
                                                                + "."
                                                                + column.key())
                                                        .contains(BigDecimal.ZERO)))));
    softly.assertAll();
  }

  @Test
  void everyCellMatchesTheSeedJson() {
    SoftAssertions softly = new SoftAssertions();
    for (Fixture.Cell cell : seed.expectedCells()) {
      softly
          .assertThat(result.tables().hasCell(cell.table(), cell.row(), cell.column()))
          .as("present: " + cell.id())
          .isTrue();
      softly
          .assertThat(result.tables().get(cell.table(), cell.row(), cell.column()).orElse(null))
          .as(cell.id())
          .isEqualByComparingTo(cell.value());
    }
    softly.assertAll();
    assertThat(seed.expectedCells()).hasSize(198);
  }

  @Test
  void sections() {
    assertThat(result.sections()).containsKeys("overview", "problems", "other");
    assertThat(result.sections().get("overview"))
        .contains("主动公开政府信息 112条")
        .doesNotContain("bookmark")
        .doesNotContain("主动公开政府信息情况");
    assertThat(result.sections().get("problems")).startsWith("2019年，我中心政务信息公开力度加大");
    assertThat(result.sections().get("other")).isEqualTo("无 。");
  }

  @Test
  void noErrorsOrWarnings() {
    assertThat(result.notes()).isEmpty();
  }
}
