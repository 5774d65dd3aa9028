package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A row of table 三 whose label lost characters in a PDF's text layer. */
class DamagedLabelTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aLabelMissingCharactersIsReadBetweenTheRowsAroundIt() {
    ImportResult result = parser.parse(table("2.其他法律行政止公开 2 0 0 0 0 0 2"));

    assertThat(row(result, "requests", "withheld.prohibitedByLaw"))
        .isEqualTo(nums(2, 0, 0, 0, 0, 0, 2));
    assertThat(result.notes())
        .anyMatch(
            n ->
                "withheld.prohibitedByLaw".equals(n.row())
                    && "reports.import.damaged-label".equals(n.message().key()));
    assertThat(row(result, "requests", "withheld.securityAndStability"))
        .isEqualTo(nums(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void textThatKeepsTooLittleOfTheLabelIsNotTakenForIt() {
    ImportResult result = parser.parse(table("合计 2 0 0 0 0 0 2"));

    assertThat(result.tables().hasRow("requests", "withheld.prohibitedByLaw")).isFalse();
  }

  @Test
  void figuresThatBreakTheSumRuleAreNotTakenForIt() {
    ImportResult result = parser.parse(table("2.其他法律行政止公开 2 0 0 0 0 0 3"));

    assertThat(result.tables().hasRow("requests", "withheld.prohibitedByLaw")).isFalse();
  }

  private static String table(String damagedRow) {
    return """
        2023年政府信息公开工作年度报告
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21
        二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
        三、本年度办理结果
        （一）予以公开 0 0 0 0 0 0 0
        （二）部分公开（区分处理的，只计这一情形，不计其他情形） 4 0 0 0 0 0 4
        （三）不予公开
        1.属于国家秘密 1 0 0 0 0 0 1
        """
        + damagedRow
        + """

        3.危及“三安全一稳定” 0 0 0 0 0 0 0
        4.保护第三方合法权益 0 0 0 0 0 0 0
        """;
  }
}
