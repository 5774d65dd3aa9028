package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the bars of pipe lines say about empty cells beyond one line. */
class BarLayoutTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aLoneBarBeyondTheRowMarkerIsAnEmptyCell() {
    String[] lines = {"|", "规章 |", "0 |", "0 |", "|", "|", "行政规范性文件 |", "5 |", "|", "x |"};

    BarLayout bars = BarLayout.of(lines);

    assertThat(bars.emptyCellsAt(4)).isEqualTo(1);
    assertThat(bars.emptyCellsAt(8)).isZero();
  }

  @Test
  void loneBarsBetweenCellsWithoutBarsAreSeparatorsNotEmptyCells() {
    String[] lines = {"规章", "|", "0", "|", "|", "行政规范性文件", "|", "0"};

    assertThat(BarLayout.of(lines).emptyCellsAt(3)).isZero();
  }

  @Test
  void loneBarsBetweenAValueAndAFillerLineAreEmptyCells() {
    String[] lines = {"本年增/减 |", "||", "行政事业性收费 |", "0 |", "|", "||", "第二十条第(九)项 |"};

    BarLayout bars = BarLayout.of(lines);

    assertThat(bars.emptyCellsAt(4)).isEqualTo(1);
  }

  @Test
  void linesOfEqualCellCountsFormAnEvenGrid() {
    String[] lines = {
      "第二十条第(一)项 | |||", "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "规范性文件 | 11 | ||", "行政许可 | 2 |"
    };

    BarLayout bars = BarLayout.of(lines);

    assertThat(BarLayout.cells(lines[0])).isEqualTo(4);
    assertThat(Arrays.asList(bars.inEvenGrid(0), bars.inEvenGrid(2), bars.inEvenGrid(3)))
        .containsExactly(true, true, false);
  }

  @Test
  void aRowOpenedByAMarkerReadsItsEmptyLastCell() {
    ImportResult result =
        parser.parse(
            """
            2022年政府信息公开工作年度报告
            二、主动公开政府信息情况
            |
            第二十条第(一)项 | |||
            |
            信息内容 |
            本年制发件数 |
            本年废止件数 |
            现行有效件数 |
            |
            规章 |
            0 |
            0 |
            |
            |
            行政规范性文件 |
            5 |
            12 |
            8 |
            |
            """);

    assertThat(row(result, "proactive", "regulations")).isEqualTo(nums(0, 0, null));
    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(5, 12, 8));
  }

  @Test
  void trailingEmptyCellsOfAnEvenGridAreExact() {
    ImportResult result =
        parser.parse(
            """
            2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(一)项 | |||
            信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
            规章 | |||
            规范性文件 | 11 | ||
            """);

    assertThat(row(result, "proactive", "regulations")).isEqualTo(nums(null, null, null));
    assertThat(row(result, "proactive", "normativeDocuments")).isEqualTo(nums(11, null, null));
  }

  @Test
  void mergedEmptyCellsOutsideAnEvenGridStayUnread() {
    ImportResult result =
        parser.parse(
            """
            2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(一)项
            信息内容 本年新制作数量 本年新公开数量 对外公开总数量
            规章 | 0 | 0 | 0 |
            规范性文件 | 11 ||
            """);

    assertThat(row(result, "proactive", "regulations")).isEqualTo(nums(0, 0, 0));
    assertThat(result.tables().hasRow("proactive", "normativeDocuments")).isFalse();
    assertThat(result.notes()).anyMatch(n -> "normativeDocuments".equals(n.row()));
  }

  @Test
  void aLoneBarBeforeAFigureIsAnEmptyCellNotARowMarker() {
    String[] lines = {"行政许可 |", "0 |", "|", "0 |", "|", "行政处罚 |", "80 |", "|", "42 |"};

    BarLayout bars = BarLayout.of(lines);

    assertThat(bars.emptyCellsAt(2)).isEqualTo(1);
    assertThat(bars.emptyCellsAt(4)).as("the marker before the next row's label").isZero();
    assertThat(bars.emptyCellsAt(7)).isEqualTo(1);
  }

  @Test
  void rowsWhoseBlankCellsAreLoneBarsKeepEachCellInItsColumn() {
    ImportResult result =
        parser.parse(
            """
            2019年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(五)项 |
            ||||
            信息内容 |
            上一年项目数量 |
            本年增/减 |
            处理决定数量 |
            |
            行政许可 |
            0 |
            |
            7 |
            |
            三、收到和处理政府信息公开申请情况
            (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |
            申请人情况 |
            ||||||||
            自然人 |
            法人或其他组织 |
            总计 |
            |||||||
            商业企业 |
            科研机构 |
            社会公益组织 |
            法律服务机构 |
            其他 |
            |||||
            一、本年新收政府信息公开申请数量 |
            |
            |
            |
            |
            |
            |
            0 |
            ||
            二、上年结转政府信息公开申请数量 |
            """);

    assertThat(row(result, "proactive", "licensing")).isEqualTo(nums(0, null, 7));
    assertThat(row(result, "requests", "received"))
        .isEqualTo(nums(null, null, null, null, null, null, 0));
  }
}
