package io.gongkai.reports.control.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the notes of one import, from the table readers and the section extractor: what could
 * not be read, or was read with a reservation.
 */
final class ImportNotes {
  private final List<ImportNote> list = new ArrayList<>();

  void add(ImportNote note) {
    list.add(note);
  }

  void remove(String table, String row) {
    list.removeIf(n -> table.equals(n.table()) && row.equals(n.row()));
  }

  boolean mentions(String table, String row) {
    return list.stream()
        .anyMatch(
            n -> table.equals(n.table()) && (row == null ? n.row() == null : row.equals(n.row())));
  }

  List<ImportNote> all() {
    return list;
  }
}
