package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Tables copied with tabs between their cells, and digits that no sum can confirm a split of. */
class TabRowsTest {

  private static final String HEAD =
      "2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n" + "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n";

  @Test
  void twoTabsKeepTheBlankCellBetweenThem() {
    ImportResult r = new ReportTextParser().parse(HEAD + "行政许可\t71\t\t0\n");

    assertThat(r.tables().get("proactive", "licensing", "previousYearCount"))
        .contains(new BigDecimal(71));
    assertThat(r.tables().hasCell("proactive", "licensing", "changeThisYear")).isTrue();
    assertThat(r.tables().get("proactive", "licensing", "changeThisYear")).isEmpty();
    assertThat(r.tables().get("proactive", "licensing", "decisions")).contains(BigDecimal.ZERO);
  }

  @Test
  void aTabAtTheEndIsAnEmptyLastCell() {
    ImportResult r = new ReportTextParser().parse(HEAD + "行政许可\t75\t3\t\n");

    assertThat(r.tables().get("proactive", "licensing", "changeThisYear"))
        .contains(new BigDecimal(3));
    assertThat(r.tables().hasCell("proactive", "licensing", "decisions")).isTrue();
    assertThat(r.tables().get("proactive", "licensing", "decisions")).isEmpty();
  }

  @Test
  void aNumberStandingAloneInARowAColumnShortIsNeverSplitIntoTwo() {
    // spaces lost the blank: 71 is one cell, and which of the other two was blank is not known
    ImportResult r =
        new ReportTextParser().parse(HEAD.replace('\t', ' ') + "行政许可 71 0\n第二十条第（六）项\n");

    assertThat(r.tables().hasRow("proactive", "licensing")).isFalse();
    assertThat(r.notes()).anyMatch(n -> "licensing".equals(n.row()));
  }

  @Test
  void zerosGluedToTheirLabelStillSplit() {
    ImportResult r = new ReportTextParser().parse(HEAD.replace('\t', ' ') + "行政许可000\n第二十条第（六）项\n");

    assertThat(r.tables().get("proactive", "licensing", "previousYearCount"))
        .contains(BigDecimal.ZERO);
    assertThat(r.tables().get("proactive", "licensing", "decisions")).contains(BigDecimal.ZERO);
  }
}
