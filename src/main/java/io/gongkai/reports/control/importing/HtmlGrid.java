package io.gongkai.reports.control.importing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table laid out on its grid: every cell placed at the slots its {@code rowspan} and {@code
 * colspan} cover, as a browser places it. {@link #at} gives the cell covering a slot (null where
 * the table has a hole), so a body cell can be read against the header cells above it and the label
 * cells to its left.
 */
final class HtmlGrid {

  private static final int MAX_SPAN = 50;

  /** A cell of the table: its text (compact-able), where it starts and how far it spans. */
  record Cell(String text, int row, int column, int rowSpan, int columnSpan) {}

  private final List<List<Cell>> slots = new ArrayList<>();

  private HtmlGrid() {}

  static HtmlGrid of(Element table) {
    HtmlGrid grid = new HtmlGrid();
    int r = 0;
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue;
      }
      int c = 0;
      for (Element td : tr.select("> td, > th")) {
        while (grid.at(r, c) != null) {
          c++;
        }
        int rowSpan = span(td.attr("rowspan"));
        int columnSpan = span(td.attr("colspan"));
        Cell cell = new Cell(td.text().replace('\u00A0', ' ').strip(), r, c, rowSpan, columnSpan);
        for (int dr = 0; dr < rowSpan; dr++) {
          for (int dc = 0; dc < columnSpan; dc++) {
            grid.put(r + dr, c + dc, cell);
          }
        }
        c += columnSpan;
      }
      r++;
    }
    return grid;
  }

  int rows() {
    return slots.size();
  }

  int columns() {
    return slots.stream().mapToInt(List::size).max().orElse(0);
  }

  /** The cell covering slot (r, c), or null. */
  Cell at(int r, int c) {
    if (r >= slots.size() || c >= slots.get(r).size()) {
      return null;
    }
    return slots.get(r).get(c);
  }

  private void put(int r, int c, Cell cell) {
    while (slots.size() <= r) {
      slots.add(new ArrayList<>());
    }
    List<Cell> row = slots.get(r);
    while (row.size() <= c) {
      row.add(null);
    }
    row.set(c, cell);
  }

  private static int span(String value) {
    try {
      return Math.max(1, Math.min(Integer.parseInt(value.strip()), MAX_SPAN));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
