package io.gongkai.reports.control.docx;

import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;

/** Text runs in a font that renders Chinese (宋体), without characters XML cannot hold. */
final class Runs {

  static final int TITLE_SIZE = 18;
  static final int HEADING_SIZE = 14;
  static final int TEXT_SIZE = 12;
  static final int TABLE_SIZE = 10;

  private static final String EAST_ASIA_FONT = "SimSun";
  private static final Pattern NOT_XML =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  private Runs() {}

  static XWPFRun add(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(EAST_ASIA_FONT, FontCharRange.eastAsia);
    if (bold) {
      run.setBold(true);
    }
    run.setFontSize(size);
    run.setText(NOT_XML.matcher(text).replaceAll(""));
    return run;
  }
}
