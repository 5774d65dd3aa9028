package io.gongkai.reports.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: the cells an import read in one row, in column order (null = blank). */
final class ReadRows {

  private ReadRows() {}

  static List<BigDecimal> row(ImportResult result, String table, String row) {
    Map<String, Map<String, BigDecimal>> rows = result.tables().values().get(table);
    Map<String, BigDecimal> cells = rows == null ? null : rows.get(row);
    return cells == null ? List.of() : new ArrayList<>(cells.values());
  }

  static List<BigDecimal> nums(Integer... values) {
    List<BigDecimal> list = new ArrayList<>();
    for (Integer v : values) {
      list.add(v == null ? null : BigDecimal.valueOf(v));
    }
    return list;
  }
}
