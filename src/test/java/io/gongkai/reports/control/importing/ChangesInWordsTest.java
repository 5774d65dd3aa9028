package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 2019 form's 本年增/减 column as agencies write it: 增1558, 减38, 未增未减. */
class ChangesInWordsTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void anIncreaseOrADecreaseWrittenWithAWordIsASignedNumber() {
    ImportResult result =
        parser.parse(
            """
            2019年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(五)项 | |||
            信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
            行政许可 | 5378 | 增1558 | 6936 |
            其他对外管理服务事项 | 5 | 减1 | 47 |
            第二十条第(六)项 | |||
            信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
            行政处罚 | 80 | 减少38 | 42 |
            行政强制 | 0 | 未增未减 | 0 |
            """);

    assertThat(row(result, "proactive", "licensing")).isEqualTo(nums(5378, 1558, 6936));
    assertThat(row(result, "proactive", "otherServices")).isEqualTo(nums(5, -1, 47));
    assertThat(row(result, "proactive", "punishment")).isEqualTo(nums(80, -38, 42));
    assertThat(row(result, "proactive", "coercion")).isEqualTo(nums(0, 0, 0));
  }

  @Test
  void aLabelThatMerelyStartsWithTheWordIsNoNumber() {
    ImportResult result =
        parser.parse(
            """
            2019年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(五)项 | |||
            信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
            行政许可 | 2 | 增 | 3 |
            """);

    assertThat(result.tables().hasRow("proactive", "licensing")).isFalse();
  }
}
