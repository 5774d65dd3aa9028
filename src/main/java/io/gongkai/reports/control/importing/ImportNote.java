package io.gongkai.reports.control.importing;

/**
 * Something the importer could not read, or read with a reservation. {@code table}, {@code row} and
 * {@code column} are the JSON keys of the format (null where the note concerns more than that).
 */
public record ImportNote(String level, String table, String row, String column, String message) {

  public static final String ERROR = "ERROR";
  public static final String WARNING = "WARNING";
  public static final String INFO = "INFO";

  static ImportNote error(String table, String row, String message) {
    return new ImportNote(ERROR, table, row, null, message);
  }

  static ImportNote warning(String table, String row, String message) {
    return new ImportNote(WARNING, table, row, null, message);
  }

  static ImportNote info(String table, String row, String message) {
    return new ImportNote(INFO, table, row, null, message);
  }
}
