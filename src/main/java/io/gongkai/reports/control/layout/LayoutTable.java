package io.gongkai.reports.control.layout;

import java.util.List;

/**
 * A table in the official layout: its key ({@code proactive}, {@code requests}, {@code appeals}),
 * the number of grid columns every row covers (counting spans, also from rows above), and its rows
 * in groups: a head (repeated on each printed page) and bodies.
 */
public record LayoutTable(String key, int columns, List<RowGroup> groups) {

  /** Rows that belong together: the head of the table, or a body (table 二 has one per block). */
  public record RowGroup(boolean head, List<List<LayoutCell>> rows) {}
}
