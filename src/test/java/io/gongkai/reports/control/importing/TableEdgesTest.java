package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Where a table's text ends: a label cut after its number, a table 四 left all blank. */
class TableEdgesTest {

  private final ReportTextParser parser = new ReportTextParser();

  private static final String REQUESTS =
      """
      2020年政府信息公开工作年度报告
      三、收到和处理政府信息公开申请情况
      一、本年新收政府信息公开申请数量
      1
      0
      0
      0
      0
      0
      1
      二、上年结转政府信息公开申请数量
      0
      0
      0
      0
      0
      0
      0
      三、本年度办理结果
      （一）予以公开
      1
      0
      0
      0
      0
      0
      1
      （二）部分公开（区分处理的，只计这一情形，不计其他情形）
      0
      0
      0
      0
      0
      0
      0
      （三）不予公开
      1.属于国家秘密
      0
      0
      0
      0
      0
      0
      0
      """;

  @Test
  void aTextCutAfterTheNumberOfTheNextLabelEndsTheRowBeforeIt() {
    ImportResult result = parser.parse(REQUESTS + "2");

    assertThat(row(result, "requests", "withheld.stateSecret"))
        .isEqualTo(nums(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void aFinalNumberThatIsNotTheNextLabelsNumberLeavesTheRowUnread() {
    ImportResult result = parser.parse(REQUESTS + "3");

    assertThat(result.tables().hasRow("requests", "withheld.stateSecret")).isFalse();
  }

  @Test
  void aFinalNumberIsNotDroppedWhenTheRowWithoutItBreaksItsSum() {
    ImportResult result =
        parser.parse(REQUESTS.replace("0\n0\n0\n0\n0\n0\n0\n", "1\n0\n0\n0\n0\n0\n0\n") + "2");

    assertThat(result.tables().hasRow("requests", "withheld.stateSecret")).isFalse();
  }

  private static final String APPEALS_LABELS =
      """
      2019年政府信息公开工作年度报告
      四、政府信息公开行政复议、行政诉讼情况
      行政复议
      行政诉讼
      结果维持
      结果纠正
      其他结果
      尚未审结
      未经复议直接起诉
      复议后起诉
      """;

  @Test
  void aTableFourWithNoValueBeforeSectionFiveIsBlank() {
    ImportResult result = parser.parse(APPEALS_LABELS + "五、存在的主");

    assertThat(row(result, "appeals", "review")).isEqualTo(Collections.nCopies(5, null));
    assertThat(row(result, "appeals", "litigationAfterReview"))
        .isEqualTo(Collections.nCopies(5, null));
  }

  @Test
  void aTableFourCutOffBeforeSectionFiveIsNotRead() {
    ImportResult result = parser.parse(APPEALS_LABELS);

    assertThat(result.tables().values()).doesNotContainKey("appeals");
  }
}
