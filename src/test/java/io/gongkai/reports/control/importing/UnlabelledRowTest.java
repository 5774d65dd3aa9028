package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A block's first row whose label cell is printed blank. */
class UnlabelledRowTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aBlankLabelCellBetweenTheHeaderRowAndTheSecondRowIsTheFirstRow() {
    ImportResult result = parser.parse(block("  \n0\n0\n0"));

    assertThat(row(result, "proactive", "regulations")).isEqualTo(nums(0, 0, 0));
    assertThat(result.notes())
        .anyMatch(n -> "regulations".equals(n.row()) && "INFO".equals(n.level()));
    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(4, 1, 9));
  }

  @Test
  void valuesWithoutTheBlankLabelCellAreNotTakenForTheFirstRow() {
    ImportResult result = parser.parse(block("0\n0\n0"));

    assertThat(result.tables().hasRow("proactive", "regulations")).isFalse();
  }

  @Test
  void moreValuesThanColumnsAreNotTakenForTheFirstRow() {
    ImportResult result = parser.parse(block("  \n0\n0\n0\n0"));

    assertThat(result.tables().hasRow("proactive", "regulations")).isFalse();
  }

  @Test
  void withoutTheHeaderRowTheValuesAreNotPlaced() {
    ImportResult result =
        parser.parse(
            """
            2025年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第

            0
            0
            0
            行政规范性文件
            4
            1
            9
            """);

    assertThat(result.tables().hasRow("proactive", "regulations")).isFalse();
  }

  @Test
  void aHeaderRunIntoTheSecondRowsLabelLeavesTheFirstRowAbsentAndTheRestRead() {
    // a page's text with no separators: the last header and the 规范性文件 label are one piece
    ImportResult result =
        parser.parse(
            "2025年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（一）项信息内容"
                + "本年制发件数本年废止件数现行有效件数规范性文件700第二十条第（五）项信息内容"
                + "本年处理决定数量行政许可1483");

    assertThat(result.tables().hasRow("proactive", "regulations")).isFalse();
    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(7, 0, 0));
    assertThat(row(result, "proactive", "licensing")).isEqualTo(nums(1483));
  }

  private static String block(String firstRow) {
    return """
        2025年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第
        信息内容
        本年制发件数
        本年废止件数
        现行有效件数
        """
        + firstRow
        + """

        行政规范性文件
        4
        1
        9
        第二十条第
        """;
  }
}
