package io.gongkai.reports.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Puts a proposed statistics sentence into a 总体情况: replacing the one it quotes, or as a new first
 * paragraph.
 */
final class DerivedText {

  private static final Pattern SENTENCE =
      Pattern.compile("[^。<>]*主动公开(?:政府)?信息\\s*\\d+\\s*条[^。<]*。?");

  private DerivedText() {}

  static String withSentence(String overview, String sentence) {
    String escaped = Entities.escape(sentence);
    if (overview == null || overview.isBlank()) {
      return "<p>" + escaped + "</p>";
    }
    Matcher m = SENTENCE.matcher(overview);
    if (m.find()) {
      return overview.substring(0, m.start()) + escaped + overview.substring(m.end());
    }
    return "<p>" + escaped + "</p>" + overview;
  }
}
