package io.gongkai.reports.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns normalised report text into tokens, whatever the layout: one cell per line (Word), cells
 * separated by {@code |} (web pages, Markdown), whole rows on one line separated by spaces, and
 * digits run together with labels ({@code 规章000行政规范性文件…}). Page furniture and Markdown rule lines
 * are dropped.
 */
final class Tokenizer {

  private static final Pattern FURNITURE =
      Pattern.compile(
          "\\s*(第\\s*\\d+\\s*页(\\s*共\\s*\\d+\\s*页)?|-\\s*\\d+\\s*-|Page\\s+\\d+.*|P\\.\\s*\\d+"
              + "|\\d+\\s*/\\s*\\d+|\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?)\\s*");
  private static final Pattern RULE =
      Pattern.compile("\\s*\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?");
  private static final Pattern BLANK_MARK = Pattern.compile("[-_/—–－]+");
  private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");
  private static final String UNIT = "万元";

  private Tokenizer() {}

  static List<Token> tokenize(String normalised) {
    List<Token> tokens = new ArrayList<>();
    String[] lines = normalised.split("\n", -1);
    BarLayout bars = BarLayout.of(lines);
    BlankLineLayout blankLines = BlankLineLayout.of(lines);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (int k = 0; k < bars.emptyCellsAt(i); k++) {
        tokens.add(Token.blank(false).inPipeRow());
      }
      if (isFurniture(line)) {
        continue;
      }
      int first = tokens.size();
      if (line.isBlank()) {
        if (!line.isEmpty()) {
          tokens.add(Token.blank(false));
        }
      } else if (line.indexOf('|') >= 0 && isHeaderRow(line, lines, i)) {
        addHeaderCells(line, tokens);
      } else if (line.indexOf('|') >= 0) {
        addPipeCells(line, bars.inEvenGrid(i), tokens);
      } else {
        addInline(line, tokens);
      }
      if (blankLines.emptyCellsAt(i) != Token.NOT_LAID_OUT) {
        for (int t = first; t < tokens.size(); t++) {
          int empty = t == first ? blankLines.emptyCellsAt(i) : 0;
          tokens.set(t, tokens.get(t).afterEmptyCells(empty));
        }
      }
    }
    return tokens;
  }

  /** A line of page furniture (page numbers, Markdown rules), which holds no cell. */
  static boolean isFurniture(String line) {
    return FURNITURE.matcher(line).matches();
  }

  /**
   * A Markdown table's header row: the line right above a {@code |---|} rule, none of whose cells
   * is a value (a converter may make a row of values the header of a table it split).
   */
  private static boolean isHeaderRow(String line, String[] lines, int i) {
    if (i + 1 >= lines.length || !RULE.matcher(lines[i + 1]).matches()) {
      return false;
    }
    return cells(line).stream()
        .allMatch(c -> c.isBlank() || !(Figure.is(c) || BLANK_MARK.matcher(c.strip()).matches()));
  }

  private static void addHeaderCells(String line, List<Token> tokens) {
    int first = tokens.size();
    for (String cell : cells(line)) {
      tokens.add(cell.isBlank() ? Token.blank(false) : Token.headerCell(cell.strip()));
    }
    markRow(tokens, first);
  }

  private static List<String> cells(String line) {
    List<String> pieces = new ArrayList<>(List.of(line.split("\\|", -1)));
    if (pieces.get(0).isBlank()) {
      pieces.remove(0);
    }
    if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isBlank()) {
      pieces.remove(pieces.size() - 1);
    }
    return pieces;
  }

  private static void addPipeCells(String line, boolean exact, List<Token> tokens) {
    int first = tokens.size();
    for (String piece : cells(line)) {
      if (piece.isBlank()) {
        tokens.add(Token.blank(piece.isEmpty() && !exact));
      } else {
        addInline(piece, tokens);
      }
    }
    markRow(tokens, first);
  }

  /** Marks the tokens from {@code first} on as one line of {@code |}-separated cells. */
  private static void markRow(List<Token> tokens, int first) {
    for (int i = first; i < tokens.size(); i++) {
      tokens.set(i, tokens.get(i).inPipeRow());
    }
    if (tokens.size() > first) {
      tokens.set(first, tokens.get(first).startingRow());
    }
  }

  private static void addInline(String text, List<Token> tokens) {
    for (String piece : pieces(text)) {
      if (piece.isEmpty()) {
        continue;
      }
      Matcher change = Figure.CHANGE.matcher(piece);
      if (BLANK_MARK.matcher(piece).matches()) {
        tokens.add(Token.blank(false));
      } else if (change.matches()) {
        BigDecimal amount = new BigDecimal(change.group(2));
        tokens.add(
            Token.number(
                    change.group(2),
                    change.group(1).startsWith("减") ? amount.negate() : amount,
                    true)
                .alone());
      } else if (Figure.NO_CHANGE.matcher(piece).matches()) {
        tokens.add(Token.number("0", BigDecimal.ZERO, true).alone());
      } else {
        int before = tokens.size();
        splitMixed(piece, tokens);
        if (tokens.size() == before + 1 && tokens.get(before).isNumber()) {
          tokens.set(before, tokens.get(before).alone());
        }
      }
    }
  }

  /**
   * The text's pieces between spaces, except that a parenthesis closed later on the line holds its
   * spaces: a label's or header's remark wrapped by the page ("规范性文件(…意见、通 知,以及…)", "(指2020年增加或减
   * 少的事项 数,…如 -8)") is one piece, its spaces dropped, and the digits in it stay words.
   */
  private static List<String> pieces(String text) {
    String[] split = text.trim().split("\\s+");
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < split.length) {
      int depth = depth(split[from]);
      int to = from;
      while (depth > 0 && to + 1 < split.length) {
        to++;
        depth += depth(split[to]);
      }
      if (depth > 0) {
        out.add(split[from]); // never closed on this line: its spaces were separators after all
        from++;
      } else {
        out.add(String.join("", Arrays.asList(split).subList(from, to + 1)));
        from = to + 1;
      }
    }
    return out;
  }

  /** Opening parentheses less closing ones in a piece. */
  private static int depth(String piece) {
    int d = 0;
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      d += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
    }
    return d;
  }

  /** Splits a piece without spaces into text and numbers, keeping a row's "2." with its label. */
  private static void splitMixed(String piece, List<Token> tokens) {
    Matcher m = DIGITS.matcher(piece);
    int textStart = 0;
    int from = 0;
    while (m.find(from)) {
      int start = m.start();
      int end = m.end();
      if (inParentheses(piece, start, end)) {
        from = end; // 保留4位小数 in a header's "(单位:万元,保留4位小数)" is words, not a cell
        continue;
      }
      boolean numbering = m.group(1) == null && end < piece.length() && isNumberingMark(piece, end);
      int numberEnd = numbering ? end - 1 : end;
      boolean signed = signedAt(piece, start);
      if (signed && numberEnd == start) {
        signed = false;
      }
      int numberStart = signed ? start - 1 : start;
      if (numberEnd > start) {
        addText(piece.substring(textStart, numberStart), tokens);
        boolean unit = piece.startsWith(UNIT, end) && !numbering;
        String literal = piece.substring(numberStart, numberEnd);
        String digits = piece.substring(start, numberEnd);
        tokens.add(
            Token.number(
                digits,
                new BigDecimal(literal.replace("+", "")),
                signed || m.group(1) != null || unit));
        textStart = numbering ? numberEnd : (unit ? end + UNIT.length() : end);
      } else {
        addText(piece.substring(textStart, numberStart), tokens);
        textStart = numberStart;
      }
      from = numbering ? end + 1 : Math.max(end, textStart);
    }
    addText(piece.substring(textStart), tokens);
  }

  /**
   * Whether the number at {@code start} carries the sign before it: at the start of the piece
   * ({@code -1}), or glued to the figure before it, where a sign can only open the next cell
   * ({@code 行政事业性收费15-15}: 上一年 15, 本年增/减 -15).
   */
  private static boolean signedAt(String piece, int start) {
    if (start < 1 || (piece.charAt(start - 1) != '+' && piece.charAt(start - 1) != '-')) {
      return false;
    }
    return start == 1 || Character.isDigit(piece.charAt(start - 2));
  }

  /** Whether piece[start, end) stands inside a parenthesis opened before it and closed after it. */
  private static boolean inParentheses(String piece, int start, int end) {
    String after = piece.substring(end);
    return depth(piece.substring(0, start)) > 0 && (after.contains(")") || after.contains("）"));
  }

  private static boolean isNumberingMark(String piece, int end) {
    char c = piece.charAt(end);
    if (c != '.' && c != '、') {
      return false;
    }
    return end + 1 >= piece.length() || !Character.isDigit(piece.charAt(end + 1));
  }

  private static void addText(String text, List<Token> tokens) {
    if (!text.isEmpty()) {
      tokens.add(Token.text(text));
    }
  }
}
