package io.gongkai.reports.control.html;

import io.gongkai.reports.control.layout.LayoutCell;
import io.gongkai.reports.control.layout.LayoutPart;
import io.gongkai.reports.control.layout.LayoutTable;
import io.gongkai.reports.control.layout.LayoutTable.RowGroup;
import io.gongkai.reports.control.layout.OfficialLayout;
import io.gongkai.reports.entity.ReportContent;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A report as an HTML fragment in the official layout: one {@code <article lang="zh-CN">} with the
 * title, the parts under their headings, and each table as the layout gives it — row and column
 * spans, {@code <thead>} for the head, {@code th} with {@code id} and {@code scope}, every {@code
 * td} naming its headers. Text is escaped; sections are the sanitised HTML stored; no script, no
 * style.
 */
public final class ReportHtml {

  private final StringBuilder out = new StringBuilder();
  private final String prefix;

  private ReportHtml(Embedding embedding) {
    this.prefix = embedding.idPrefix();
  }

  public static String render(
      String title, OfficialLayout layout, ReportContent content, Embedding embedding) {
    ReportHtml html = new ReportHtml(embedding);
    html.open(title, "data-format=\"" + esc(layout.format()) + "\"", embedding);
    for (int i = 0; i < layout.parts().size(); i++) {
      LayoutPart part = layout.parts().get(i);
      String heading = html.prefix + "part-" + (i + 1);
      html.out
          .append("<section aria-labelledby=\"")
          .append(heading)
          .append("\"><h2 id=\"")
          .append(heading)
          .append("\">")
          .append(esc(part.heading()))
          .append("</h2>");
      if (part.table() != null) {
        html.table(part.table(), heading);
      } else {
        html.out.append(nonNull(content.section(part.section())));
      }
      html.out.append("</section>");
    }
    return html.out.append("</article>").toString();
  }

  /**
   * A past year's report kept as its page's text: the text in paragraphs, escaped, with a note that
   * its tables were not read.
   */
  public static String renderText(String title, String text, Embedding embedding) {
    ReportHtml html = new ReportHtml(embedding);
    html.open(title, "data-structured=\"false\"", embedding);
    html.out.append("<p class=\"gongkai-report-note\">本报告由原网站迁移，以原文呈现，未逐表核对。</p>");
    for (String paragraph : nonNull(text).split("\\n")) {
      if (!paragraph.isBlank()) {
        html.out.append("<p>").append(esc(paragraph.strip())).append("</p>");
      }
    }
    return html.out.append("</article>").toString();
  }

  private void open(String title, String data, Embedding embedding) {
    out.append("<article class=\"gongkai-report\" lang=\"zh-CN\" ")
        .append(data)
        .append(" aria-labelledby=\"")
        .append(prefix)
        .append("title\">");
    if (embedding.stylesheet() != null) {
      out.append("<link rel=\"stylesheet\" href=\"")
          .append(esc(embedding.stylesheet()))
          .append("\">");
    }
    out.append("<h1 id=\"").append(prefix).append("title\">").append(esc(title)).append("</h1>");
  }

  private void table(LayoutTable table, String heading) {
    out.append("<table data-table=\"")
        .append(esc(table.key()))
        .append("\" aria-labelledby=\"")
        .append(heading)
        .append("\">");
    for (RowGroup group : table.groups()) {
      String tag = group.head() ? "thead" : "tbody";
      out.append('<').append(tag).append('>');
      for (List<LayoutCell> row : group.rows()) {
        out.append("<tr>");
        row.forEach(this::cell);
        out.append("</tr>");
      }
      out.append("</").append(tag).append('>');
    }
    out.append("</table>");
  }

  private void cell(LayoutCell cell) {
    String tag = cell.header() ? "th" : "td";
    out.append('<').append(tag);
    if (cell.header()) {
      attribute("id", prefix + cell.id());
    } else {
      attribute("data-cell", cell.cell());
    }
    if (cell.colspan() > 1) {
      attribute("colspan", String.valueOf(cell.colspan()));
    }
    if (cell.rowspan() > 1) {
      attribute("rowspan", String.valueOf(cell.rowspan()));
    }
    if (cell.scope() != null) {
      attribute("scope", cell.scope());
    }
    if (!cell.headers().isEmpty()) {
      attribute("headers", String.join(" ", cell.headers().stream().map(prefix::concat).toList()));
    }
    out.append('>').append(esc(cell.printed())).append("</").append(tag).append('>');
  }

  private void attribute(String name, String value) {
    out.append(' ').append(name).append("=\"").append(esc(value)).append('"');
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /** Text and attribute values escaped alike, quotes included. */
  private static String esc(String text) {
    return text == null ? "" : Entities.escape(text).replace("\"", "&quot;");
  }
}
