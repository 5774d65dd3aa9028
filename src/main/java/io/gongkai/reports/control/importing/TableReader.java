package io.gongkai.reports.control.importing;

import io.gongkai.platform.Message;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the rows of tables 二 and 三: finds each row's label after the previous row, in the format's
 * order, and places the values that follow it. A block of table 二 none of whose labels that pass
 * finds is then read under its own caption, wherever it stands ({@link DisplacedBlock}). A row
 * whose label is not found stays absent; a row whose values cannot be placed with certainty stays
 * absent and is noted.
 */
final class TableReader {

  private final LabelIndex index;
  private final ReportTables tables;
  private final ImportNotes notes;
  private Boolean pipedLayout;
  private final Map<String, List<List<BigDecimal>>> ambiguous = new LinkedHashMap<>();
  private final Map<String, int[]> spans = new LinkedHashMap<>();
  private final Set<String> blocked = new HashSet<>();
  private final Map<String, Integer> labelled = new LinkedHashMap<>();
  private boolean emptyLinesProven;

  TableReader(LabelIndex index, ReportTables tables, ImportNotes notes) {
    this.index = index;
    this.tables = tables;
    this.notes = notes;
  }

  /**
   * Reads {@code table} from positions [from, to); returns the position after the last row read.
   */
  int read(Table table, int from, int to) {
    int cursor = from;
    List<Block> passed = new ArrayList<>();
    for (Block block : table.blocks()) {
      if (block.caption() != null) {
        LabelIndex.Hit caption = index.find(RowKeys.caption(block.caption()), cursor, to);
        if (caption != null) {
          cursor = caption.end();
        }
      }
      InterleavedBlock.Reading interleaved =
          block.caption() == null ? null : InterleavedBlock.read(index, block, cursor, to);
      if (interleaved != null && interleaved.kind() != InterleavedBlock.Kind.NOT_INTERLEAVED) {
        readInterleaved(table, block, interleaved);
        cursor = interleaved.end();
      } else {
        cursor = readRows(table, block, cursor, to);
      }
      if (block.rows().stream().noneMatch(r -> labelled.containsKey(r.key()))) {
        passed.add(block);
      }
    }
    for (Block block : passed) {
      DisplacedBlock.segment(index, block, from, to, labelled.values())
          .ifPresent(s -> readDisplaced(table, block, s));
    }
    if ("requests".equals(table.key()) && table.blocks().size() == 1) {
      readDamagedLabels(table, table.blocks().get(0), to);
      RowPairer.pair(table, tables, index, spans, blocked, from, notes);
    }
    if (!ambiguous.isEmpty() && "requests".equals(table.key())) {
      ColumnRules.resolve(table, tables, ambiguous, notes);
    }
    ambiguous.clear();
    spans.clear();
    blocked.clear();
    labelled.clear();
    return cursor;
  }

  /**
   * Rows not found between two rows read, each with its figures placed: read where their label was
   * damaged ({@link DamagedLabel}).
   */
  private void readDamagedLabels(Table table, Block block, int to) {
    List<Row> rows = block.rows();
    for (int i = 1; i + 1 < rows.size(); i++) {
      Row row = rows.get(i);
      int[] before = spans.get(rows.get(i - 1).key());
      Integer next = labelled.get(rows.get(i + 1).key());
      if (labelled.containsKey(row.key()) || before == null || next == null) {
        continue;
      }
      LabelIndex.Hit after = index.find(RowKeys.key(rows.get(i + 1)), next, to);
      if (after == null || after.first() < before[1]) {
        continue;
      }
      List<BigDecimal> values =
          DamagedLabel.cells(
              index.tokens(),
              before[1],
              after.first(),
              row,
              block.columns().size(),
              rule(table.key()));
      if (values != null) {
        put(table, block, row, values);
        labelled.put(row.key(), index.position(before[1]));
        spans.put(row.key(), new int[] {before[1], after.first()});
        notes.add(
            ImportNote.info(table.key(), row.key(), "reports.import.damaged-label", row.label()));
      }
    }
  }

  private void readInterleaved(Table table, Block block, InterleavedBlock.Reading reading) {
    reading.labels().forEach((row, at) -> labelled.put(row.key(), at));
    for (Row row : reading.labels().keySet()) {
      CellFitter.Fit fit =
          reading.kind() == InterleavedBlock.Kind.READ
              ? CellFitter.fit(
                  reading.cells().get(row), block.columns().size(), false, rule(table.key()))
              : CellFitter.Fit.refused(Message.of("reports.import.fit.no-pairing"));
      if (!fit.ok() || fit.partial()) {
        notes.add(
            ImportNote.warning(
                table.key(),
                row.key(),
                "reports.import.cells-not-read",
                Message.of(
                    "reports.import.interleaved-and",
                    fit.ok() ? Message.of("reports.import.row-cut-off") : fit.problem())));
        continue;
      }
      put(table, block, row, fit.values());
      notes.add(ImportNote.info(table.key(), row.key(), "reports.import.interleaved-read"));
      noteCaveat(table, row, fit);
    }
  }

  private void readDisplaced(Table table, Block block, DisplacedBlock.Segment segment) {
    readRows(table, block, segment.start(), segment.end());
    block.rows().stream()
        .filter(r -> tables.hasRow(table.key(), r.key()))
        .forEach(
            r ->
                notes.add(
                    ImportNote.info(
                        table.key(), r.key(), "reports.import.displaced-block", block.caption())));
  }

  private int readRows(Table table, Block block, int from, int to) {
    int cursor = from;
    for (Row row : block.rows()) {
      cursor = readRow(table, block, row, cursor, to);
    }
    readUnlabelledFirstRow(table, block, from, to);
    return cursor;
  }

  /** The block's first row when its label cell is blank ({@link UnlabelledRow}). */
  private void readUnlabelledFirstRow(Table table, Block block, int from, int to) {
    List<Row> rows = block.rows();
    if (rows.size() < 2
        || labelled.containsKey(rows.get(0).key())
        || !labelled.containsKey(rows.get(1).key())) {
      return;
    }
    LabelIndex.Hit next = index.find(RowKeys.key(rows.get(1)), from, to);
    if (next == null || next.start() != labelled.get(rows.get(1).key())) {
      return;
    }
    Row row = rows.get(0);
    UnlabelledRow.cells(index, block, from, next)
        .map(cells -> CellFitter.fit(cells, block.columns().size(), false, rule(table.key())))
        .filter(fit -> fit.ok() && !fit.partial())
        .ifPresent(
            fit -> {
              put(table, block, row, fit.values());
              notes.add(
                  ImportNote.info(
                      table.key(),
                      row.key(),
                      "reports.import.blank-label",
                      row.label(),
                      rows.get(1).label()));
            });
  }

  private void put(Table table, Block block, Row row, List<BigDecimal> values) {
    List<Column> columns = block.columns();
    for (int i = 0; i < values.size(); i++) {
      tables.put(table.key(), row.key(), columns.get(i).key(), values.get(i));
    }
  }

  private int readRow(Table table, Block block, Row row, int cursor, int to) {
    LabelIndex.Hit hit = index.find(RowKeys.key(row), cursor, to);
    if (hit == null) {
      return cursor;
    }
    labelled.put(row.key(), hit.start());
    List<Token> tokens = index.tokens();
    int start =
        RowHeader.skip(
            tokens, index.skipLabelRest(hit.last() + 1, RowKeys.full(row)), block.columns());
    int follower = followerBefore(row, hit.end(), index.position(start));
    if (follower >= 0) {
      // "3.其他（七）总计5000005": the figures are the next row's, this one is blank
      put(table, block, row, Collections.nCopies(block.columns().size(), null));
      return follower;
    }
    int end = start;
    while (end < tokens.size() && tokens.get(end).isValue()) {
      end++;
    }
    List<Token> run = tokens.subList(start, end);
    if (run.stream().noneMatch(Token::isNumber)) {
      LabelIndex.Hit again = repeated(table, row, hit, to);
      if (again != null) {
        return readRow(table, block, row, again.start(), to);
      }
    }
    boolean cutOff = end == tokens.size();
    if (cutOff && endsWithNextNumbering(run, block, row) && sumHolds(table, run)) {
      run = run.subList(0, run.size() - 1);
      end--;
      cutOff = false;
      notes.add(ImportNote.info(table.key(), row.key(), "reports.import.next-row-number"));
    }
    boolean detached = tokens.get(hit.last()).piped() != pipedLayout();
    Optional<CellFitter.Fit> spaced =
        detached
            ? Optional.empty()
            : readEmptyLines(table, tokens, start, end, cutOff, block.columns().size());
    if (spaced.isPresent()) {
      return place(table, block, row, spaced.get(), start, end, hit);
    }
    if (run.stream().noneMatch(Token::isNumber) && (cutOff || detached || !followedByLabel(end))) {
      notes.add(
          ImportNote.warning(
              table.key(),
              row.key(),
              cutOff ? "reports.import.ends-at-label" : "reports.import.no-values"));
      return hit.end();
    }
    List<Column> columns = block.columns();
    CellFitter.Fit fit = CellFitter.fit(run, columns.size(), cutOff, rule(table.key()));
    int own = RowPairer.ownRowEnd(tokens, hit.last(), start, end);
    if (!fit.ok() && own < end) {
      CellFitter.Fit inRow =
          CellFitter.fit(run.subList(0, own - start), columns.size(), false, rule(table.key()));
      if (inRow.ok() && !inRow.partial()) {
        fit = inRow;
        end = own;
      }
    }
    if (!fit.ok() && !detached) {
      blocked.add(row.key());
    }
    if (!fit.ok() && fit.candidates().size() > 1) {
      ambiguous.put(row.key(), fit.candidates());
      notes.add(
          ImportNote.warning(
              table.key(),
              row.key(),
              "reports.import.cells-not-read",
              Message.of("reports.import.ambiguous-split", fit.candidates().size())));
      return Math.max(hit.end(), index.position(end));
    }
    if (!fit.ok()) {
      notes.add(
          ImportNote.warning(
              table.key(), row.key(), "reports.import.cells-not-read", fit.problem()));
      return Math.max(hit.end(), index.position(end));
    }
    return place(table, block, row, fit, start, end, hit);
  }

  private void noteCaveat(Table table, Row row, CellFitter.Fit fit) {
    if (fit.caveat() != null) {
      notes.add(ImportNote.warning(table.key(), row.key(), fit.caveat().key()));
    }
  }

  /** Puts a row's fitted values, its values being tokens [start, end); returns the cursor after. */
  private int place(
      Table table,
      Block block,
      Row row,
      CellFitter.Fit fit,
      int start,
      int end,
      LabelIndex.Hit hit) {
    spans.put(row.key(), new int[] {start, end});
    put(table, block, row, fit.values());
    noteCaveat(table, row, fit);
    if (fit.partial()) {
      notes.add(
          ImportNote.warning(
              table.key(),
              row.key(),
              "reports.import.ends-inside-row",
              fit.values().size(),
              block.columns().size()));
    }
    return Math.max(hit.end(), index.position(end));
  }

  /**
   * The row read with the empty cells that its extra empty lines stand for ({@link
   * BlankLineLayout}), or empty to read it as if they were not there. A complete row takes them
   * only where its cells then fill the columns exactly and the sum rule agrees; a row the text ends
   * inside reads them left to right, but only once a complete row of the same text has proved the
   * layout.
   */
  private Optional<CellFitter.Fit> readEmptyLines(
      Table table, List<Token> tokens, int start, int end, boolean cutOff, int columns) {
    List<Token> cells = BlankLineLayout.cells(tokens, start, end, cutOff);
    if (cells == null) {
      return Optional.empty();
    }
    Optional<CellFitter.Fit> fit =
        CellFitter.withEmptyCells(cells, columns, cutOff, rule(table.key()));
    if (fit.isPresent() && !fit.get().partial()) {
      emptyLinesProven = true;
    }
    return fit.filter(f -> !f.partial() || emptyLinesProven);
  }

  /**
   * Whether a run cut off by the end of the text holds one value more than the row has columns, the
   * last being the bare numbering of the block's next row ("2" of "2.其他法律行政法规禁止公开", cut after its
   * first character): that number starts the next label, since a row's cells follow its label.
   */
  private static boolean endsWithNextNumbering(List<Token> run, Block block, Row row) {
    int n = block.columns().size();
    int at = block.rows().indexOf(row);
    if (run.size() != n + 1 || at + 1 >= block.rows().size()) {
      return false;
    }
    Token last = run.get(n);
    String next = TextNormaliser.compact(block.rows().get(at + 1).label());
    return last.isNumber()
        && !last.atomic()
        && !last.piped()
        && next.startsWith(last.text())
        && !Character.isDigit(next.charAt(last.text().length()))
        && run.subList(0, n).stream().allMatch(Token::isValue);
  }

  /**
   * Whether the table's sum rule holds on the run without its last value, where it can be checked.
   */
  private static boolean sumHolds(Table table, List<Token> run) {
    List<Token> cells = run.subList(0, run.size() - 1);
    return !cells.stream().allMatch(Token::isNumber)
        || rule(table.key()).test(cells.stream().map(Token::value).toList());
  }

  /**
   * Whether the values of this text sit in {@code |} rows. A label outside them in such a text is
   * loose (a PDF conversion put labels and values apart): a label followed by no values there does
   * not make the row blank.
   */
  private boolean pipedLayout() { // counts numbers next to other cells, not those in sentences
    if (pipedLayout == null) {
      List<Token> tokens = index.tokens();
      int piped = 0;
      int loose = 0;
      for (int i = 0; i < tokens.size(); i++) {
        boolean inRun =
            i > 0 && tokens.get(i - 1).isValue()
                || i + 1 < tokens.size() && tokens.get(i + 1).isValue();
        if (tokens.get(i).isNumber() && inRun) {
          piped += tokens.get(i).piped() ? 1 : 0;
          loose += tokens.get(i).piped() ? 0 : 1;
        }
      }
      pipedLayout = piped > loose;
    }
    return pipedLayout;
  }

  /**
   * The position of a heading or group label that stands between a row's label and its first value,
   * where the label's own words do not hold it; -1 if none. The values after it are that label's
   * row's, and the row before it is blank. 总计 counts only as the numbered row （七）总计 (七总计 in the
   * compact text), since a 总计 column header may follow a row's label.
   */
  private int followerBefore(Row row, int from, int to) {
    String between = index.text(from, to);
    String own = RowKeys.full(row);
    int first = -1;
    for (String follower : RowKeys.FOLLOWERS) {
      int at = between.indexOf(follower);
      if (at < 0 || own.contains(follower)) {
        continue;
      }
      boolean total = follower.equals("总计");
      if (total && (at == 0 || "一二三四五六七八九十".indexOf(between.charAt(at - 1)) < 0)) {
        continue;
      }
      int start = total ? at - 1 : at; // compact text has no brackets: （七）总计 is 七总计
      first = first < 0 ? start : Math.min(first, start);
    }
    return first < 0 ? -1 : from + first;
  }

  /**
   * The row's label once more, before any later row's label, when the first one is followed by no
   * value: a heading that names the row above the small table that holds it ("### 一、本年新收政府信息公开申请数量"
   * over "| 本年新收政府信息公开申请数量 | 705 | … |"); null if the label does not repeat there.
   */
  private LabelIndex.Hit repeated(Table table, Row row, LabelIndex.Hit hit, int to) {
    LabelIndex.Hit again = index.find(RowKeys.key(row), hit.end(), to);
    if (again == null) {
      return null;
    }
    boolean passed = false;
    for (Block b : table.blocks()) {
      for (Row later : b.rows()) {
        if (passed && index.contains(RowKeys.key(later), hit.end(), again.start())) {
          return null;
        }
        passed |= later == row;
      }
    }
    return again;
  }

  private boolean followedByLabel(int at) {
    String next = index.textFrom(at, 4);
    return RowKeys.FOLLOWERS.stream().anyMatch(next::contains) || rowLabelAhead(next);
  }

  private static boolean rowLabelAhead(String next) {
    return ReportFormats.ALL.stream()
        .flatMap(f -> f.tables().stream())
        .flatMap(t -> t.blocks().stream())
        .flatMap(b -> b.rows().stream())
        .map(RowKeys::key)
        .anyMatch(
            k -> {
              int at = next.indexOf(k.substring(0, Math.min(6, k.length())));
              return at >= 0 && at <= 4;
            });
  }

  /** The sum rule that confirms a split of digits run together: 三's 总计 = the six applicants. */
  static Predicate<List<BigDecimal>> rule(String tableKey) {
    if (!"requests".equals(tableKey)) {
      return CellFitter.NO_RULE;
    }
    return values -> {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < values.size() - 1; i++) {
        sum = sum.add(values.get(i));
      }
      return sum.compareTo(values.get(values.size() - 1)) == 0;
    };
  }
}
