package io.gongkai.reports.control.importing;

import java.util.List;

/**
 * Which format a table is printed in, from its headers and rows (not from the year: reports of 2021
 * onwards sometimes still use the 2019 form).
 */
final class FormatDetector {

  private static final List<String> PROACTIVE_2021 =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额");
  private static final List<String> PROACTIVE_2019 =
      List.of(
          "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额", "政府集中采购", "其他对外管理服务事项");
  private static final List<String> REQUESTS_2021 = List.of("逾期不补正", "逾期未按收费通知", "缴纳费用");

  private FormatDetector() {}

  /** "2019", "2021" or null, from table 二's headers at positions [from, to). */
  static String proactive(LabelIndex index, int from, int to) {
    long new2021 = PROACTIVE_2021.stream().filter(k -> index.contains(k, from, to)).count();
    long old2019 = PROACTIVE_2019.stream().filter(k -> index.contains(k, from, to)).count();
    if (new2021 == old2019) {
      return null;
    }
    return new2021 > old2019 ? "2021" : "2019";
  }

  /** "2019", "2021" or null, from how table 三 prints （六）其他处理 at positions [from, to). */
  static String requests(LabelIndex index, int from, int to) {
    if (REQUESTS_2021.stream().anyMatch(k -> index.contains(k, from, to))) {
      return "2021";
    }
    LabelIndex.Hit other = index.find("其他处理", from, to);
    if (other == null) {
      return null;
    }
    List<Token> tokens = index.tokens();
    for (int i = other.last() + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isNumber()) {
        return "2019";
      }
      if (t.isText() && !TextNormaliser.compact(t.text()).isEmpty()) {
        return TextNormaliser.compact(t.text()).startsWith("七总计") ? "2019" : null;
      }
    }
    return null;
  }
}
