package io.gongkai.reports.entity;

import java.util.List;
import java.util.Optional;

/**
 * One national format of the annual report: its tables, in official order, with the exact Chinese
 * labels and the stable JSON keys. A future revision of the form is one more instance in {@link
 * ReportFormats}, not new code.
 */
public record ReportFormat(
    String id, String basis, int firstYear, int lastYear, List<Table> tables) {

  /** A column: its JSON key, label and the labels of the header groups above it. */
  public record Column(String key, String label, List<String> groups, ValueKind kind) {}

  /** A row: its JSON key, label and the labels of the groups it sits in (e.g. （三）不予公开). */
  public record Row(String key, String label, List<String> groups) {}

  /** A block of a table: one header of columns for some rows (table 二 has one per 第二十条 item). */
  public record Block(String caption, List<Column> columns, List<Row> rows) {}

  /** A table: 二 {@code proactive}, 三 {@code requests} or 四 {@code appeals}. */
  public record Table(String key, String numeral, String title, List<Block> blocks) {

    public Optional<Block> blockOf(String rowKey) {
      return blocks.stream()
          .filter(b -> b.rows().stream().anyMatch(r -> r.key().equals(rowKey)))
          .findFirst();
    }

    public Optional<Row> row(String rowKey) {
      return blocks.stream()
          .flatMap(b -> b.rows().stream())
          .filter(r -> r.key().equals(rowKey))
          .findFirst();
    }

    public Optional<Column> column(String rowKey, String columnKey) {
      return blockOf(rowKey)
          .flatMap(b -> b.columns().stream().filter(c -> c.key().equals(columnKey)).findFirst());
    }
  }

  public boolean covers(int year) {
    return year >= firstYear && year <= lastYear;
  }

  public Optional<Table> table(String key) {
    return tables.stream().filter(t -> t.key().equals(key)).findFirst();
  }
}
