package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Row;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The search keys for the format's labels. A report's labels differ from the official ones in
 * numbering ("1、" for "一、"), brackets, spaces and sometimes wording ("规范性文件" for "行政规范性文件"); the
 * key is the part of the label that survives all of these.
 */
final class RowKeys {

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d+[.、．]\\s*)");
  private static final int LONG = 12;
  private static final int PREFIX = 10;

  /** Labels of groups and headings that may directly follow a row (a row before them is blank). */
  static final List<String> FOLLOWERS =
      List.of(
          "第二十条", "收到和处理", "申请人情况", "本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理", "总计", "行政复议",
          "存在的主要问题", "其他需要报告");

  private RowKeys() {}

  /** The compact key a row's label is found by. */
  static String key(Row row) {
    String label = row.label();
    String body = NUMBERING.matcher(label).replaceFirst("");
    int bracket = firstBracket(body);
    if (bracket > 0) {
      body = body.substring(0, bracket);
    }
    String compact = TextNormaliser.compact(body);
    if (compact.equals("行政规范性文件")) {
      return "规范性文件";
    }
    if (compact.length() <= 2) {
      return TextNormaliser.compact(label);
    }
    return compact.length() > LONG ? compact.substring(0, PREFIX) : compact;
  }

  /** The whole label, compact: text tokens inside it after the key are part of the label. */
  static String full(Row row) {
    return TextNormaliser.compact(row.label());
  }

  static String caption(String caption) {
    return TextNormaliser.compact(caption);
  }

  private static int firstBracket(String s) {
    int a = s.indexOf('（');
    int b = s.indexOf('(');
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }
}
