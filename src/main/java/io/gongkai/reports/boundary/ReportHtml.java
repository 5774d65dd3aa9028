package io.gongkai.reports.boundary;

import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A report as an HTML fragment in the official layout (row and column spans as on the printed
 * form), for embedding and printing: text is escaped, sections are the sanitised HTML stored, and
 * there is no script or style.
 */
final class ReportHtml {

  private final StringBuilder out = new StringBuilder();
  private final ReportTables values;

  private ReportHtml(ReportTables values) {
    this.values = values;
  }

  /**
   * A past year's report kept as its page's text: the text in paragraphs, escaped, with a note that
   * its tables were not read.
   */
  static String renderText(String title, String text) {
    StringBuilder out =
        new StringBuilder("<article class=\"gongkai-report\" data-structured=\"false\">");
    out.append("<h1>").append(esc(title)).append("</h1>");
    out.append("<p class=\"gongkai-report-note\">本报告由原网站迁移，以原文呈现，未逐表核对。</p>");
    for (String paragraph : (text == null ? "" : text).split("\\n")) {
      if (!paragraph.isBlank()) {
        out.append("<p>").append(esc(paragraph.strip())).append("</p>");
      }
    }
    return out.append("</article>").toString();
  }

  static String render(String title, ReportFormat format, ReportContent content) {
    ReportHtml html = new ReportHtml(content.reportTables());
    html.out
        .append("<article class=\"gongkai-report\" data-format=\"")
        .append(format.id())
        .append("\">");
    html.out.append("<h1>").append(esc(title)).append("</h1>");
    html.section("一、总体情况", content.overview());
    html.proactive(format.table("proactive").orElseThrow());
    html.requests(format.table("requests").orElseThrow());
    html.appeals(format.table("appeals").orElseThrow());
    html.section("五、存在的主要问题及改进情况", content.problems());
    html.section("六、其他需要报告的事项", content.other());
    html.out.append("</article>");
    return html.out.toString();
  }

  private void section(String heading, String body) {
    out.append("<section><h2>")
        .append(esc(heading))
        .append("</h2>")
        .append(body == null ? "" : body)
        .append("</section>");
  }

  private void proactive(Table t) {
    int width = t.blocks().stream().mapToInt(b -> b.columns().size()).max().orElse(1) + 1;
    open(t);
    for (Block b : t.blocks()) {
      out.append("<tr><th colspan=\"")
          .append(width)
          .append("\" scope=\"colgroup\">")
          .append(esc(b.caption()))
          .append("</th></tr><tr><th scope=\"col\">信息内容</th>");
      for (int i = 0; i < b.columns().size(); i++) {
        th(b.columns().get(i).label(), span(i, b.columns().size(), width - 1), 1, "col");
      }
      out.append("</tr>");
      for (Row r : b.rows()) {
        out.append("<tr><th scope=\"row\">").append(esc(r.label())).append("</th>");
        for (int i = 0; i < b.columns().size(); i++) {
          td(t, r, b.columns().get(i), span(i, b.columns().size(), width - 1));
        }
        out.append("</tr>");
      }
    }
    close();
  }

  private void requests(Table t) {
    Block b = t.blocks().get(0);
    open(t);
    out.append("<tr>");
    th("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, "col");
    th("申请人情况", 7, 1, "colgroup");
    out.append("</tr><tr>");
    th("自然人", 1, 2, "col");
    th("法人或其他组织", 5, 1, "colgroup");
    th("总计", 1, 2, "col");
    out.append("</tr><tr>");
    for (Column c : b.columns().subList(1, 6)) {
      th(c.label(), 1, 1, "col");
    }
    out.append("</tr>");
    List<Row> rows = b.rows();
    long results = rows.stream().filter(r -> !r.groups().isEmpty()).count();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      out.append("<tr>");
      requestLabels(rows, i, (int) results);
      b.columns().forEach(c -> td(t, r, c, 1));
      out.append("</tr>");
    }
    close();
  }

  /**
   * The three label columns of table 三: top rows span all three; results nest (三) → （三）不予公开 → 1.…
   */
  private void requestLabels(List<Row> rows, int i, int results) {
    Row r = rows.get(i);
    if (r.groups().isEmpty()) {
      th(r.label(), 3, 1, "row");
      return;
    }
    if (i == 0 || rows.get(i - 1).groups().isEmpty()) {
      th(r.groups().get(0), 1, results, "rowgroup");
    }
    if (r.groups().size() == 1) {
      th(r.label(), 2, 1, "row");
      return;
    }
    String group = r.groups().get(1);
    if (!rows.get(i - 1).groups().contains(group)) {
      int size = (int) rows.stream().filter(x -> x.groups().contains(group)).count();
      th(group, 1, size, "rowgroup");
    }
    th(r.label(), 1, 1, "row");
  }

  private void appeals(Table t) {
    Block b = t.blocks().get(0);
    open(t);
    out.append("<tr>");
    th("行政复议", 5, 1, "colgroup");
    th("行政诉讼", 10, 1, "colgroup");
    out.append("</tr><tr>");
    b.columns().forEach(c -> th(c.label(), 1, 2, "col"));
    th("未经复议直接起诉", 5, 1, "colgroup");
    th("复议后起诉", 5, 1, "colgroup");
    out.append("</tr><tr>");
    for (int i = 0; i < 2; i++) {
      b.columns().forEach(c -> th(c.label(), 1, 1, "col"));
    }
    out.append("</tr><tr>");
    b.rows().forEach(r -> b.columns().forEach(c -> td(t, r, c, 1)));
    out.append("</tr>");
    close();
  }

  private void open(Table t) {
    out.append("<section><h2>")
        .append(esc(t.numeral() + "、" + t.title()))
        .append("</h2>")
        .append("<table data-table=\"")
        .append(t.key())
        .append("\">");
  }

  private void close() {
    out.append("</table></section>");
  }

  private void th(String label, int colspan, int rowspan, String scope) {
    out.append("<th");
    if (colspan > 1) {
      out.append(" colspan=\"").append(colspan).append('"');
    }
    if (rowspan > 1) {
      out.append(" rowspan=\"").append(rowspan).append('"');
    }
    out.append(" scope=\"").append(scope).append("\">").append(esc(label)).append("</th>");
  }

  private void td(Table t, Row r, Column c, int colspan) {
    out.append("<td data-cell=\"").append(r.key()).append('.').append(c.key()).append('"');
    if (colspan > 1) {
      out.append(" colspan=\"").append(colspan).append('"');
    }
    out.append('>');
    values.get(t.key(), r.key(), c.key()).map(ReportHtml::number).ifPresent(out::append);
    out.append("</td>");
  }

  /** The last column of a narrower block spans what is left of the table's width. */
  private static int span(int index, int columns, int width) {
    return index == columns - 1 ? width - columns + 1 : 1;
  }

  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String esc(String text) {
    return text == null ? "" : Entities.escape(text);
  }
}
