package io.gongkai.reports.entity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a report: table key → row key → column key → value. A present cell with a {@code
 * null} value is blank; an absent row or cell was not given at all. Insertion order is kept so the
 * JSON reads in the form's order.
 */
public final class ReportTables {

  private final Map<String, Map<String, Map<String, BigDecimal>>> values;

  public ReportTables() {
    this(new LinkedHashMap<>());
  }

  public ReportTables(Map<String, Map<String, Map<String, BigDecimal>>> values) {
    this.values = values == null ? new LinkedHashMap<>() : values;
  }

  public Map<String, Map<String, Map<String, BigDecimal>>> values() {
    return values;
  }

  /** Sets a cell; {@code value} null makes it blank. */
  public void put(String table, String row, String column, BigDecimal value) {
    values
        .computeIfAbsent(table, t -> new LinkedHashMap<>())
        .computeIfAbsent(row, r -> new LinkedHashMap<>())
        .put(column, value);
  }

  public boolean hasRow(String table, String row) {
    return values.containsKey(table) && values.get(table).containsKey(row);
  }

  public boolean hasCell(String table, String row, String column) {
    return hasRow(table, row) && values.get(table).get(row).containsKey(column);
  }

  /** The value of a present, non-blank cell. */
  public Optional<BigDecimal> get(String table, String row, String column) {
    if (!hasCell(table, row, column)) {
      return Optional.empty();
    }
    return Optional.ofNullable(values.get(table).get(row).get(column));
  }
}
