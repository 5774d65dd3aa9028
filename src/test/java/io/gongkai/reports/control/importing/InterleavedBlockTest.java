package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Table 二 from a PDF whose labels and values came out interleaved in reading order. */
class InterleavedBlockTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void valuesPrintedBeforeTheirLabelGoToThatLabel() {
    ImportResult result =
        parser.parse(
            first(
                """
                0 0 0
                规章
                行政规范性文件
                88 55 698
                """));

    assertThat(row(result, "proactive", "regulations")).isEqualTo(nums(0, 0, 0));
    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(88, 55, 698));
  }

  @Test
  void aRunBetweenTwoLabelsIsSplitWhenEachRowTakesOneValue() {
    ImportResult result =
        parser.parse(
            """
            2022年政府信息公开工作年度报告
            第二十条第（六）项
            信息内容
            本年处理决定数量
            行政处罚
            2113
            0
            行政强制
            第二十条第（八）项
            """);

    assertThat(row(result, "proactive", "punishment")).isEqualTo(nums(2113));
    assertThat(row(result, "proactive", "coercion")).isEqualTo(nums(0));
  }

  @Test
  void labelsAllBeforeTheirValuesAreNotPaired() {
    ImportResult result =
        parser.parse(
            first(
                """
                规章
                行政规范性文件
                0 0 0 88 55 698
                """));

    assertNotRead(result, "regulations", "normativeDocuments");
  }

  @Test
  void aValueNoRowCanTakeLeavesTheBlockUnread() {
    ImportResult result =
        parser.parse(
            first(
                """
                0 0 0
                规章
                5
                行政规范性文件
                88 55 698
                """));

    assertNotRead(result, "regulations", "normativeDocuments");
  }

  @Test
  void aBlankRowFollowedByALabelIsStillBlankWhenNothingIsInterleaved() {
    ImportResult result =
        parser.parse(
            first(
                """
                规章
                行政规范性文件 88 55 698
                """));

    assertThat(row(result, "proactive", "regulations")).isEqualTo(nums(null, null, null));
    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(88, 55, 698));
  }

  private void assertNotRead(ImportResult result, String... rows) {
    for (String r : rows) {
      assertThat(result.tables().hasRow("proactive", r)).as(r).isFalse();
      assertThat(result.notes()).as(r).anyMatch(n -> r.equals(n.row()));
    }
  }

  private static String first(String body) {
    return """
        2022年政府信息公开工作年度报告
        第二十条第（一）项
        信息内容
        本年制发件数
        本年废止件数
        现行有效件数
        """
        + body
        + "第二十条第（五）项\n";
  }
}
