package io.gongkai.reports.control.docx;

import io.gongkai.reports.control.layout.HtmlParagraphs;
import io.gongkai.reports.control.layout.LayoutPart;
import io.gongkai.reports.control.layout.OfficialLayout;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * An annual report as a Word (.docx) document: the title, then the parts of the official layout
 * under their headings — the text sections as plain paragraphs, tables 二, 三 and 四 with Word's own
 * cell merges. Numbers are written plainly (160.5964, -3); a blank cell stays empty, never 0.
 */
public final class ReportDocx {

  /** Twentieths of a point: two characters of 12 pt, the usual first-line indent in Chinese. */
  private static final int INDENT = 480;

  private final XWPFDocument document;

  private ReportDocx(XWPFDocument document) {
    this.document = document;
  }

  /** Writes the report; {@code title} is the document's title line (e.g. "…2021年政府信息公开工作年度报告"). */
  public static byte[] write(String title, ReportFormat format, ReportContent content) {
    return write(title, OfficialLayout.of(format, new ReportTables(content.tables())), content);
  }

  /** Writes the report in a layout already built. */
  public static byte[] write(String title, OfficialLayout layout, ReportContent content) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new ReportDocx(document).body(title, layout, content);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the Word document could not be written", e);
    }
  }

  private void body(String title, OfficialLayout layout, ReportContent content) {
    XWPFParagraph head = document.createParagraph();
    head.setAlignment(ParagraphAlignment.CENTER);
    Runs.add(head, title == null ? "" : title, true, Runs.TITLE_SIZE);
    OfficialTables tables = new OfficialTables(document);
    for (LayoutPart part : layout.parts()) {
      heading(part.heading());
      if (part.table() != null) {
        tables.write(part.table());
      } else {
        paragraphs(content.section(part.section()));
      }
    }
  }

  private void paragraphs(String html) {
    for (String text : HtmlParagraphs.of(html)) {
      XWPFParagraph paragraph = document.createParagraph();
      paragraph.setIndentationFirstLine(INDENT);
      Runs.add(paragraph, text, false, Runs.TEXT_SIZE);
    }
  }

  private void heading(String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setSpacingBefore(240);
    Runs.add(paragraph, text, true, Runs.HEADING_SIZE);
  }
}
