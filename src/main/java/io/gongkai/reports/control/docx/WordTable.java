package io.gongkai.reports.control.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word table built row by row on a grid of equal columns, with Word's own merges: {@code
 * gridSpan} for a cell over several columns, {@code vMerge} restart/continue for a cell over
 * several rows (every covered row holds a continuation cell of the same span).
 */
final class WordTable {

  /** The text width of an A4 page with Word's default margins, in twentieths of a point. */
  private static final int TEXT_WIDTH = 9000;

  private final XWPFTable table;
  private final int columnWidth;
  private XWPFTableRow row;

  WordTable(XWPFDocument document, int columns) {
    table = document.createTable();
    table.removeRow(0);
    columnWidth = TEXT_WIDTH / columns;
    CTTbl ct = table.getCTTbl();
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int i = 0; i < columns; i++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
    }
  }

  /** Starts a new row. */
  WordTable row() {
    row = table.insertNewTableRow(table.getNumberOfRows());
    return this;
  }

  /** A cell over {@code span} columns. */
  WordTable cell(String text, int span) {
    add(text, span, null);
    return this;
  }

  /** A cell over {@code span} columns that continues down into the next rows. */
  WordTable restart(String text, int span) {
    add(text, span, STMerge.RESTART);
    return this;
  }

  /** The part of a cell from a row above that covers this row's next {@code span} columns. */
  WordTable continued(int span) {
    add(null, span, STMerge.CONTINUE);
    return this;
  }

  private void add(String text, int span, STMerge.Enum merge) {
    XWPFTableCell cell = row.createCell();
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    pr.addNewTcW().setW(BigInteger.valueOf((long) columnWidth * span));
    pr.getTcW().setType(STTblWidth.DXA);
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    if (merge != null) {
      pr.addNewVMerge().setVal(merge);
    }
    XWPFParagraph paragraph =
        cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    if (text != null && !text.isEmpty()) {
      Runs.add(paragraph, text, false, Runs.TABLE_SIZE);
    }
  }
}
