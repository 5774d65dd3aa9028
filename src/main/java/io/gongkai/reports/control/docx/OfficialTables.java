package io.gongkai.reports.control.docx;

import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Tables 二, 三 and 四 in the layout of the official form, the same as the HTML rendering: table 二
 * with a caption and a header row per block, table 三 with its three-row header and nested row
 * labels, table 四 as one row of fifteen numbers under its headers. Blank cells stay empty.
 */
final class OfficialTables {

  static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  private final XWPFDocument document;
  private final ReportTables values;

  OfficialTables(XWPFDocument document, ReportTables values) {
    this.document = document;
    this.values = values;
  }

  void write(Table table) {
    switch (table.key()) {
      case "requests" -> requests(table);
      case "appeals" -> appeals(table);
      default -> proactive(table);
    }
  }

  /** Table 二: per block a caption row and a header row; a narrower block's last column fills. */
  private void proactive(Table t) {
    int width = t.blocks().stream().mapToInt(b -> b.columns().size()).max().orElse(1) + 1;
    WordTable w = new WordTable(document, width);
    for (Block b : t.blocks()) {
      int n = b.columns().size();
      if (b.caption() != null) {
        w.row().cell(b.caption(), width);
      }
      w.row().cell("信息内容", 1);
      for (int i = 0; i < n; i++) {
        w.cell(b.columns().get(i).label(), span(i, n, width - 1));
      }
      for (Row r : b.rows()) {
        w.row().cell(r.label(), 1);
        for (int i = 0; i < n; i++) {
          w.cell(number(t, r, b.columns().get(i)), span(i, n, width - 1));
        }
      }
    }
  }

  /** Table 三: three label columns and seven applicant columns under a three-row header. */
  private void requests(Table t) {
    Block b = t.blocks().get(0);
    WordTable w = new WordTable(document, 3 + b.columns().size());
    w.row().restart(REQUESTS_NOTE, 3).cell("申请人情况", b.columns().size());
    w.row().continued(3).restart(b.columns().get(0).label(), 1);
    w.cell("法人或其他组织", b.columns().size() - 2).restart(last(b).label(), 1);
    w.row().continued(3).continued(1);
    b.columns().subList(1, b.columns().size() - 1).forEach(c -> w.cell(c.label(), 1));
    w.continued(1);
    List<Row> rows = b.rows();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      w.row();
      requestLabels(w, rows, i);
      b.columns().forEach(c -> w.cell(number(t, r, c), 1));
    }
  }

  /** 三、本年度办理结果 spans all result rows, （三）不予公开 etc. span their numbered rows. */
  private static void requestLabels(WordTable w, List<Row> rows, int i) {
    Row r = rows.get(i);
    if (r.groups().isEmpty()) {
      w.cell(r.label(), 3);
      return;
    }
    boolean firstResult = i == 0 || rows.get(i - 1).groups().isEmpty();
    if (firstResult) {
      w.restart(r.groups().get(0), 1);
    } else {
      w.continued(1);
    }
    if (r.groups().size() == 1) {
      w.cell(r.label(), 2);
      return;
    }
    String group = r.groups().get(1);
    if (!firstResult && rows.get(i - 1).groups().contains(group)) {
      w.continued(1);
    } else {
      w.restart(group, 1);
    }
    w.cell(r.label(), 1);
  }

  /** Table 四 as printed: 行政复议 | 行政诉讼 (未经复议直接起诉, 复议后起诉), then one row of numbers. */
  private void appeals(Table t) {
    Block b = t.blocks().get(0);
    int n = b.columns().size();
    List<Row> rows = b.rows();
    WordTable w = new WordTable(document, n * rows.size());
    w.row().cell(rows.get(0).label(), n).cell(litigation(rows), n * (rows.size() - 1));
    w.row();
    b.columns().forEach(c -> w.restart(c.label(), 1));
    rows.subList(1, rows.size()).forEach(r -> w.cell(r.label(), n));
    w.row();
    b.columns().forEach(c -> w.continued(1));
    for (int i = 1; i < rows.size(); i++) {
      b.columns().forEach(c -> w.cell(c.label(), 1));
    }
    w.row();
    rows.forEach(r -> b.columns().forEach(c -> w.cell(number(t, r, c), 1)));
  }

  private static String litigation(List<Row> rows) {
    List<String> groups = rows.get(rows.size() - 1).groups();
    return groups.isEmpty() ? "行政诉讼" : groups.get(0);
  }

  private static Column last(Block b) {
    return b.columns().get(b.columns().size() - 1);
  }

  private String number(Table t, Row r, Column c) {
    return values.get(t.key(), r.key(), c.key()).map(OfficialTables::plain).orElse("");
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** The last column of a narrower block spans what is left of the table's width. */
  private static int span(int index, int columns, int width) {
    return index == columns - 1 ? width - columns + 1 : 1;
  }
}
