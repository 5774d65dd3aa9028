package io.gongkai.search.control;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text in which the only markup is {@code
 * <mark>…</mark>} around matches. Overlapping and touching matches (bigrams overlap by one
 * character) merge into one mark.
 */
final class Markup extends PassageFormatter {

  private static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int previousEnd = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > previousEnd
          || (out.length() == 0 && passage.getStartOffset() > 0)) {
        out.append(ELLIPSIS);
      }
      int pos = passage.getStartOffset();
      int n = passage.getNumMatches();
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      int i = 0;
      while (i < n) {
        int start = Math.max(starts[i], pos);
        int end = ends[i];
        i++;
        while (i < n && starts[i] <= end) {
          end = Math.max(end, ends[i]);
          i++;
        }
        if (end <= start) {
          continue;
        }
        escape(out, content, pos, start);
        out.append("<mark>");
        escape(out, content, start, end);
        out.append("</mark>");
        pos = end;
      }
      escape(out, content, pos, passage.getEndOffset());
      previousEnd = passage.getEndOffset();
    }
    if (passages.length > 0 && previousEnd < content.length()) {
      out.append(ELLIPSIS);
    }
    return out.toString();
  }

  static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    escape(out, text, 0, text.length());
    return out.toString();
  }

  private static void escape(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == '\n' || c == '\r' || c == '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
