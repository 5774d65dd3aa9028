package io.gongkai.reports.control.docx;

import io.gongkai.reports.control.layout.LayoutCell;
import io.gongkai.reports.control.layout.LayoutTable;
import io.gongkai.reports.control.layout.LayoutTable.RowGroup;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A table of the official layout as a Word table: each cell over its columns, a cell over several
 * rows started there and continued (Word's {@code vMerge}) in every row it covers. Blank cells stay
 * empty.
 */
final class OfficialTables {

  private final XWPFDocument document;

  OfficialTables(XWPFDocument document) {
    this.document = document;
  }

  void write(LayoutTable table) {
    WordTable w = new WordTable(document, table.columns());
    /* per grid column: the rows still covered from above, and the span of the covering cell */
    int[] covered = new int[table.columns()];
    int[] coverSpan = new int[table.columns()];
    for (RowGroup group : table.groups()) {
      for (List<LayoutCell> row : group.rows()) {
        w.row();
        int col = continuations(w, covered, coverSpan, 0);
        for (LayoutCell cell : row) {
          if (cell.rowspan() > 1) {
            w.restart(cell.printed(), cell.colspan());
            covered[col] = cell.rowspan() - 1;
            coverSpan[col] = cell.colspan();
          } else {
            w.cell(cell.printed(), cell.colspan());
          }
          col = continuations(w, covered, coverSpan, col + cell.colspan());
        }
      }
    }
  }

  /** Writes the continuations of merges from above from {@code col} on; returns the next free. */
  private static int continuations(WordTable w, int[] covered, int[] coverSpan, int col) {
    while (col < covered.length && covered[col] > 0) {
      w.continued(coverSpan[col]);
      covered[col]--;
      col += coverSpan[col];
    }
    return col;
  }
}
