package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Column;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of a row's own small table: an OCR conversion may print each row of table 三 as a
 * Markdown table of its own under a heading that names the row, with the columns named generically
 * ({@code 数据1 … 数据6, 总计}). The header cells between the label and the values are skipped only when
 * there is one per column and each agrees with the format's column at its place: it names that
 * column (总计, 自然人, …) or numbers it ({@code 数据k} for the k-th). Then the values below are in the
 * format's order; otherwise they are not read.
 */
final class RowHeader {

  private static final Pattern NUMBERED = Pattern.compile("\\D*?(\\d{1,2})");
  private static final int NAME_PREFIX = 2;

  private RowHeader() {}

  /** The token after the row's own header cells at {@code from}, or {@code from} if none fit. */
  static int skip(List<Token> tokens, int from, List<Column> columns) {
    int i = from;
    int k = 0;
    while (i < tokens.size() && tokens.get(i).header()) {
      if (k >= columns.size() || !names(tokens.get(i).text(), k, columns.get(k))) {
        return from;
      }
      i++;
      k++;
    }
    return k == columns.size() ? i : from;
  }

  /** Whether a header cell names the column at place {@code k} (0-based) or numbers it. */
  static boolean names(String header, int k, Column column) {
    String compact = TextNormaliser.compact(header);
    Matcher m = NUMBERED.matcher(compact);
    if (m.matches()) {
      return Integer.parseInt(m.group(1)) == k + 1;
    }
    String label = TextNormaliser.compact(column.label());
    return compact.length() >= NAME_PREFIX && label.startsWith(compact);
  }
}
