package io.gongkai.reports.control.docx;

import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * An annual report as a Word (.docx) document: the title, the six headings, the text sections as
 * plain paragraphs and tables 二, 三 and 四 in the official layout, with Word's own cell merges.
 * Numbers are written plainly (160.5964, -3); a blank cell stays empty, never 0.
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
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new ReportDocx(document).body(title, format, content);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the Word document could not be written", e);
    }
  }

  private void body(String title, ReportFormat format, ReportContent content) {
    XWPFParagraph head = document.createParagraph();
    head.setAlignment(ParagraphAlignment.CENTER);
    Runs.add(head, title == null ? "" : title, true, Runs.TITLE_SIZE);
    section("一、总体情况", content.overview());
    OfficialTables tables = new OfficialTables(document, new ReportTables(content.tables()));
    for (Table table : format.tables()) {
      heading(table.numeral() + "、" + table.title());
      tables.write(table);
    }
    section("五、存在的主要问题及改进情况", content.problems());
    section("六、其他需要报告的事项", content.other());
  }

  private void section(String heading, String html) {
    heading(heading);
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
