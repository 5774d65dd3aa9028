package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A page's text with no separator at all between labels and figures, as a portal's crawl keeps it
 * (the 平潭 department reports of found/complete4): what still tells one cell from the next.
 */
class RunTogetherTextTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aSignGluedToTheFigureBeforeItOpensTheNextCell() {
    ImportResult result =
        parser.parse(
            "2020年政府信息公开工作年度报告二、主动公开政府信息情况第二十条第（八）项信息内容" + "上一年项目数量本年增/减行政事业性收费15-15第二十条第（九）项信息内容");

    assertThat(row(result, "proactive", "fees")).isEqualTo(nums(15, -15));
  }

  @Test
  void aRowWhoseLabelRunsIntoTheTotalsLabelIsBlankAndTheFiguresAreTheTotals() {
    ImportResult result =
        parser.parse(
            "2021年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况申请人情况自然人"
                + "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                + "一、本年新收政府信息公开申请数量5000005二、上年结转政府信息公开申请数量0000000"
                + "三、本年度办理结果（一）予以公开5000005（六）其他处理"
                + "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000"
                + "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000"
                + "3.其他（七）总计5000005四、结转下年度继续办理0000000");

    assertThat(row(result, "requests", "other.other"))
        .isEqualTo(Arrays.asList(null, null, null, null, null, null, null));
    assertThat(row(result, "requests", "total")).isEqualTo(nums(5, 0, 0, 0, 0, 0, 5));
    assertThat(row(result, "requests", "carriedForward")).isEqualTo(nums(0, 0, 0, 0, 0, 0, 0));
  }

  @Test
  void figuresThatSplitOneWayOnlyAreReadAsPrintedThoughTheReportsOwnTotalIsWrong() {
    ImportResult result =
        parser.parse(
            "2024年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况申请人情况自然人"
                + "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                + "一、本年新收政府信息公开申请数量5100000二、上年结转政府信息公开申请数量0000000");

    assertThat(row(result, "requests", "received")).isEqualTo(nums(5, 1, 0, 0, 0, 0, 0));
    assertThat(result.notes())
        .filteredOn(n -> "received".equals(n.row()))
        .extracting(n -> n.level() + " " + n.message().key())
        .containsExactly("WARNING reports.import.split-only-way");
    assertThat(row(result, "requests", "carriedOver")).isEqualTo(nums(0, 0, 0, 0, 0, 0, 0));
    assertThat(result.notes()).filteredOn(n -> "carriedOver".equals(n.row())).isEmpty();
  }

  @Test
  void figuresThatSplitSeveralWaysNoneOfThemAddingUpAreNotRead() {
    ImportResult result =
        parser.parse(
            "2024年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况申请人情况自然人"
                + "法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
                + "一、本年新收政府信息公开申请数量51000006二、上年结转政府信息公开申请数量0000000");

    assertThat(row(result, "requests", "received")).isEmpty();
    assertThat(result.notes())
        .filteredOn(n -> "received".equals(n.row()))
        .extracting(n -> n.message().key())
        .containsExactly("reports.import.cells-not-read");
  }
}
