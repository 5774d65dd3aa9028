package io.gongkai.reports.control.importing;

import java.util.regex.Pattern;

/**
 * What a report's cell holds when it holds a figure: a number, signed or not, with or without its
 * unit (0, 12.5, -3, 3万元); a change written with a word (本年增/减 as 增1558, 减38, 减少38); or no change
 * written in words (未增未减). Both the tokenizer and the reading of lone bars ({@link BarLayout}) go
 * by it.
 */
final class Figure {

  /** A change written with a word: signed, one whole cell. Group 1 the word, group 2 the amount. */
  static final Pattern CHANGE = Pattern.compile("(增加?|减少?)(\\d+(\\.\\d+)?)");

  /** No change, written in words: 0. */
  static final Pattern NO_CHANGE = Pattern.compile("未增未减|未增减|无增减|持平");

  private static final Pattern NUMBER =
      Pattern.compile("[+\\-−]?\\s*\\d+(\\.\\d+)?\\s*(万元|元|件|个|项)?");

  private Figure() {}

  /** Whether a cell's text (without its bars) is a figure rather than a label. */
  static boolean is(String cell) {
    String text = cell.strip();
    return NUMBER.matcher(text).matches()
        || CHANGE.matcher(text).matches()
        || NO_CHANGE.matcher(text).matches();
  }
}
