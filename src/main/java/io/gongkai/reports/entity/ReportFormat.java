package io.gongkai.reports.entity;

import java.util.List;
import java.util.Optional;

/**
 * One national format of the annual report: its outline (the six headings in printed order), its
 * tables with the exact Chinese labels and the stable JSON keys, and how each table is laid out. A
 * future revision of the form is one more instance in {@link ReportFormats}, not new code: the
 * official layout ({@code reports/control/layout}) is built from this data alone.
 */
public record ReportFormat(
    String id, String basis, int firstYear, int lastYear, List<Part> outline, List<Table> tables) {

  /**
   * A part of the report in printed order, under its heading: a text section ({@code section}:
   * {@code overview}, {@code problems} or {@code other}) or a table ({@code table}: its key).
   */
  public record Part(String heading, String section, String table) {

    public static Part text(String heading, String section) {
      return new Part(heading, section, null);
    }

    public static Part of(Table table) {
      return new Part(table.numeral() + "、" + table.title(), null, table.key());
    }
  }

  /**
   * How a table's rows are laid out: {@code DOWN}, one line per row with its (nested) labels on the
   * left under the table's {@code rowHeading} (二, 三); {@code ACROSS}, the rows side by side as
   * groups of columns over one line of figures (四).
   */
  public enum Orientation {
    DOWN,
    ACROSS
  }

  /** A column: its JSON key, label and the labels of the header groups above it. */
  public record Column(String key, String label, List<String> groups, ValueKind kind) {}

  /** A row: its JSON key, label and the labels of the groups it sits in (e.g. （三）不予公开). */
  public record Row(String key, String label, List<String> groups) {}

  /** A block of a table: one header of columns for some rows (table 二 has one per 第二十条 item). */
  public record Block(String caption, List<Column> columns, List<Row> rows) {}

  /**
   * A table: 二 {@code proactive}, 三 {@code requests} or 四 {@code appeals}. {@code rowHeading} is
   * the header cell above the row labels (信息内容 in 二, the 勾稽关系 note in 三; none when the rows run
   * across).
   */
  public record Table(
      String key,
      String numeral,
      String title,
      String rowHeading,
      Orientation orientation,
      List<Block> blocks) {

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
