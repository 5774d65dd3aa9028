package io.gongkai.reports.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a 总体情况 quotes about proactive disclosure, e.g. "主动公开政府信息112条，其中领导分工2条， 人事任免1条…": the
 * total and its parts, for rule R8.
 */
public record OverviewFigures(int total, Map<String, Integer> parts) {

  private static final Pattern TOTAL = Pattern.compile("主动公开(?:政府)?信息\\s*(\\d+)\\s*条");
  private static final Pattern PART = Pattern.compile("([\\p{IsHan}]{2,12}?)\\s*(\\d+)\\s*条");

  /** The figures of the first sentence that quotes a total, if any. */
  public static Optional<OverviewFigures> find(String overview) {
    if (overview == null) {
      return Optional.empty();
    }
    String text = overview.replaceAll("<[^>]+>", "");
    Matcher total = TOTAL.matcher(text);
    if (!total.find()) {
      return Optional.empty();
    }
    int end = sentenceEnd(text, total.end());
    String rest = text.substring(total.end(), end);
    int among = rest.indexOf("其中");
    Map<String, Integer> parts = new LinkedHashMap<>();
    if (among >= 0) {
      Matcher part = PART.matcher(rest.substring(among + 2));
      while (part.find()) {
        parts.put(part.group(1), Integer.parseInt(part.group(2)));
      }
    }
    return Optional.of(new OverviewFigures(Integer.parseInt(total.group(1)), parts));
  }

  public int sumOfParts() {
    return parts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static int sentenceEnd(String text, int from) {
    int end = text.indexOf('。', from);
    int line = text.indexOf('\n', from);
    if (end < 0 || (line >= 0 && line < end)) {
      end = line;
    }
    return end < 0 ? text.length() : end;
  }
}
