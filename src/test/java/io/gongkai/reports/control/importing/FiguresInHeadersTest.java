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

  @Test
  void aRemarkInParenthesesWrappedOverSeveralPiecesIsOnePieceOfText() {
    ImportResult result =
        parser.parse(
            """
            2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(一)项 | |||
            信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
            规范性文件(行政机关制定发布的决定、意见、通 知,以及标题采用“规定” “办法”等字样的公文) | 87 | 0 | 0 |
            第二十条第(五)项 | |||
            信息内容 | 上一年项目数量 (指2019年事项数) | 本年增/减 (指2020年增加或减 少的事项 数,减用负 值表示,如 -8) | 处理决定数量 (指2020年办 件量) |
            行政许可 | 3 | -1 | 2 |
            """);

    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(87, 0, 0));
    assertThat(row(result, "proactive", "licensing")).isEqualTo(nums(3, -1, 2));
  }
}
