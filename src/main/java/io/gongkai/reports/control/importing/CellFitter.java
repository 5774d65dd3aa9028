package io.gongkai.reports.control.importing;

import io.gongkai.platform.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Places the values that follow a row label into the row's columns. It only accepts a reading that
 * is certain: as many cells as columns, or digits run together that split in exactly one way that
 * the table's sum rule confirms, or that split in one way only whatever the rule says (a report
 * whose own sum is wrong: read as printed, with a caveat), or a row cut off by the end of the input
 * (read left to right). Anything else is refused with a reason, and the cells stay absent.
 */
final class CellFitter {

  /**
   * The outcome: the values in column order (null = blank; fewer than n when cut off), or why not.
   */
  record Fit(
      List<BigDecimal> values,
      boolean partial,
      Message problem,
      List<List<BigDecimal>> candidates) {

    Fit(List<BigDecimal> values, boolean partial, Message problem) {
      this(values, partial, problem, List.of());
    }

    static Fit refused(Message problem) {
      return new Fit(null, false, problem);
    }

    /**
     * Digits run together that can be cut into n cells in one way only (n digits for n columns),
     * whatever the sum rule says: the reading is certain, and the sum it breaks is the report's own
     * error, which the checks then show. {@link #caveat()} says so.
     */
    static Fit againstTheRule(List<BigDecimal> values) {
      return new Fit(values, false, Message.of("reports.import.split-only-way"));
    }

    /** What the editor should check in a reading that was made ({@code null} if nothing). */
    Message caveat() {
      return ok() ? problem : null;
    }

    boolean ok() {
      return values != null;
    }
  }

  /**
   * The rule of a table whose rows have no sum (table 二): nothing confirms a split, so digits are
   * only split where they are glued to their label in one piece ({@code 规章000}). A number that
   * stood alone between separators, with a column too few, is a whole cell next to a blank cell the
   * separators lost ({@code 71⇥⇥0}, {@code 收费⇥75⇥}), and which column was blank is not known.
   */
  static final Predicate<List<BigDecimal>> NO_RULE = values -> true;

  private static final int MAX_LEAVES = 200_000;
  private static final int MAX_CANDIDATES = 12;

  private CellFitter() {}

  static Fit fit(List<Token> run, int n, boolean cutOff, Predicate<List<BigDecimal>> rule) {
    List<Token> cells = new ArrayList<>(run);
    if (cells.stream().noneMatch(Token::isNumber)) {
      return new Fit(Collections.nCopies(n, null), false, null);
    }
    while (cells.size() > n && !cells.get(cells.size() - 1).isNumber()) {
      cells.remove(cells.size() - 1);
    }
    if (cells.size() > n) {
      return Fit.refused(Message.of("reports.import.fit.too-many", cells.size(), n));
    }
    boolean collapsed = cells.stream().anyMatch(Token::collapsed);
    if (cells.size() == n) {
      return collapsed ? Fit.refused(Message.of("reports.import.fit.merged")) : exact(cells);
    }
    List<List<BigDecimal>> splits = List.of();
    if (cells.stream().allMatch(Token::isNumber)
        && (rule != NO_RULE || (cells.size() == 1 && !cells.get(0).standalone()))) {
      splits = splits(cells, n, rule);
      if (splits.size() == 1) {
        return new Fit(splits.get(0), false, null);
      }
      if (splits.isEmpty() && rule != NO_RULE) {
        List<List<BigDecimal>> only = splits(cells, n, NO_RULE);
        if (only.size() == 1) {
          return Fit.againstTheRule(only.get(0));
        }
      }
    }
    if (cutOff && !collapsed) {
      while (!cells.get(cells.size() - 1).isNumber()) {
        cells.remove(cells.size() - 1);
      }
      return new Fit(exact(cells).values(), true, null);
    }
    return new Fit(
        null, false, Message.of("reports.import.fit.run-together", cells.size(), n), splits);
  }

  /**
   * A row's cells with the empty cells of a one-cell-per-line layout among them ({@link
   * BlankLineLayout}): read as they stand where they are exactly n, hold a figure and satisfy the
   * rule with their blanks counting 0 (a blank beside a total that sums the others); read left to
   * right, as a row cut off, where the text ends inside the row. Empty otherwise.
   */
  static Optional<Fit> withEmptyCells(
      List<Token> cells, int n, boolean cutOff, Predicate<List<BigDecimal>> rule) {
    List<BigDecimal> values = exact(cells).values();
    List<BigDecimal> blanksAsZero =
        values.stream().map(v -> v == null ? BigDecimal.ZERO : v).toList();
    if (cells.size() == n && cells.stream().anyMatch(Token::isNumber) && rule.test(blanksAsZero)) {
      return Optional.of(new Fit(values, false, null));
    }
    if (cutOff && !cells.isEmpty() && cells.size() < n) {
      return Optional.of(new Fit(values, true, null));
    }
    return Optional.empty();
  }

  private static Fit exact(List<Token> cells) {
    List<BigDecimal> values = new ArrayList<>();
    for (Token t : cells) {
      values.add(t.isNumber() ? t.value() : null);
    }
    return new Fit(values, false, null);
  }

  /** The ways to cut the digit runs into n cells that satisfy the rule; empty if too many. */
  static List<List<BigDecimal>> splits(
      List<Token> numbers, int n, Predicate<List<BigDecimal>> rule) {
    Search s = new Search(numbers, n, rule);
    s.run(0, new ArrayList<>());
    return s.exhausted || s.found.size() > MAX_CANDIDATES ? List.of() : s.found;
  }

  private static final class Search {
    private final List<Token> numbers;
    private final int n;
    private final Predicate<List<BigDecimal>> rule;
    private final List<List<BigDecimal>> found = new ArrayList<>();
    private int leaves;
    private boolean exhausted;

    Search(List<Token> numbers, int n, Predicate<List<BigDecimal>> rule) {
      this.numbers = numbers;
      this.n = n;
      this.rule = rule;
    }

    void run(int index, List<BigDecimal> acc) {
      if (found.size() > MAX_CANDIDATES || exhausted) {
        return;
      }
      if (index == numbers.size()) {
        if (++leaves > MAX_LEAVES) {
          exhausted = true;
        } else if (acc.size() == n && rule.test(acc)) {
          found.add(new ArrayList<>(acc));
        }
        return;
      }
      Token t = numbers.get(index);
      if (t.atomic()) {
        acc.add(t.value());
        run(index + 1, acc);
        acc.remove(acc.size() - 1);
      } else {
        int after = numbers.size() - index - 1;
        cut(t.text(), 0, n - acc.size() - after, index, acc);
      }
    }

    /** Cuts digits[from..] into at most maxParts numbers (no leading zeros), then goes on. */
    private void cut(String digits, int from, int maxParts, int index, List<BigDecimal> acc) {
      if (from == digits.length()) {
        run(index + 1, acc);
        return;
      }
      if (maxParts <= 0 || exhausted || found.size() > MAX_CANDIDATES) {
        return;
      }
      if (++leaves > MAX_LEAVES) {
        exhausted = true;
        return;
      }
      int longest = digits.charAt(from) == '0' ? 1 : digits.length() - from;
      for (int len = 1; len <= longest; len++) {
        acc.add(new BigDecimal(digits.substring(from, from + len)));
        cut(digits, from + len, maxParts - 1, index, acc);
        acc.remove(acc.size() - 1);
      }
    }
  }
}
