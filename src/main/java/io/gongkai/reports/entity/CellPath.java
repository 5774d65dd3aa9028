package io.gongkai.reports.entity;

/**
 * A cell's address as proposals and accepted figures name it: {@code table.row.column}. A row key
 * may itself hold a dot (table 三's grouped rows, {@code
 * requests.withheld.stateSecret.naturalPerson}): the table is before the first dot, the column
 * after the last.
 */
public record CellPath(String table, String row, String column) {

  public static CellPath of(String path) {
    int first = path.indexOf('.');
    int last = path.lastIndexOf('.');
    if (first < 0 || last <= first) {
      throw new IllegalArgumentException("not table.row.column: " + path);
    }
    return new CellPath(
        path.substring(0, first), path.substring(first + 1, last), path.substring(last + 1));
  }

  @Override
  public String toString() {
    return table + "." + row + "." + column;
  }
}
