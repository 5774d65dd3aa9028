package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What runs of empty lines say about empty cells in a text laid out one cell per line with one
 * empty line between cells, where an empty cell shows only as one empty line more.
 */
class BlankLineLayoutTest {

  private final ReportTextParser parser = new ReportTextParser();

  /** Table 三's header, one cell per line, one empty line between cells. */
  private static final String HEADER =
      """
      2020年政府信息公开工作年度报告

      三、收到和处理政府信息公开申请情况

      申请人情况

      自然人

      法人或其他组织

      总计

      商业企业

      科研机构

      社会公益组织

      法律服务机构

      其他

      """;

  @Test
  void eachExtraEmptyLineIsAnEmptyCellInItsPlace() {
    ImportResult result =
        parser.parse(
            HEADER
                + """
                一、本年新收政府信息公开申请数量

                3



                1



                4

                二、上年结转政府信息公开申请数量







                0

                三、本年度办理结果
                """);

    assertThat(row(result, "requests", "received"))
        .isEqualTo(nums(3, null, null, 1, null, null, 4));
    assertThat(row(result, "requests", "carriedOver"))
        .isEqualTo(nums(null, null, null, null, null, null, 0));
  }

  @Test
  void aRowTheTextEndsInsideKeepsTheEmptyCellsBeforeTheCut() {
    ImportResult result =
        parser.parse(
            HEADER
                + """
                一、本年新收政府信息公开申请数量







                0

                三、本年度办理结果

                (一)予以公开







                \s""");

    assertThat(row(result, "requests", "disclosed"))
        .as("six empty applicant cells; the text ends on the space that opens 总计")
        .isEqualTo(nums(null, null, null, null, null, null));
  }

  @Test
  void aCutRowIsNotReadUntilACompleteRowHasProvedTheLayout() {
    ImportResult result =
        parser.parse(
            HEADER
                + """
                一、本年新收政府信息公开申请数量

                0

                0

                0

                0

                0

                0

                0

                三、本年度办理结果

                (一)予以公开







                \s""");

    assertThat(result.tables().hasRow("requests", "disclosed")).isFalse();
  }

  @Test
  void emptyCellsThatDoNotFillTheColumnsExactlyAreNotRead() {
    ImportResult result =
        parser.parse(
            HEADER
                + """
                一、本年新收政府信息公开申请数量








                0

                二、上年结转政府信息公开申请数量
                """);

    assertThat(result.tables().hasRow("requests", "received")).as("eight cells").isFalse();
  }

  @Test
  void emptyCellsThatBreakTheSumRuleAreNotRead() {
    ImportResult result =
        parser.parse(
            HEADER
                + """
                一、本年新收政府信息公开申请数量

                3



                1



                5

                二、上年结转政府信息公开申请数量
                """);

    assertThat(result.tables().hasRow("requests", "received")).as("3 + 1 is not 5").isFalse();
  }

  @Test
  void aRunOfEmptyLinesIsTheSeparatorAndOneEmptyCellPerLineMore() {
    String[] lines = ("自然人\n\n".repeat(12) + "一、本年新收\n\n\n\n 0").split("\n", -1);

    BlankLineLayout layout = BlankLineLayout.of(lines);

    assertThat(layout.emptyCellsAt(lines.length - 1)).isEqualTo(2);
    assertThat(layout.emptyCellsAt(2)).isZero();
  }

  @Test
  void withoutOneEmptyLineBetweenSingleCellsExtraEmptyLinesSayNothing() {
    String[] adjacentCells = ("0\n".repeat(12) + "\n\n0").split("\n", -1);
    String[] rowsOnOneLine = ("规章 0 0 0\n\n".repeat(12) + "\n行政许可 0 0 0").split("\n", -1);

    assertThat(BlankLineLayout.of(adjacentCells).emptyCellsAt(adjacentCells.length - 1))
        .isEqualTo(Token.NOT_LAID_OUT);
    assertThat(BlankLineLayout.of(rowsOnOneLine).emptyCellsAt(rowsOnOneLine.length - 1))
        .isEqualTo(Token.NOT_LAID_OUT);
  }
}
