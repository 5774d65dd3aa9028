package io.gongkai.reports.control.importing;

import java.util.List;

/**
 * Finds labels in the token stream even where a label is split over several text tokens ("本年新" /
 * "制作数量", "（三）" / "不予公开"): the compact form of all text tokens is concatenated into one string, and
 * every token remembers where it starts in it.
 */
final class LabelIndex {

  /**
   * A label found from token {@code first} to token {@code last}, inclusive; {@code start} and
   * {@code end} are its offsets in the joined text (positions, as the readers' cursors are).
   */
  record Hit(int first, int last, int start, int end) {}

  private final List<Token> tokens;
  private final String joined;
  private final int[] starts;

  LabelIndex(List<Token> tokens) {
    this.tokens = tokens;
    this.starts = new int[tokens.size() + 1];
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = b.length();
      if (tokens.get(i).isText()) {
        b.append(TextNormaliser.compact(tokens.get(i).text()));
      }
    }
    starts[tokens.size()] = b.length();
    this.joined = b.toString();
  }

  /**
   * The token after the text tokens from {@code from} on that are the rest of a long label (e.g.
   * its bracketed explanation printed as further pieces).
   */
  int skipLabelRest(int from, String fullLabel) {
    int i = from;
    while (i < tokens.size() && tokens.get(i).isText()) {
      String part = TextNormaliser.compact(tokens.get(i).text());
      if (!part.isEmpty() && !fullLabel.contains(part)) {
        break;
      }
      i++;
    }
    return i;
  }

  List<Token> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  /** The first occurrence of {@code key} (compact) starting at positions [from, to). */
  Hit find(String key, int from, int to) {
    if (key.isEmpty() || from >= joined.length()) {
      return null;
    }
    int at = joined.indexOf(key, Math.max(from, 0));
    if (at < 0 || at >= to) {
      return null;
    }
    return new Hit(tokenAt(at), tokenAt(at + key.length() - 1), at, at + key.length());
  }

  /** The position where token {@code i} starts (the end of the text for {@code i = size()}). */
  int position(int i) {
    return starts[Math.min(i, tokens.size())];
  }

  /** The compact text at positions [from, to). */
  String text(int from, int to) {
    return joined.substring(Math.max(0, from), Math.min(Math.max(from, to), joined.length()));
  }

  /** The position of the end of the text. */
  int end() {
    return joined.length();
  }

  /** Whether {@code key} occurs at positions [from, to). */
  boolean contains(String key, int from, int to) {
    return find(key, from, to) != null;
  }

  /** The compact text of the text tokens from {@code from} up to the next value token. */
  String textFrom(int from, int maxTokens) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < tokens.size() && i < from + maxTokens && tokens.get(i).isText(); i++) {
      b.append(TextNormaliser.compact(tokens.get(i).text()));
    }
    return b.toString();
  }

  private int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    // value tokens share the start offset of the next text token: move to the text token
    while (lo < tokens.size() - 1 && !tokens.get(lo).isText()) {
      lo++;
    }
    return lo;
  }
}
