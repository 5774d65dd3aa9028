package io.gongkai.reports.control.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a Word document as the text importer reads it (the seed's layout): a paragraph is a
 * line; a table row is its cells one per line, each indented by a tab, then a blank line. A cell
 * that only continues a merge above or to the left emits nothing; an empty cell emits a line of
 * just the tab, which the importer reads as a blank cell in its column.
 */
final class BodyText {

  private final StringBuilder out = new StringBuilder();

  private BodyText() {}

  static String of(List<IBodyElement> elements) {
    BodyText text = new BodyText();
    text.elements(elements);
    return text.out.toString();
  }

  private void elements(List<IBodyElement> elements) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        lines(paragraph.getText());
      } else if (element instanceof XWPFTable table) {
        table(table);
      } else if (element instanceof XWPFSDT sdt) {
        lines(sdt.getContent().getText());
      }
    }
  }

  /** Each line stripped, so that a line of spaces does not read as a blank cell. */
  private void lines(String text) {
    for (String line : text.split("\\R", -1)) {
      out.append(line.strip()).append('\n');
    }
  }

  private void table(XWPFTable table) {
    for (XWPFTableRow row : table.getRows()) {
      for (ICell cell : row.getTableICells()) {
        if (cell instanceof XWPFTableCell tc && !continuesMerge(tc)) {
          out.append('\t').append(cellText(tc)).append('\n');
        } else if (cell instanceof XWPFSDTCell sdt) {
          out.append('\t').append(oneLine(sdt.getContent().getText())).append('\n');
        }
      }
      out.append('\n');
    }
  }

  /** vMerge or the legacy hMerge without a value or with "continue" continues a merged cell. */
  private static boolean continuesMerge(XWPFTableCell cell) {
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null) {
      return false;
    }
    boolean vertical =
        pr.isSetVMerge()
            && (!pr.getVMerge().isSetVal() || pr.getVMerge().getVal() == STMerge.CONTINUE);
    boolean horizontal =
        pr.isSetHMerge()
            && (!pr.getHMerge().isSetVal() || pr.getHMerge().getVal() == STMerge.CONTINUE);
    return vertical || horizontal;
  }

  /** A cell's paragraphs (and nested tables) on one line, so that it stays one cell. */
  private static String cellText(XWPFTableCell cell) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement element : cell.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        parts.add(oneLine(paragraph.getText()));
      } else if (element instanceof XWPFTable nested) {
        nested.getRows().forEach(r -> r.getTableCells().forEach(c -> parts.add(cellText(c))));
      }
    }
    parts.removeIf(String::isEmpty);
    return String.join(" ", parts);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
