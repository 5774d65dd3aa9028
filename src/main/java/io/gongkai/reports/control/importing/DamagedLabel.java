package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * A row of table 三 whose label lost characters in a conversion ("2.其他法律行政止公开" for "2.其他法律行政法规禁止公开":
 * a PDF's text layer dropped 法规禁), so the row's key is not found. Its figures are the ones between
 * the row before it and the label of the row after it, in the format's order; they are taken only
 * where exactly one piece of text and one row of figures stand there, the text keeps at least half
 * of the label's characters in order, and the figures fill the columns and agree with the sum rule.
 * Otherwise the row stays absent.
 */
final class DamagedLabel {

  /** The share of the label's characters the damaged text must keep, in order. */
  private static final double KEPT = 0.5;

  private DamagedLabel() {}

  /**
   * The row's cells from tokens [from, to) — after the previous row's figures, up to the next row's
   * label — or null when they are not certainly this row's.
   */
  static List<BigDecimal> cells(
      List<Token> tokens,
      int from,
      int to,
      Row row,
      int columns,
      Predicate<List<BigDecimal>> rule) {
    int i = from;
    StringBuilder text = new StringBuilder();
    while (i < to && tokens.get(i).isText()) {
      text.append(TextNormaliser.compact(tokens.get(i).text()));
      i++;
    }
    List<Token> run = tokens.subList(i, to);
    if (text.isEmpty()
        || run.size() != columns
        || !run.stream().allMatch(Token::isNumber)
        || run.stream().anyMatch(Token::collapsed)) {
      return null;
    }
    String label = TextNormaliser.compact(row.label());
    if (kept(text.toString(), label) < KEPT * label.length()) {
      return null;
    }
    List<BigDecimal> values = run.stream().map(Token::value).toList();
    return rule.test(values) ? values : null;
  }

  /** How many characters of {@code label} the text keeps in order (longest common subsequence). */
  static int kept(String text, String label) {
    int[] previous = new int[label.length() + 1];
    for (int a = 0; a < text.length(); a++) {
      int[] current = new int[label.length() + 1];
      for (int b = 0; b < label.length(); b++) {
        current[b + 1] =
            text.charAt(a) == label.charAt(b)
                ? previous[b] + 1
                : Math.max(previous[b + 1], current[b]);
      }
      previous = current;
    }
    return previous[label.length()];
  }
}
