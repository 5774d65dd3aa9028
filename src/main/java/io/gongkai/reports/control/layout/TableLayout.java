package io.gongkai.reports.control.layout;

import io.gongkai.reports.control.layout.ColumnHeads.Leaf;
import io.gongkai.reports.control.layout.LayoutTable.RowGroup;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Orientation;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a format laid out as on the printed form. Rows down (二, 三): per block a caption row
 * if it has one, the column headers beside the {@code rowHeading} corner, then one line per row
 * with its nested labels; a block with fewer columns than the widest lets its last column fill the
 * width. Rows across (四): every row becomes a group of columns under its label, over one line of
 * figures.
 */
final class TableLayout {

  private final Table table;
  private final ReportTables values;
  private final Ids ids;
  private final List<RowGroup> groups = new ArrayList<>();

  private TableLayout(Table table, ReportTables values) {
    this.table = table;
    this.values = values;
    this.ids = new Ids(table.key());
  }

  static LayoutTable of(Table table, ReportTables values) {
    TableLayout layout = new TableLayout(table, values);
    int columns = table.orientation() == Orientation.ACROSS ? layout.across() : layout.down();
    return new LayoutTable(table.key(), columns, List.copyOf(layout.groups));
  }

  private int down() {
    List<Row> all = table.blocks().stream().flatMap(b -> b.rows().stream()).toList();
    int labels = RowLabels.depth(all);
    int width = labels + table.blocks().stream().mapToInt(b -> b.columns().size()).max().orElse(1);
    boolean oneBlock = table.blocks().size() == 1;
    for (Block block : table.blocks()) {
      List<List<LayoutCell>> head = new ArrayList<>();
      List<String> caption = new ArrayList<>();
      if (block.caption() != null) {
        String id = ids.next();
        caption.add(id);
        head.add(List.of(LayoutCell.header(id, block.caption(), width, 1, "colgroup", List.of())));
      }
      int n = block.columns().size();
      List<Leaf> leaves = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Column c = block.columns().get(i);
        leaves.add(
            new Leaf(
                ColumnHeads.path(c.groups(), c.label()), i == n - 1 ? width - labels - n + 1 : 1));
      }
      ColumnHeads heads = new ColumnHeads(leaves, ids, table.rowHeading(), labels);
      head.addAll(heads.rows);
      RowLabels rowLabels = new RowLabels(block.rows(), labels, ids, heads.corner);
      List<List<LayoutCell>> body = new ArrayList<>();
      for (int r = 0; r < block.rows().size(); r++) {
        List<LayoutCell> cells = new ArrayList<>();
        List<String> rowChain = rowLabels.cells(r, cells);
        for (int i = 0; i < n; i++) {
          List<String> headers = new ArrayList<>(caption);
          headers.addAll(heads.chains.get(i));
          headers.addAll(rowChain);
          cells.add(data(block.rows().get(r), block.columns().get(i), leaves.get(i), headers));
        }
        body.add(cells);
      }
      add(oneBlock, head, body);
    }
    return width;
  }

  private int across() {
    List<Leaf> leaves = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (Block block : table.blocks()) {
      for (Row r : block.rows()) {
        for (Column c : block.columns()) {
          List<String> path = ColumnHeads.path(r.groups(), r.label());
          path.addAll(ColumnHeads.path(c.groups(), c.label()));
          leaves.add(new Leaf(path, 1));
          rows.add(r);
          columns.add(c);
        }
      }
    }
    ColumnHeads heads = new ColumnHeads(leaves, ids, null, 0);
    List<LayoutCell> line = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      line.add(data(rows.get(i), columns.get(i), leaves.get(i), heads.chains.get(i)));
    }
    add(true, heads.rows, List.of(line));
    return leaves.size();
  }

  /** A single block's headers are the table's head; blocks under captions are bodies each. */
  private void add(boolean ownHead, List<List<LayoutCell>> head, List<List<LayoutCell>> body) {
    if (ownHead) {
      groups.add(new RowGroup(true, List.copyOf(head)));
      groups.add(new RowGroup(false, List.copyOf(body)));
    } else {
      List<List<LayoutCell>> all = new ArrayList<>(head);
      all.addAll(body);
      groups.add(new RowGroup(false, List.copyOf(all)));
    }
  }

  private LayoutCell data(Row row, Column column, Leaf leaf, List<String> headers) {
    String text =
        values.get(table.key(), row.key(), column.key()).map(TableLayout::printed).orElse(null);
    return LayoutCell.data(row.key() + "." + column.key(), text, leaf.span(), headers);
  }

  /** A figure as printed: 160.5964, -3, 12 (never 12.00 or 1.2E+1). */
  static String printed(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
