package io.gongkai.reports.control.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.ReportCells;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportFormats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OfficialLayout}: the printed form's spans, labels and header associations, from data. */
class OfficialLayoutTest {

  private static OfficialLayout layout(ReportFormat format) {
    return OfficialLayout.of(format, ReportCells.filled(format).reportTables());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2021"})
  void everyRowCoversTheWholeGridAndEveryCellOfTheFormatIsThereOnce(String id) {
    ReportFormat format = ReportFormats.byId(id).orElseThrow();
    OfficialLayout layout = layout(format);

    assertThat(layout.parts())
        .extracting(LayoutPart::heading)
        .containsExactly(
            "一、总体情况",
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");
    for (LayoutTable table : layout.tables()) {
      assertThat(widths(table)).as(table.key()).containsOnly(table.columns());
      List<String> cells =
          cells(table).stream().filter(c -> !c.header()).map(c -> c.cell()).toList();
      assertThat(cells).as(table.key()).containsExactlyElementsOf(keys(format, table.key()));
    }
    assertThat(layout.tables()).extracting(LayoutTable::columns).containsExactly(4, 10, 15);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2021"})
  void idsAreUniqueAndEveryHeaderNamedExists(String id) {
    List<LayoutCell> all =
        layout(ReportFormats.byId(id).orElseThrow()).tables().stream()
            .flatMap(t -> cells(t).stream())
            .toList();
    List<String> ids = all.stream().filter(LayoutCell::header).map(LayoutCell::id).toList();

    assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(all.stream().flatMap(c -> c.headers().stream())).allMatch(ids::contains);
    assertThat(all.stream().filter(c -> !c.header())).allMatch(c -> !c.headers().isEmpty());
    assertThat(all.stream().filter(LayoutCell::header))
        .allMatch(c -> List.of("col", "colgroup", "row", "rowgroup").contains(c.scope()));
  }

  @Test
  void tableThreeHasItsThreeRowHeadAndNestedLabels() {
    LayoutTable requests = table(layout(ReportFormats.FORMAT_2021), "requests");

    assertThat(requests.groups())
        .extracting(LayoutTable.RowGroup::head)
        .containsExactly(true, false);
    assertThat(requests.groups().get(0).rows()).hasSize(3);
    assertThat(header(requests, ReportFormats.FORMAT_2021.table("requests").get().rowHeading()))
        .isEqualTo("3x3 col");
    assertThat(header(requests, "申请人情况")).isEqualTo("7x1 colgroup");
    assertThat(header(requests, "法人或其他组织")).isEqualTo("5x1 colgroup");
    assertThat(header(requests, "自然人")).isEqualTo("1x2 col");
    assertThat(header(requests, "总计")).isEqualTo("1x2 col");
    assertThat(header(requests, "三、本年度办理结果")).isEqualTo("1x22 rowgroup");
    assertThat(header(requests, "（三）不予公开")).isEqualTo("1x8 rowgroup");
    assertThat(header(requests, "（六）其他处理")).isEqualTo("1x3 rowgroup");
    assertThat(header(requests, "一、本年新收政府信息公开申请数量")).isEqualTo("3x1 row");
    assertThat(header(requests, "（一）予以公开")).isEqualTo("2x1 row");
    assertThat(header(requests, "1.属于国家秘密")).isEqualTo("1x1 row");
    assertThat(labels(requests, "withheld.stateSecret.naturalPerson"))
        .containsExactly("申请人情况", "自然人", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密");
    assertThat(labels(requests, "received.enterprise"))
        .containsExactly("申请人情况", "法人或其他组织", "商业企业", "一、本年新收政府信息公开申请数量");
    assertThat(header(table(layout(ReportFormats.FORMAT_2019), "requests"), "三、本年度办理结果"))
        .isEqualTo("1x20 rowgroup");
  }

  @Test
  void tableTwoHasACaptionAndHeaderPerBlockAndNarrowBlocksFill() {
    LayoutTable proactive = table(layout(ReportFormats.FORMAT_2019), "proactive");

    assertThat(proactive.groups()).hasSize(5).allMatch(g -> !g.head());
    assertThat(header(proactive, "第二十条第（一）项")).isEqualTo("4x1 colgroup");
    assertThat(header(proactive, "信息内容")).isEqualTo("1x1 col");
    assertThat(data(proactive, "fees.changeThisYear").colspan()).isEqualTo(2);
    assertThat(data(proactive, "procurement.procurementAmount").colspan()).isEqualTo(2);
    assertThat(data(proactive, "procurement.procurementAmount").text()).isEqualTo("160.5964");
    assertThat(data(proactive, "punishment.previousYearCount").text()).as("blank").isNull();
    assertThat(labels(proactive, "regulations.madeThisYear"))
        .containsExactly("第二十条第（一）项", "本年新制作数量", "规章");
  }

  @Test
  void tableFourRunsItsRowsAcrossOverOneLineOfFigures() {
    LayoutTable appeals = table(layout(ReportFormats.FORMAT_2021), "appeals");

    assertThat(appeals.groups().get(1).rows()).hasSize(1);
    assertThat(header(appeals, "行政复议")).isEqualTo("5x1 colgroup");
    assertThat(header(appeals, "行政诉讼")).isEqualTo("10x1 colgroup");
    assertThat(header(appeals, "未经复议直接起诉")).isEqualTo("5x1 colgroup");
    assertThat(labels(appeals, "litigationDirect.total")).containsExactly("行政诉讼", "未经复议直接起诉", "总计");
    assertThat(labels(appeals, "review.upheld")).containsExactly("行政复议", "结果维持");
  }

  static List<LayoutCell> cells(LayoutTable table) {
    return table.groups().stream().flatMap(g -> g.rows().stream()).flatMap(List::stream).toList();
  }

  private static LayoutTable table(OfficialLayout layout, String key) {
    return layout.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
  }

  /** The first header cell with this label as "colspan x rowspan scope". */
  private static String header(LayoutTable table, String label) {
    LayoutCell c =
        cells(table).stream()
            .filter(x -> x.header() && x.text().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no header " + label));
    return c.colspan() + "x" + c.rowspan() + " " + c.scope();
  }

  private static LayoutCell data(LayoutTable table, String key) {
    return cells(table).stream().filter(c -> key.equals(c.cell())).findFirst().orElseThrow();
  }

  private static List<String> labels(LayoutTable table, String key) {
    Map<String, String> byId = new HashMap<>();
    cells(table).stream().filter(LayoutCell::header).forEach(c -> byId.put(c.id(), c.text()));
    return data(table, key).headers().stream().map(byId::get).toList();
  }

  private static List<String> keys(ReportFormat format, String tableKey) {
    Table table = format.table(tableKey).orElseThrow();
    List<String> keys = new ArrayList<>();
    for (Block b : table.blocks()) {
      for (Row r : b.rows()) {
        for (Column c : b.columns()) {
          keys.add(r.key() + "." + c.key());
        }
      }
    }
    return keys;
  }

  /** The grid columns each row covers, counting cells from rows above that reach down into it. */
  static List<Integer> widths(LayoutTable table) {
    List<Integer> widths = new ArrayList<>();
    int[] carried = new int[table.columns() + 1];
    for (List<LayoutCell> row : table.groups().stream().flatMap(g -> g.rows().stream()).toList()) {
      int col = 0;
      int width = 0;
      for (LayoutCell cell : row) {
        while (carried[col] > 0) {
          carried[col++]--;
          width++;
        }
        for (int i = 0; i < cell.colspan(); i++) {
          carried[col++] = cell.rowspan() - 1;
        }
        width += cell.colspan();
      }
      while (col < table.columns() && carried[col] > 0) {
        carried[col++]--;
        width++;
      }
      widths.add(width);
    }
    return widths;
  }
}
