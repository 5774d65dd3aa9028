package io.gongkai.reports.control.text;

import io.gongkai.reports.control.layout.HtmlParagraphs;
import io.gongkai.reports.control.layout.LayoutCell;
import io.gongkai.reports.control.layout.LayoutPart;
import io.gongkai.reports.control.layout.LayoutTable.RowGroup;
import io.gongkai.reports.control.layout.OfficialLayout;
import io.gongkai.reports.entity.ReportContent;
import java.util.List;

/**
 * A report as plain text: the title, each part's heading on a line of its own, a text section's
 * paragraphs one a line, and each table row as one line of {@code |}-separated cells — every cell
 * once however many columns it spans, a blank cell empty between its bars, nothing for the rows a
 * cell from above covers.
 */
public final class ReportText {

  private ReportText() {}

  public static String render(String title, OfficialLayout layout, ReportContent content) {
    StringBuilder out = new StringBuilder(title == null ? "" : title).append('\n');
    for (LayoutPart part : layout.parts()) {
      out.append('\n').append(part.heading()).append('\n');
      if (part.table() == null) {
        HtmlParagraphs.of(content.section(part.section())).forEach(p -> out.append(p).append('\n'));
        continue;
      }
      for (RowGroup group : part.table().groups()) {
        for (List<LayoutCell> row : group.rows()) {
          out.append('|');
          row.forEach(cell -> out.append(' ').append(cell.printed()).append(" |"));
          out.append('\n');
        }
      }
    }
    return out.toString();
  }
}
