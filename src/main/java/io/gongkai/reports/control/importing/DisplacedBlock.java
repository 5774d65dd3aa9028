package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import java.util.Collection;
import java.util.Optional;

/**
 * Where to read a block of table 二 that is not in the format's order: a PDF conversion may print
 * the blocks of 第二十条第（五）（六）（八）项 before those of （一）, so that reading the rows in order passes them
 * by. Each block carries its own caption and header row, so it can stand anywhere; it is read only
 * in its segment: after its caption and the labels of all its columns, in order, and before the
 * next caption of table 二 or the label of a row already read. A block whose caption or headers are
 * not found there is not read at all.
 */
final class DisplacedBlock {

  private static final String ANY_CAPTION = "第二十条";
  private static final int HEADER_PREFIX = 6;

  /** Positions [start, end) in which the block's row labels are searched. */
  record Segment(int start, int end) {}

  private DisplacedBlock() {}

  /**
   * @param labelsRead positions at which the labels of the rows already read start
   */
  static Optional<Segment> segment(
      LabelIndex index, Block block, int from, int to, Collection<Integer> labelsRead) {
    if (block.caption() == null) {
      return Optional.empty();
    }
    LabelIndex.Hit caption = index.find(RowKeys.caption(block.caption()), from, to);
    if (caption == null) {
      return Optional.empty();
    }
    LabelIndex.Hit next = index.find(ANY_CAPTION, caption.end(), to);
    int end = next == null ? to : next.start();
    for (int read : labelsRead) {
      if (read >= caption.end() && read < end) {
        end = read;
      }
    }
    int cursor = caption.end();
    for (Column column : block.columns()) {
      LabelIndex.Hit header = index.find(header(column), cursor, end);
      if (header == null) {
        return Optional.empty();
      }
      cursor = header.end();
    }
    return Optional.of(new Segment(cursor, end));
  }

  private static String header(Column column) {
    String compact = TextNormaliser.compact(column.label());
    return compact.substring(0, Math.min(HEADER_PREFIX, compact.length()));
  }
}
