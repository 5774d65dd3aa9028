package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import java.util.List;
import java.util.Optional;

/**
 * The first row of a block whose label cell is printed blank (a conversion lost the text 规章 and
 * kept an empty cell). Its values can only be the ones between the block's header row and the label
 * of the block's second row: they are read as the first row only if the header row is there (the
 * labels of all the block's columns, in order), and what stands between it and the second row's
 * label is exactly one blank label cell and one value per column, nothing else.
 */
final class UnlabelledRow {

  private static final int HEADER_PREFIX = 6;

  private UnlabelledRow() {}

  /**
   * @param from where the block starts (its caption, or the end of the previous block)
   * @param next the label of the block's second row
   * @return the cells of the first row, one per column
   */
  static Optional<List<Token>> cells(LabelIndex index, Block block, int from, LabelIndex.Hit next) {
    int cursor = from;
    LabelIndex.Hit header = null;
    for (Column column : block.columns()) {
      header = index.find(prefix(column), cursor, next.start());
      if (header == null) {
        return Optional.empty();
      }
      cursor = header.end();
    }
    if (header.last() >= next.first()) {
      return Optional.empty(); // the header runs into the second row's label: no cell between
    }
    List<Token> tokens = index.tokens();
    List<Token> between = tokens.subList(header.last() + 1, next.first());
    int n = block.columns().size();
    if (between.size() != n + 1
        || between.get(0).isNumber()
        || between.stream().anyMatch(Token::isText)
        || between.stream().anyMatch(Token::collapsed)) {
      return Optional.empty();
    }
    return Optional.of(between.subList(1, n + 1));
  }

  private static String prefix(Column column) {
    String compact = TextNormaliser.compact(column.label());
    return compact.substring(0, Math.min(HEADER_PREFIX, compact.length()));
  }
}
