package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settles rows of table 三 whose run-together digits split in several ways that each satisfy the
 * row's own sum, using the column rules printed on the form: （七）总计 = the sum of the result rows
 * (R3) and 一 + 二 = （七）总计 + 四 (R1). A combination of readings is accepted only if it is the only one
 * for which every checkable column equation holds, and each row it settles takes part in at least
 * one checked equation. It never fills a cell the text does not hold.
 */
final class ColumnRules {

  private static final int MAX_COMBINATIONS = 5_000;

  private ColumnRules() {}

  static void resolve(
      Table table,
      ReportTables tables,
      Map<String, List<List<BigDecimal>>> ambiguous,
      ImportNotes notes) {
    List<String> keys = new ArrayList<>(ambiguous.keySet());
    long combinations = 1;
    for (String k : keys) {
      combinations *= ambiguous.get(k).size();
    }
    if (combinations > MAX_COMBINATIONS) {
      return;
    }
    List<Column> columns = table.blocks().get(0).columns();
    List<List<BigDecimal>> accepted = null;
    int passing = 0;
    for (long c = 0; c < combinations; c++) {
      List<List<BigDecimal>> choice = choose(keys, ambiguous, c);
      ReportTables trial = copy(table, tables);
      for (int i = 0; i < keys.size(); i++) {
        put(trial, table, columns, keys.get(i), choice.get(i));
      }
      if (holds(table, trial, columns, keys)) {
        passing++;
        accepted = choice;
      }
    }
    if (passing == 1) {
      for (int i = 0; i < keys.size(); i++) {
        put(tables, table, columns, keys.get(i), accepted.get(i));
        notes.remove(table.key(), keys.get(i));
        notes.add(
            ImportNote.info(table.key(), keys.get(i), "reports.import.split-by-column-totals"));
      }
    }
  }

  private static List<List<BigDecimal>> choose(
      List<String> keys, Map<String, List<List<BigDecimal>>> ambiguous, long index) {
    List<List<BigDecimal>> choice = new ArrayList<>();
    long rest = index;
    for (String k : keys) {
      List<List<BigDecimal>> options = ambiguous.get(k);
      choice.add(options.get((int) (rest % options.size())));
      rest /= options.size();
    }
    return choice;
  }

  /** Whether R3 and R1 hold in every column where they can be checked, each row taking part. */
  static boolean holds(Table table, ReportTables t, List<Column> columns, List<String> keys) {
    List<String> results =
        table.blocks().get(0).rows().stream()
            .map(Row::key)
            .filter(k -> !List.of("received", "carriedOver", "total", "carriedForward").contains(k))
            .toList();
    List<String> checked = new ArrayList<>();
    for (Column column : columns) {
      String c = column.key();
      if (allPresent(t, results, c) && has(t, "total", c)) {
        if (sum(t, results, c).compareTo(value(t, "total", c)) != 0) {
          return false;
        }
        checked.addAll(results);
        checked.add("total");
      }
      List<String> r1 = List.of("received", "carriedOver", "total", "carriedForward");
      if (allPresent(t, r1, c)) {
        if (sum(t, r1.subList(0, 2), c).compareTo(sum(t, r1.subList(2, 4), c)) != 0) {
          return false;
        }
        checked.addAll(r1);
      }
    }
    return checked.containsAll(keys);
  }

  private static boolean allPresent(ReportTables t, List<String> rows, String column) {
    return rows.stream().allMatch(r -> has(t, r, column));
  }

  private static boolean has(ReportTables t, String row, String column) {
    return t.get("requests", row, column).isPresent();
  }

  private static BigDecimal value(ReportTables t, String row, String column) {
    return t.get("requests", row, column).orElseThrow();
  }

  private static BigDecimal sum(ReportTables t, List<String> rows, String column) {
    return rows.stream().map(r -> value(t, r, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static ReportTables copy(Table table, ReportTables tables) {
    ReportTables copy = new ReportTables();
    var rows = tables.values().getOrDefault(table.key(), Map.of());
    rows.forEach((row, cells) -> cells.forEach((col, v) -> copy.put(table.key(), row, col, v)));
    return copy;
  }

  private static void put(
      ReportTables t, Table table, List<Column> columns, String row, List<BigDecimal> values) {
    for (int i = 0; i < columns.size(); i++) {
      t.put(table.key(), row, columns.get(i).key(), values.get(i));
    }
  }
}
