package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.entity.ReportFormats;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Table 四 of an HTML page read by the header cells above (and labels left of) each value. */
class AppealsGridTest {

  private static final String HEAD =
      """
      <tr><td rowspan="3">项目</td><td colspan="5">行政复议</td>%s<td colspan="10">行政诉讼</td></tr>
      <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td>
      <td rowspan="2">尚未审结</td><td rowspan="2">总计</td>
      <td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
      <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
      <td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
      """;

  private final ReportHtmlParser parser = new ReportHtmlParser();

  @Test
  void anEmptySpacerColumnBetweenTheGroupsIsNotACell() {
    ImportResult result =
        parser.parse(
            page(
                HEAD.formatted("<td rowspan=\"3\"></td>")
                    + "<tr><td>件数</td>"
                    + cells(0, 1, 1, 0, 2)
                    + "<td></td>"
                    + cells(1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
                    + "</tr>"));

    assertThat(row(result, "appeals", "review")).isEqualTo(nums(0, 1, 1, 0, 2));
    assertThat(row(result, "appeals", "litigationDirect")).isEqualTo(nums(1, 0, 0, 0, 1));
    assertThat(row(result, "appeals", "litigationAfterReview")).isEqualTo(nums(0, 0, 0, 0, 0));
  }

  @Test
  void groupsRunningDownTheTableAreReadByTheirRowLabels() {
    ImportResult result =
        parser.parse(
            page(
                """
                <tr><td colspan="2">类别</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td>
                <td>尚未审结</td><td>总计</td></tr>
                <tr><td colspan="2">行政复议</td>%s</tr>
                <tr><td rowspan="2">行政诉讼</td><td>未经复议直接起诉</td>%s</tr>
                <tr><td>复议后起诉</td>%s</tr>
                """
                    .formatted(cells(0, 1, 1, 0, 2), cells(1, 0, 0, 0, 1), cells(3, 0, 0, 1, 4))));

    assertThat(row(result, "appeals", "review")).isEqualTo(nums(0, 1, 1, 0, 2));
    assertThat(row(result, "appeals", "litigationAfterReview")).isEqualTo(nums(3, 0, 0, 1, 4));
  }

  @Test
  void aValueSpanningSeveralColumnsLeavesTheTableToTheTextReading() {
    String grid =
        HEAD.formatted("")
            + "<tr><td>件数</td><td colspan=\"5\">0</td>"
            + cells(1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
            + "</tr>";
    var table = Jsoup.parse("<table>" + grid + "</table>").selectFirst("table");

    assertThat(
            AppealsGrid.read(
                HtmlGrid.of(table), ReportFormats.FORMAT_2021.table("appeals").orElseThrow()))
        .isEmpty();
  }

  @Test
  void whenTheGridAndTheOrderOfTheCellsDisagreeNeitherIsKept() {
    String results = "<td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td>";
    ImportResult result =
        parser.parse(
            page(
                "<tr><td colspan=\"5\">行政复议</td><td colspan=\"5\">未经复议直接起诉</td>"
                    + "<td colspan=\"5\">复议后起诉</td></tr><tr>"
                    + results.repeat(3)
                    + "</tr><tr>"
                    + cells(2, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0)
                    + "</tr>"));

    assertThat(result.tables().values()).doesNotContainKey("appeals");
    assertThat(result.notes()).anyMatch(n -> "appeals".equals(n.table()));
  }

  @Test
  void spansPlaceEachCellOnTheGrid() {
    var table = Jsoup.parse("<table>" + HEAD.formatted("") + "</table>").selectFirst("table");

    HtmlGrid grid = HtmlGrid.of(table);

    assertThat(grid.at(1, 6).text()).isEqualTo("未经复议直接起诉");
    assertThat(grid.at(2, 1).text()).isEqualTo("结果维持");
    assertThat(grid.at(2, 6).text()).isEqualTo("结果维持");
    assertThat(grid.at(2, 0).text()).isEqualTo("项目");
  }

  private static String cells(int... values) {
    StringBuilder b = new StringBuilder();
    for (int v : values) {
      b.append("<td>").append(v).append("</td>");
    }
    return b.toString();
  }

  private static String page(String rows) {
    return """
        <html><body><p>2022年政府信息公开工作年度报告</p>
        <p>四、政府信息公开行政复议、行政诉讼情况</p>
        <table>%s</table>
        <p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>
        """
        .formatted(rows);
  }
}
