package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Blocks of table 二 that a conversion printed out of the format's order. */
class DisplacedBlockTest {

  private static final String FIRST_BLOCK_LAST =
      """
      | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
      | 规章 | 0 | 0 | 0 |
      | 行政规范性文件 | 13 | 0 | 55 |
      """;

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void blocksPrintedBeforeTheFirstBlockAreReadUnderTheirOwnCaptionAndHeader() {
    String text =
        """
        2022年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（一）项
        第二十条第（五）项
        信息内容本年处理决定数量
        行政许可 97
        第二十条第（六）项
        信息内容本年处理决定数量
        行政处罚 4
        行政强制 0
        第二十条第（八）项
        信息内容本年收费金额（单位：万元）
        行政事业性收费 1.5
        """
            + FIRST_BLOCK_LAST;

    ImportResult result = parser.parse(text);

    assertThat(result.tables().get("proactive", "licensing", "decisions")).contains(num("97"));
    assertThat(result.tables().get("proactive", "punishment", "decisions")).contains(num("4"));
    assertThat(result.tables().get("proactive", "coercion", "decisions")).contains(num("0"));
    assertThat(result.tables().get("proactive", "fees", "feeAmount")).contains(num("1.5"));
    assertThat(result.tables().get("proactive", "normativeDocuments", "inForce"))
        .contains(num("55"));
  }

  @Test
  void aBlockOutOfOrderWithoutItsHeaderRowIsNotRead() {
    String text =
        """
        2022年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（一）项
        第二十条第（五）项
        行政许可 97
        第二十条第（六）项
        信息内容本年处理决定数量
        行政处罚 4
        行政强制 0
        """
            + FIRST_BLOCK_LAST;

    ImportResult result = parser.parse(text);

    assertThat(result.tables().hasRow("proactive", "licensing")).isFalse();
    assertThat(result.notes()).anyMatch(n -> "licensing".equals(n.row()));
    assertThat(result.tables().get("proactive", "punishment", "decisions")).contains(num("4"));
  }

  private static BigDecimal num(String value) {
    return new BigDecimal(value);
  }
}
