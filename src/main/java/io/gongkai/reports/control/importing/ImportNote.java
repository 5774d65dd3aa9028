package io.gongkai.reports.control.importing;

import io.gongkai.platform.Message;
import io.gongkai.platform.Messages;
import java.util.Locale;

/**
 * Something the importer could not read, or read with a reservation. {@code table}, {@code row} and
 * {@code column} are the JSON keys of the format (null where the note concerns more than that). The
 * message is a key of the message catalogue ({@code reports.import.*}); {@link #shown(Locale)} is
 * the note as the API writes it.
 */
public record ImportNote(String level, String table, String row, String column, Message message) {

  public static final String ERROR = "ERROR";
  public static final String WARNING = "WARNING";
  public static final String INFO = "INFO";

  static ImportNote error(String table, String row, String key, Object... args) {
    return new ImportNote(ERROR, table, row, null, Message.of(key, args));
  }

  static ImportNote warning(String table, String row, String key, Object... args) {
    return new ImportNote(WARNING, table, row, null, Message.of(key, args));
  }

  static ImportNote info(String table, String row, String key, Object... args) {
    return new ImportNote(INFO, table, row, null, Message.of(key, args));
  }

  /** The note with its message in {@code language}. */
  public Shown shown(Locale language) {
    return new Shown(level, table, row, column, Messages.text(language, message));
  }

  /** A note as the API writes it. */
  public record Shown(String level, String table, String row, String column, String message) {}
}
