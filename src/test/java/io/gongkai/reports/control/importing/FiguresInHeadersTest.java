package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digits inside a header's parentheses are words of the header, not cells. */
class FiguresInHeadersTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aDigitInsideParenthesesIsPartOfTheText() {
    ImportResult result =
        parser.parse(
            """
            2021年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(八)项
            信息内容本年收费金额(单位:万元,保留4位小数)
            行政事业性收费0
            三、收到和处理政府信息公开申请情况
            """);

    assertThat(row(result, "proactive", "fees")).isEqualTo(nums(0));
  }

  @Test
  void aDigitAfterTheParenthesisStillCounts() {
    ImportResult result =
        parser.parse(
            """
            2021年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(八)项
            信息内容本年收费金额(单位:万元)
            行政事业性收费(本级)12
            三、收到和处理政府信息公开申请情况
            """);

    assertThat(row(result, "proactive", "fees")).isEqualTo(nums(12));
  }
}
