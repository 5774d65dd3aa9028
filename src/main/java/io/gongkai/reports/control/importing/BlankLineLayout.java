package io.gongkai.reports.control.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What runs of empty lines say about empty cells, the counterpart of {@link BarLayout} for a text
 * laid out one cell per line with one empty line between cells (a Word table pasted as paragraphs).
 * There an empty cell leaves no line of its own, only one empty line more: a label, two empty lines
 * and "5" are the label, one empty cell and 5.
 *
 * <p>The layout is taken from the text's own lines: a stretch of single-cell lines, no two of them
 * adjacent, most of them one empty line apart. Within it, a run of k + 1 empty lines before a line
 * stands for k empty cells. These cells are only a reading: a spare page column or a paragraph's
 * spacing looks the same, so they stay on the next token ({@link Token#emptyCellsBefore()}) and a
 * row takes them only where its cells then fill its columns exactly ({@link #cells}, {@link
 * TableReader}).
 */
final class BlankLineLayout {

  /** Gaps a stretch needs before its statistics say anything. */
  private static final int MIN_GAPS = 12;

  /** Share of a stretch's gaps that must be exactly one empty line (the separator). */
  private static final double SEPARATOR_SHARE = 0.75;

  private final int[] emptyCellsBefore;

  private BlankLineLayout(int lines) {
    emptyCellsBefore = new int[lines];
    Arrays.fill(emptyCellsBefore, Token.NOT_LAID_OUT);
  }

  static BlankLineLayout of(String[] lines) {
    BlankLineLayout layout = new BlankLineLayout(lines.length);
    List<Integer> stretch = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      boolean cell = isCell(lines[i]);
      boolean adjacent = !stretch.isEmpty() && stretch.get(stretch.size() - 1) == i - 1;
      if (!cell || adjacent) {
        layout.readStretch(stretch);
        stretch.clear();
      }
      if (cell) {
        stretch.add(i);
      }
    }
    layout.readStretch(stretch);
    return layout;
  }

  /**
   * Empty cells that the run of empty lines right before line {@code i} stands for; {@link
   * Token#NOT_LAID_OUT} where line {@code i} is not one cell of a one-cell-per-line stretch.
   */
  int emptyCellsAt(int i) {
    return emptyCellsBefore[i];
  }

  /** {@code lines} holds the indices of a stretch's lines, each at least one empty line apart. */
  private void readStretch(List<Integer> lines) {
    int gaps = lines.size() - 1;
    if (gaps < MIN_GAPS) {
      return;
    }
    int single = 0;
    for (int k = 1; k < lines.size(); k++) {
      single += lines.get(k) - lines.get(k - 1) == 2 ? 1 : 0;
    }
    if (single < SEPARATOR_SHARE * gaps) {
      return;
    }
    emptyCellsBefore[lines.get(0)] = 0;
    for (int k = 1; k < lines.size(); k++) {
      emptyCellsBefore[lines.get(k)] = lines.get(k) - lines.get(k - 1) - 2;
    }
  }

  /**
   * A line that is one cell: no bars (those are {@link BarLayout}'s), no page furniture, and not a
   * row written on one line ("规章 0 0 0"), whose empty lines around would be between rows.
   */
  private static boolean isCell(String line) {
    if (line.indexOf('|') >= 0 || Tokenizer.isFurniture(line)) {
      return false;
    }
    String[] pieces = line.strip().split("\\s+");
    return pieces.length == 1 || Arrays.stream(pieces).noneMatch(Figure::is);
  }

  /**
   * The cells of a row whose values are {@code tokens[start, end)}, with the empty cells that extra
   * empty lines stand for in their places: before each value, and after the last one (on the token
   * that follows the row). Where the text ends inside the row, a blank at its end may be a cell cut
   * at its first character (" " of " 0"), so the row stops before it, keeping the empty cells
   * before it: the line that follows closed their run. Null when no empty line stands for a cell
   * here, or when a value of the row is no line of the layout (the row is not laid out this way).
   */
  static List<Token> cells(List<Token> tokens, int start, int end, boolean cutOff) {
    int last = end;
    while (cutOff && last > start && !tokens.get(last - 1).isNumber()) {
      last--;
    }
    List<Token> cells = new ArrayList<>();
    boolean spaced = false;
    for (int i = start; i <= last && i < tokens.size(); i++) {
      int empty = tokens.get(i).emptyCellsBefore();
      if (empty == Token.NOT_LAID_OUT && i < last) {
        return null;
      }
      empty = Math.max(empty, 0); // the token after the row may stand outside the layout
      spaced |= empty > 0;
      cells.addAll(Collections.nCopies(empty, Token.blank(false)));
      if (i < last) {
        cells.add(tokens.get(i));
      }
    }
    return spaced ? cells : null;
  }
}
