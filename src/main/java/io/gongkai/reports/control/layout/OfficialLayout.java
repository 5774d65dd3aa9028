package io.gongkai.reports.control.layout;

import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Part;
import io.gongkai.reports.entity.ReportTables;
import java.util.List;

/**
 * A report in the official layout: its format's parts in printed order, each table as rows of cells
 * with the report's figures in them. Built from the format's data alone, so every renderer shows
 * the same spans, labels and header associations.
 */
public record OfficialLayout(String format, String basis, List<LayoutPart> parts) {

  public static OfficialLayout of(ReportFormat format, ReportTables values) {
    List<LayoutPart> parts =
        format.outline().stream().map(part -> part(format, part, values)).toList();
    return new OfficialLayout(format.id(), format.basis(), parts);
  }

  private static LayoutPart part(ReportFormat format, Part part, ReportTables values) {
    if (part.table() == null) {
      return new LayoutPart(part.heading(), part.section(), null);
    }
    LayoutTable table = TableLayout.of(format.table(part.table()).orElseThrow(), values);
    return new LayoutPart(part.heading(), null, table);
  }

  /** The tables, in printed order. */
  public List<LayoutTable> tables() {
    return parts.stream().map(LayoutPart::table).filter(t -> t != null).toList();
  }
}
