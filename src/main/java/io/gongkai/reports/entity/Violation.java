package io.gongkai.reports.entity;

import java.math.BigDecimal;

/**
 * One breach of a consistency rule: where (table, row, column with their Chinese labels), what was
 * expected and found, which rule and how grave. {@code expected} and {@code actual} are null when
 * the finding is about a blank or missing cell.
 */
public record Violation(
    String rule,
    Severity severity,
    String table,
    String row,
    String column,
    String tableLabel,
    String rowLabel,
    String columnLabel,
    BigDecimal expected,
    BigDecimal actual,
    String message) {

  /** Errors stop publication; warnings are shown and allowed. */
  public enum Severity {
    ERROR,
    WARNING
  }
}
