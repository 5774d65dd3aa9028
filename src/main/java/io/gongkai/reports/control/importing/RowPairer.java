package io.gongkai.reports.control.importing;

import io.gongkai.platform.Message;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-pairs rows of table 三 whose labels a PDF conversion put apart from their values: the labels
 * are loose lines, the values {@code |} rows without a label. Between two rows read with their
 * labels, the rows not read (in the format's order) take the label-less value rows found there (in
 * the text's order) only if the counts are equal everywhere, each value row fits the columns with
 * certainty, each row's label occurs as a loose line in the format's order, every paired row's
 * total is the sum of its six applicant columns (R2), and R3 and R1 hold in every column where they
 * can be checked, each paired row taking part in one. Otherwise nothing is paired and a note says
 * so: a pairing that is not certain is never made.
 */
final class RowPairer {

  private static final int LABEL_PREFIX = 6;

  private RowPairer() {}

  /**
   * @param spans token ranges [start, end) of the values of the rows read, by row key
   * @param blocked rows whose own values were found but could not be placed
   */
  static void pair(
      Table table,
      ReportTables tables,
      LabelIndex index,
      Map<String, int[]> spans,
      Set<String> blocked,
      int from,
      ImportNotes notes) {
    List<Row> rows = table.blocks().get(0).rows();
    List<Column> columns = table.blocks().get(0).columns();
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (spans.containsKey(rows.get(i).key()) && tables.hasRow(table.key(), rows.get(i).key())) {
        anchors.add(i);
      }
    }
    Map<Row, List<BigDecimal>> paired = new LinkedHashMap<>();
    for (int a = 0; a + 1 < anchors.size(); a++) {
      int[] left = spans.get(rows.get(anchors.get(a)).key());
      int[] right = spans.get(rows.get(anchors.get(a + 1)).key());
      if (left[1] > right[0]) {
        return; // rows read out of order: the structure is not the one this pairs
      }
      List<List<Token>> valueRows = valueRows(index.tokens(), left[1], right[0]);
      if (valueRows == null) {
        refuse(table, notes, Message.of("reports.import.pairing.text-between"));
        return;
      }
      List<Row> gap = rows.subList(anchors.get(a) + 1, anchors.get(a + 1));
      if (valueRows.isEmpty()) {
        continue;
      }
      if (gap.size() != valueRows.size()
          || gap.stream().anyMatch(r -> blocked.contains(r.key()) || spans.containsKey(r.key()))) {
        refuse(
            table,
            notes,
            Message.of("reports.import.pairing.counts", valueRows.size(), gap.size()));
        return;
      }
      for (int i = 0; i < gap.size(); i++) {
        CellFitter.Fit fit =
            CellFitter.fit(valueRows.get(i), columns.size(), false, TableReader.rule(table.key()));
        if (!fit.ok() || fit.partial()) {
          refuse(table, notes, Message.of("reports.import.pairing.columns"));
          return;
        }
        paired.put(gap.get(i), fit.values());
      }
    }
    if (paired.isEmpty()) {
      return;
    }
    if (!labelsInOrder(index, paired.keySet(), from)) {
      refuse(table, notes, Message.of("reports.import.pairing.order"));
      return;
    }
    ReportTables trial = new ReportTables();
    tables
        .values()
        .getOrDefault(table.key(), Map.of())
        .forEach((r, cells) -> cells.forEach((c, v) -> trial.put(table.key(), r, c, v)));
    paired.forEach((row, values) -> put(trial, table.key(), row.key(), columns, values));
    List<String> keys = paired.keySet().stream().map(Row::key).toList();
    if (!paired.values().stream().allMatch(RowPairer::rowSumHolds)
        || !ColumnRules.holds(table, trial, columns, keys)) {
      refuse(table, notes, Message.of("reports.import.pairing.sums"));
      return;
    }
    paired.forEach(
        (row, values) -> {
          put(tables, table.key(), row.key(), columns, values);
          notes.remove(table.key(), row.key());
          notes.add(
              ImportNote.info(table.key(), row.key(), "reports.import.unlabelled-row-paired"));
        });
  }

  /**
   * The {@code |} rows made only of values in tokens [from, to); null if a {@code |} row with a
   * value there is neither such a row nor a row read (the structure is then not certain).
   */
  private static List<List<Token>> valueRows(List<Token> tokens, int from, int to) {
    List<List<Token>> rows = new ArrayList<>();
    int i = from;
    while (i < to) {
      Token t = tokens.get(i);
      if (!t.piped() || !t.rowStart()) {
        if (t.piped() && t.isNumber()) {
          return null;
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to && tokens.get(j).piped() && !tokens.get(j).rowStart()) {
        j++;
      }
      List<Token> row = tokens.subList(i, j);
      if (row.stream().allMatch(Token::isValue) && row.stream().anyMatch(Token::isNumber)) {
        rows.add(row);
      } else if (row.stream().anyMatch(Token::isNumber)) {
        return null;
      }
      i = j;
    }
    return rows;
  }

  /**
   * Where the values of a label in a {@code |} row end when they do not fill the whole run: at the
   * start of the next {@code |} row; {@code end} if the label is not in one with its values.
   */
  static int ownRowEnd(List<Token> tokens, int label, int start, int end) {
    if (start >= end || tokens.get(start).rowStart()) {
      return end;
    }
    for (int i = label; i < start; i++) {
      if (!tokens.get(i).piped() || i > label && tokens.get(i).rowStart()) {
        return end;
      }
    }
    for (int i = start; i < end; i++) {
      if (!tokens.get(i).piped() || i > start && tokens.get(i).rowStart()) {
        return i > start && tokens.get(i).rowStart() ? i : end;
      }
    }
    return end;
  }

  /** Whether each row's label (its first characters) occurs as a loose line, in this order. */
  private static boolean labelsInOrder(LabelIndex index, Set<Row> rows, int from) {
    int cursor = from;
    for (Row row : rows) {
      String key = RowKeys.key(row);
      LabelIndex.Hit hit =
          index.find(key.substring(0, Math.min(LABEL_PREFIX, key.length())), cursor, index.end());
      if (hit == null || index.tokens().get(hit.first()).piped()) {
        return false;
      }
      cursor = hit.end();
    }
    return true;
  }

  /** R2: the total is present and equals the sum of the six applicant columns (blank as none). */
  private static boolean rowSumHolds(List<BigDecimal> values) {
    BigDecimal total = values.get(values.size() - 1);
    BigDecimal sum =
        values.subList(0, values.size() - 1).stream()
            .filter(v -> v != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return total != null && sum.compareTo(total) == 0;
  }

  private static void put(
      ReportTables t, String table, String row, List<Column> columns, List<BigDecimal> values) {
    for (int i = 0; i < columns.size(); i++) {
      t.put(table, row, columns.get(i).key(), values.get(i));
    }
  }

  private static void refuse(Table table, ImportNotes notes, Message why) {
    notes.add(ImportNote.warning(table.key(), null, "reports.import.rows-not-paired", why));
  }
}
