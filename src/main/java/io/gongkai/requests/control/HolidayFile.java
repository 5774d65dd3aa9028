package io.gongkai.requests.control;

import io.gongkai.requests.control.WorkingDays.DayKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the holiday file (shipped {@code requests/holidays.csv}, and the administrator's {@code
 * $GONGKAI_DATA_DIR/holidays.csv}): {@code #} comments, blank lines, one {@code covers,<first
 * year>,<last year>} line and one {@code <date>,休|班,<name>} line per day. A later file's lines
 * replace an earlier one's for the same day and widen the years covered.
 */
public final class HolidayFile {

  private final Map<LocalDate, DayKind> days = new HashMap<>();
  private int firstYear = Integer.MAX_VALUE;
  private int lastYear = Integer.MIN_VALUE;

  /** Adds one file's lines; a malformed line is refused with its number, nothing else is kept. */
  public HolidayFile read(Reader source, String name) {
    Map<LocalDate, DayKind> read = new HashMap<>();
    int[] years = {firstYear, lastYear};
    try (BufferedReader lines = new BufferedReader(source)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = line.strip();
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        parse(text.split(",", -1), read, years, name + ":" + number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    days.putAll(read);
    firstYear = years[0];
    lastYear = years[1];
    return this;
  }

  private static void parse(
      String[] cells, Map<LocalDate, DayKind> read, int[] years, String where) {
    try {
      if (cells[0].strip().equals("covers") && cells.length == 3) {
        years[0] = Math.min(years[0], Integer.parseInt(cells[1].strip()));
        years[1] = Math.max(years[1], Integer.parseInt(cells[2].strip()));
        return;
      }
      if (cells.length < 2) {
        throw new IllegalArgumentException("expected <date>,休|班,<name>");
      }
      LocalDate day = LocalDate.parse(cells[0].strip());
      DayKind kind =
          switch (cells[1].strip()) {
            case "休" -> DayKind.OFF;
            case "班" -> DayKind.WORK;
            default -> throw new IllegalArgumentException("the kind must be 休 or 班");
          };
      read.put(day, kind);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  public WorkingDays calendar() {
    if (firstYear > lastYear) {
      throw new IllegalStateException("no covers line: the years the calendar holds are unknown");
    }
    return new WorkingDays(days, firstYear, lastYear);
  }
}
