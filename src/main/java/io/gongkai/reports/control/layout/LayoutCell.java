package io.gongkai.reports.control.layout;

import java.util.List;

/**
 * One cell of a table in the official layout. A header cell has an {@code id} (unique in the
 * report), its label as {@code text} and a {@code scope} ({@code col}, {@code colgroup}, {@code
 * row}, {@code rowgroup}); a data cell names its value as {@code cell} ({@code row.column}, the
 * keys of the report's tables) and holds the value as printed in {@code text}, null when blank.
 * {@code headers} are the ids of the header cells that label it.
 */
public record LayoutCell(
    boolean header,
    String id,
    String text,
    String cell,
    int colspan,
    int rowspan,
    String scope,
    List<String> headers) {

  static LayoutCell header(
      String id, String text, int colspan, int rowspan, String scope, List<String> headers) {
    return new LayoutCell(true, id, text, null, colspan, rowspan, scope, List.copyOf(headers));
  }

  static LayoutCell data(String cell, String text, int colspan, List<String> headers) {
    return new LayoutCell(false, null, text, cell, colspan, 1, null, List.copyOf(headers));
  }

  /** The text to print: the label, the value, or nothing for a blank cell. */
  public String printed() {
    return text == null ? "" : text;
  }
}
