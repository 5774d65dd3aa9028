package io.gongkai.reports.control.importing;

import java.math.BigDecimal;

/**
 * One unit of the normalised text: a run of label text, a number, or a cell that is explicitly
 * blank. {@code collapsed} marks blanks from adjacent separators ({@code ||}) whose count cannot be
 * trusted; {@code atomic} marks numbers that must not be split into run-together cells (signed,
 * decimal or with a unit); {@code piped} marks tokens from a line of {@code |}-separated cells, and
 * {@code rowStart} the first token of such a line; {@code header} marks a whole cell of a Markdown
 * table's header row, kept as one text token even when it holds digits ({@code 数据1}); {@code
 * standalone} marks a number that stood alone between separators (a whole cell as written), not
 * glued to its label or to other digits ({@code 规章000}); {@code emptyCellsBefore} counts the empty
 * cells that extra empty lines right before the token stand for where the text is laid out one cell
 * per line ({@link BlankLineLayout}), -1 on a line outside such a layout. They stay on the token
 * rather than becoming tokens of their own because only a row whose columns they then fill exactly
 * reads them.
 */
record Token(
    Kind kind,
    String text,
    BigDecimal value,
    boolean collapsed,
    boolean atomic,
    boolean piped,
    boolean rowStart,
    boolean header,
    boolean standalone,
    int emptyCellsBefore) {

  /** {@link #emptyCellsBefore()} of a token whose line is not laid out one cell per line. */
  static final int NOT_LAID_OUT = -1;

  enum Kind {
    TEXT,
    NUMBER,
    BLANK
  }

  static Token text(String text) {
    return new Token(Kind.TEXT, text, null, false, false, false, false, false, false, NOT_LAID_OUT);
  }

  static Token number(String digits, BigDecimal value, boolean atomic) {
    return new Token(
        Kind.NUMBER, digits, value, false, atomic, false, false, false, false, NOT_LAID_OUT);
  }

  /** The same number, marked as having stood alone between separators. */
  Token alone() {
    return new Token(
        kind, text, value, collapsed, atomic, piped, rowStart, header, true, emptyCellsBefore);
  }

  static Token blank(boolean collapsed) {
    return new Token(
        Kind.BLANK, "", null, collapsed, false, false, false, false, false, NOT_LAID_OUT);
  }

  /** The same token, on a line of one cell per line, after {@code k} empty cells (extra lines). */
  Token afterEmptyCells(int k) {
    return new Token(kind, text, value, collapsed, atomic, piped, rowStart, header, standalone, k);
  }

  /** The same token, marked as coming from a line of {@code |}-separated cells. */
  Token inPipeRow() {
    return new Token(
        kind, text, value, collapsed, atomic, true, rowStart, header, standalone, emptyCellsBefore);
  }

  /** The same token, marked as the first of a line of {@code |}-separated cells. */
  Token startingRow() {
    return new Token(
        kind, text, value, collapsed, atomic, piped, true, header, standalone, emptyCellsBefore);
  }

  /** A whole cell of a Markdown table's header row (the row above its {@code |---|} rule). */
  static Token headerCell(String text) {
    return new Token(Kind.TEXT, text, null, false, false, false, false, true, false, NOT_LAID_OUT);
  }

  boolean isText() {
    return kind == Kind.TEXT;
  }

  boolean isValue() {
    return kind != Kind.TEXT;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }
}
