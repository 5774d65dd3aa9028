package io.gongkai.reports.control.layout;

import io.gongkai.reports.entity.ReportFormat.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * The label cells on the left of a block's rows: a row's groups nest from the outside in (三、本年度办理结果
 * → （三）不予公开 → 1.属于国家秘密), each group cell spanning the rows under it, and the row's own label
 * filling the label columns left over. Every label names the corner above it as its header.
 */
final class RowLabels {

  private final List<Row> rows;
  private final int width;
  private final Ids ids;
  private final List<String> corner;
  private final List<String> open = new ArrayList<>();

  RowLabels(List<Row> rows, int width, Ids ids, String corner) {
    this.rows = rows;
    this.width = width;
    this.ids = ids;
    this.corner = corner == null ? List.of() : List.of(corner);
  }

  /** Adds row {@code i}'s label cells to {@code cells}; returns their ids, outermost first. */
  List<String> cells(int i, List<LayoutCell> cells) {
    List<String> path = path(rows.get(i));
    List<String> chain = new ArrayList<>();
    for (int level = 0; level < path.size() - 1; level++) {
      List<String> prefix = path.subList(0, level + 1);
      if (i == 0 || !ColumnHeads.inGroup(path(rows.get(i - 1)), prefix)) {
        String id = ids.next();
        cells.add(
            LayoutCell.header(id, path.get(level), 1, runFrom(i, prefix), "rowgroup", corner));
        setOpen(level, id);
      }
      chain.add(open.get(level));
    }
    String id = ids.next();
    int level = path.size() - 1;
    cells.add(LayoutCell.header(id, path.get(level), width - level, 1, "row", corner));
    chain.add(id);
    return chain;
  }

  private int runFrom(int i, List<String> prefix) {
    int end = i;
    while (end < rows.size() && ColumnHeads.inGroup(path(rows.get(end)), prefix)) {
      end++;
    }
    return end - i;
  }

  private void setOpen(int level, String id) {
    while (open.size() <= level) {
      open.add(null);
    }
    open.set(level, id);
  }

  private static List<String> path(Row row) {
    return ColumnHeads.path(row.groups(), row.label());
  }

  /** The label columns a table needs: its deepest row's groups and label. */
  static int depth(List<Row> rows) {
    return rows.stream().mapToInt(r -> r.groups().size() + 1).max().orElse(1);
  }
}
