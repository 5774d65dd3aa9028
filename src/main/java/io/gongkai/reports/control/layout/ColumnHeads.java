package io.gongkai.reports.control.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The header rows above a run of columns, from each column's path (its groups, then its label):
 * columns side by side under the same group share one {@code colgroup} cell over them; a label
 * reaches down to the last header row. An optional corner cell, above the row labels, spans every
 * header row.
 */
final class ColumnHeads {

  /** A column: the labels from the outermost group to its own, and the grid columns it covers. */
  record Leaf(List<String> path, int span) {}

  final List<List<LayoutCell>> rows = new ArrayList<>();

  /** Per column, the ids of the header cells above it, outermost first. */
  final List<List<String>> chains = new ArrayList<>();

  final String corner;

  ColumnHeads(List<Leaf> leaves, Ids ids, String cornerText, int cornerSpan) {
    int depth = leaves.stream().mapToInt(l -> l.path().size()).max().orElse(1);
    leaves.forEach(l -> chains.add(new ArrayList<>()));
    corner = cornerText == null ? null : ids.next();
    for (int level = 0; level < depth; level++) {
      List<LayoutCell> row = new ArrayList<>();
      if (level == 0 && corner != null) {
        row.add(LayoutCell.header(corner, cornerText, cornerSpan, depth, "col", List.of()));
      }
      int j = 0;
      while (j < leaves.size()) {
        List<String> path = leaves.get(j).path();
        if (level < path.size() - 1) {
          j = group(leaves, j, level, ids.next(), row);
        } else {
          if (level == path.size() - 1) {
            String id = ids.next();
            row.add(
                LayoutCell.header(
                    id, path.get(level), leaves.get(j).span(), depth - level, "col", List.of()));
            chains.get(j).add(id);
          }
          j++;
        }
      }
      rows.add(row);
    }
  }

  /** The group cell at {@code level} over leaf {@code from} and its neighbours in the group. */
  private int group(List<Leaf> leaves, int from, int level, String id, List<LayoutCell> row) {
    List<String> prefix = leaves.get(from).path().subList(0, level + 1);
    int span = 0;
    int j = from;
    while (j < leaves.size() && inGroup(leaves.get(j).path(), prefix)) {
      span += leaves.get(j).span();
      chains.get(j).add(id);
      j++;
    }
    row.add(LayoutCell.header(id, prefix.get(level), span, 1, "colgroup", List.of()));
    return j;
  }

  /** The labels from the outermost group in to {@code label}: a column's or a row's path. */
  static List<String> path(List<String> groups, String label) {
    List<String> path = new ArrayList<>(groups);
    path.add(label);
    return path;
  }

  /** Whether a path lies under the group {@code prefix} (and is not that group's own label). */
  static boolean inGroup(List<String> path, List<String> prefix) {
    return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }
}
