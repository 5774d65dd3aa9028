package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block of table 二 whose labels and values a PDF extraction interleaved in reading order: a label
 * in a taller cell is read after the numbers of its row ({@code 0 0 0 / 规章 / 行政规范性文件 / 88 55 698}).
 * Reading each label with the values after it would then take a row for blank and give its numbers
 * to the wrong row.
 *
 * <p>The block's segment runs from its header row (the labels of all its columns, in order) to the
 * next caption or header row. It counts as interleaved when the labels of all its rows are there,
 * and a number stands before the first of them, or after a label beyond one value per column (blank
 * cells alone do not count: one-cell-per-line text has stray blank lines). Each row then takes
 * exactly one cell per column, standing right before or right after its label with nothing between;
 * every value of the segment must go to a row. On such a path the assignment, when there is one, is
 * forced (a run of values that does not follow a label must precede the next one), so it is unique;
 * when there is none, no row of the block is read.
 */
final class InterleavedBlock {

  private static final int HEADER_PREFIX = 6;
  private static final List<String> BOUNDARIES = List.of("第二十条", "信息内容", "收到和处理");

  /** What the block's segment holds: not interleaved, read, or interleaved beyond certainty. */
  enum Kind {
    NOT_INTERLEAVED,
    READ,
    UNCERTAIN
  }

  /** The outcome; {@code end} is the position where the segment ends. */
  record Reading(Kind kind, Map<Row, List<Token>> cells, Map<Row, Integer> labels, int end) {}

  private sealed interface Item permits Label, Cell, Barrier {}

  private record Label(Row row, int position) implements Item {}

  private record Cell(Token token) implements Item {}

  private record Barrier() implements Item {}

  private InterleavedBlock() {}

  static Reading read(LabelIndex index, Block block, int from, int to) {
    Reading none = new Reading(Kind.NOT_INTERLEAVED, Map.of(), Map.of(), from);
    int cursor = from;
    LabelIndex.Hit header = null;
    for (Column column : block.columns()) {
      header = index.find(prefix(column), cursor, to);
      if (header == null) {
        return none;
      }
      cursor = header.end();
    }
    int end = segmentEnd(index, header.end(), to);
    int endToken = endToken(index, header.last() + 1, end);
    if (index.tokens().subList(header.last() + 1, endToken).stream().anyMatch(Token::piped)) {
      return none; // cells in | rows stand in their rows: not a reading-order extraction
    }
    List<Item> items = items(index, block, header.last() + 1, endToken, end);
    int n = block.columns().size();
    if (items.stream().filter(Label.class::isInstance).count() < block.rows().size()
        || !interleaved(items, n)) {
      return none;
    }
    Map<Row, Integer> labels = new LinkedHashMap<>();
    items.stream()
        .filter(Label.class::isInstance)
        .map(Label.class::cast)
        .forEach(l -> labels.put(l.row(), l.position()));
    Map<Row, List<Token>> cells = assign(items, n);
    return cells == null
        ? new Reading(Kind.UNCERTAIN, Map.of(), labels, end)
        : new Reading(Kind.READ, cells, labels, end);
  }

  private static int segmentEnd(LabelIndex index, int from, int to) {
    int end = to;
    for (String boundary : BOUNDARIES) {
      LabelIndex.Hit hit = index.find(boundary, from, to);
      if (hit != null && hit.start() < end) {
        end = hit.start();
      }
    }
    return end;
  }

  /**
   * The first token at or after position {@code end} that is text (values before it are inside).
   */
  private static int endToken(LabelIndex index, int fromToken, int end) {
    List<Token> tokens = index.tokens();
    int i = fromToken;
    while (i < tokens.size() && (tokens.get(i).isValue() || index.position(i) < end)) {
      i++;
    }
    return i;
  }

  /**
   * The labels of the block's rows (in the format's order), values and other text in the segment.
   */
  private static List<Item> items(
      LabelIndex index, Block block, int fromToken, int endToken, int to) {
    List<Token> tokens = index.tokens();
    Map<Integer, Row> labelStarts = new LinkedHashMap<>();
    Map<Integer, Integer> labelEnds = new LinkedHashMap<>();
    int cursor = index.position(fromToken);
    for (Row row : block.rows()) {
      LabelIndex.Hit hit = index.find(RowKeys.key(row), cursor, to);
      if (hit != null) {
        labelStarts.put(hit.first(), row);
        labelEnds.put(hit.first(), hit.last());
        cursor = hit.end();
      }
    }
    List<Item> items = new ArrayList<>();
    int i = fromToken;
    while (i < endToken) {
      Token t = tokens.get(i);
      if (labelStarts.containsKey(i)) {
        Row row = labelStarts.get(i);
        items.add(new Label(row, index.position(i)));
        i = index.skipLabelRest(labelEnds.get(i) + 1, RowKeys.full(row));
      } else if (t.isValue()) {
        items.add(new Cell(t));
        i++;
      } else {
        if (!TextNormaliser.compact(t.text()).isEmpty()) {
          items.add(new Barrier());
        }
        i++;
      }
    }
    return items;
  }

  /** A number before the first label, or after a label beyond one value per column. */
  private static boolean interleaved(List<Item> items, int n) {
    boolean labelSeen = false;
    int run = 0;
    for (Item item : items) {
      if (item instanceof Cell cell) {
        if (!labelSeen && cell.token().isNumber()) {
          return true;
        }
        run++;
        if (labelSeen && run > n && cell.token().isNumber()) {
          return true;
        }
      } else {
        labelSeen |= item instanceof Label;
        run = 0;
      }
    }
    return false;
  }

  /** The forced assignment of n adjacent cells to each label, or null if there is none. */
  private static Map<Row, List<Token>> assign(List<Item> items, int n) {
    Map<Row, List<Token>> cells = new LinkedHashMap<>();
    int i = 0;
    while (i < items.size()) {
      Item item = items.get(i);
      if (item instanceof Barrier) {
        i++;
      } else if (item instanceof Label label) {
        List<Token> after = cellsAt(items, i + 1, n);
        if (after == null) {
          return null;
        }
        cells.put(label.row(), after);
        i += n + 1;
      } else {
        List<Token> before = cellsAt(items, i, n);
        if (before == null || i + n >= items.size() || !(items.get(i + n) instanceof Label label)) {
          return null;
        }
        cells.put(label.row(), before);
        i += n + 1;
      }
    }
    return cells.isEmpty()
            || cells.values().stream().flatMap(List::stream).anyMatch(Token::collapsed)
        ? null
        : cells;
  }

  private static List<Token> cellsAt(List<Item> items, int from, int n) {
    if (from + n > items.size()) {
      return null;
    }
    List<Token> cells = new ArrayList<>();
    for (int k = from; k < from + n; k++) {
      if (!(items.get(k) instanceof Cell cell)) {
        return null;
      }
      cells.add(cell.token());
    }
    return cells;
  }

  private static String prefix(Column column) {
    String compact = TextNormaliser.compact(column.label());
    return compact.substring(0, Math.min(HEADER_PREFIX, compact.length()));
  }
}
