package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads table 四 from an HTML table by its header grid rather than by the order of its cells. Each
 * body cell's path is the text of the header cells above it (the rows before the first row holding
 * a number) and of the label cells left of it in its row; the path names the cell's model row
 * (行政复议, 未经复议直接起诉 or 复议后起诉) and column (结果维持 … 总计). So the three levels of header — 行政复议 / 行政诉讼 →
 * 未经复议直接起诉 / 复议后起诉 → the five results — place each value, whatever the spans, spacer columns, label
 * cells or whether the groups run across or down. The table is read only if every one of the 15
 * cells is found exactly once, each in a cell of its own, and no number stands in a cell whose path
 * names no model cell.
 */
final class AppealsGrid {

  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern BLANK = Pattern.compile("[-_/—–－]*");

  private AppealsGrid() {}

  /** The cells of table 四, by row key and column key, or empty if the grid does not give them. */
  static Optional<Map<String, Map<String, BigDecimal>>> read(HtmlGrid grid, Table table) {
    List<Row> rows = table.blocks().get(0).rows();
    List<Column> columns = table.blocks().get(0).columns();
    int firstBody = firstRowWithNumber(grid);
    if (firstBody <= 0) {
      return Optional.empty();
    }
    Map<String, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
    int found = 0;
    for (int r = firstBody; r < grid.rows(); r++) {
      for (int c = 0; c < grid.columns(); c++) {
        HtmlGrid.Cell cell = grid.at(r, c);
        if (cell == null || cell.row() != r || cell.column() != c || isLabel(cell)) {
          continue;
        }
        Set<String> path = path(grid, firstBody, r, c);
        Optional<Row> row = rows.stream().filter(x -> path.contains(key(x.label()))).findFirst();
        List<Column> named = columns.stream().filter(x -> path.contains(key(x.label()))).toList();
        long rowsNamed = rows.stream().filter(x -> path.contains(key(x.label()))).count();
        if (rowsNamed != 1 || named.size() != 1) {
          if (NUMBER.matcher(cell.text()).matches()) {
            return Optional.empty(); // a number in a column no header names
          }
          continue;
        }
        if (cell.rowSpan() > 1 || cell.columnSpan() > 1) {
          return Optional.empty(); // one value for several cells
        }
        Map<String, BigDecimal> byColumn =
            cells.computeIfAbsent(row.orElseThrow().key(), k -> new LinkedHashMap<>());
        if (byColumn.containsKey(named.get(0).key())) {
          return Optional.empty(); // two values for one cell
        }
        byColumn.put(named.get(0).key(), value(cell));
        found++;
      }
    }
    return found == rows.size() * columns.size() ? Optional.of(cells) : Optional.empty();
  }

  private static int firstRowWithNumber(HtmlGrid grid) {
    for (int r = 0; r < grid.rows(); r++) {
      for (int c = 0; c < grid.columns(); c++) {
        HtmlGrid.Cell cell = grid.at(r, c);
        if (cell != null && NUMBER.matcher(cell.text()).matches()) {
          return r;
        }
      }
    }
    return -1;
  }

  /** The header texts above slot (r, c) and the label texts left of it, compact. */
  private static Set<String> path(HtmlGrid grid, int headerRows, int r, int c) {
    Set<String> path = new LinkedHashSet<>();
    for (int h = 0; h < headerRows; h++) {
      HtmlGrid.Cell above = grid.at(h, c);
      if (above != null) {
        path.add(key(above.text()));
      }
    }
    for (int left = 0; left < c; left++) {
      HtmlGrid.Cell cell = grid.at(r, left);
      if (cell != null && isLabel(cell)) {
        path.add(key(cell.text()));
      }
    }
    return path;
  }

  private static boolean isLabel(HtmlGrid.Cell cell) {
    return !NUMBER.matcher(cell.text()).matches() && !BLANK.matcher(cell.text()).matches();
  }

  private static BigDecimal value(HtmlGrid.Cell cell) {
    return NUMBER.matcher(cell.text()).matches() ? new BigDecimal(cell.text()) : null;
  }

  private static String key(String text) {
    return TextNormaliser.compact(TextNormaliser.normalise(text));
  }
}
