package io.gongkai.reports.control.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report year and the text sections 一、总体情况, 五、存在的主要问题及改进情况 and 六、其他需要报告的事项. A heading
 * counts only at the start of a line or after its numbering ("五、", "5、", "（五）"), so that a sentence
 * listing the six parts is not taken for headings. Offsets are found in the normalised text and the
 * section is cut from the cleaned original. When the heading of 五 is lost (a PDF conversion may
 * drop it beside table 四) but 六's is there, 五 is the text after the last line of values of table 四,
 * and a note says so; a section not found at all is noted too.
 */
final class SectionExtractor {

  private static final String NUMBERING = "(?:[一二三四五六七八九十][、.]|\\d{1,2}[、.]|\\([一二三四五六七八九十\\d]\\))";
  private static final Pattern[] YEARS = {
    Pattern.compile("(20\\d{2})\\s*年[^。\\n]{0,30}?报"),
    Pattern.compile("统计(?:期限|时限|周期)[^。\\n]{0,12}?(20\\d{2})\\s*年"),
    Pattern.compile("(20\\d{2})\\s*年")
  };
  private static final Map<String, String> SECTIONS =
      Map.of(
          "overview", "总体情况",
          "problems", "存在的主要问题(?:及|和)?(?:改进|整改)?(?:情况|措施)?",
          "other", "其他需要报告的事项");
  private static final List<String> KEYS = List.of("overview", "problems", "other");
  private static final Map<String, String> NAMES =
      Map.of("overview", "一、总体情况", "problems", "五、存在的主要问题及改进情况", "other", "六、其他需要报告的事项");
  private static final String APPEALS = "政府信息公开行政复议";

  /** What some reports print between a heading's numbering and its title (五、政府信息公开工作存在的主要问题…). */
  private static final String WORK = "(?:政府信息公开(?:工作)?)?";

  /**
   * A line of a table's values: {@code |} cells holding only numbers, blank marks or rules; or
   * numbers and blank marks alone (not a numbering such as "1.").
   */
  private static final Pattern VALUE_LINE =
      Pattern.compile(
          "[\\s|:\\-_/—–－\\d.]*\\|[\\s|:\\-_/—–－\\d.]*"
              + "|\\s*(?:(?:\\d+(?:\\.\\d+)?|[\\-_/—–－]+)\\s*)+");

  private static final List<String> ALL_HEADINGS =
      List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", APPEALS, "存在的主要问题", "其他需要报告的事项");

  private SectionExtractor() {}

  static Integer year(String normalised) {
    for (Pattern p : YEARS) {
      Matcher m = p.matcher(normalised);
      if (m.find()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }

  static Map<String, String> sections(String cleaned, String normalised, ImportNotes notes) {
    List<int[]> headings = new ArrayList<>();
    for (String h : ALL_HEADINGS) {
      Matcher m = heading(h).matcher(normalised);
      while (m.find()) {
        headings.add(new int[] {m.start(), m.end(1)});
      }
    }
    Map<String, String> result = new LinkedHashMap<>();
    Map<String, Integer> starts = new LinkedHashMap<>();
    for (String key : KEYS) {
      Matcher m = heading(SECTIONS.get(key)).matcher(normalised);
      if (m.find()) {
        int start = m.end(1);
        int end =
            headings.stream()
                .mapToInt(h -> h[0])
                .filter(s -> s >= start)
                .min()
                .orElse(normalised.length());
        result.put(key, tidy(cleaned.substring(start, end)));
        starts.put(key, m.start());
      }
    }
    if (!result.containsKey("problems") && starts.containsKey("other")) {
      String lost = afterAppeals(cleaned, normalised, starts.get("other"));
      if (lost != null) {
        result.put("problems", lost);
        notes.add(ImportNote.info("problems", null, "reports.import.section-five-heading-lost"));
      }
    }
    KEYS.stream()
        .filter(key -> !result.containsKey(key))
        .forEach(
            key ->
                notes.add(
                    ImportNote.warning(
                        key, null, "reports.import.section-not-found", NAMES.get(key))));
    return result;
  }

  /**
   * Section 五 whose heading is lost (a PDF conversion may drop it beside the table): the text after
   * the last line of values of table 四 up to the heading of 六. Null if no line of values follows
   * the heading of table 四 there, or no text follows the values.
   */
  private static String afterAppeals(String cleaned, String normalised, int otherStart) {
    Matcher appeals = heading(APPEALS).matcher(normalised);
    int from = -1;
    while (appeals.find() && appeals.end() <= otherStart) {
      from = appeals.end();
    }
    if (from < 0) {
      return null;
    }
    int afterValues = -1;
    int lineStart = from;
    while (lineStart < otherStart) {
      int lineEnd = normalised.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 || lineEnd > otherStart ? otherStart : lineEnd;
      if (VALUE_LINE.matcher(normalised.substring(lineStart, lineEnd)).matches()) {
        afterValues = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (afterValues < 0) {
      return null;
    }
    String text = tidy(cleaned.substring(afterValues, otherStart));
    return text.isEmpty() ? null : text;
  }

  private static Pattern heading(String title) {
    return Pattern.compile(
        "(?:(?:^|\\n)[ \\t]*"
            + NUMBERING
            + "?|"
            + NUMBERING
            + ")[ \\t]*"
            + WORK
            + "("
            + title
            + ")");
  }

  private static String tidy(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace('\u00A0', ' ').replace('\u3000', ' ').split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    return String.join("\n", lines);
  }
}
