package io.gongkai.reports.control;

import io.gongkai.items.control.ItemQueries;
import io.gongkai.platform.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day a report was published by its agency, as an editor gives it for a past year's report
 * (yyyy-MM-dd): never after today, never before the year it reports on began. Stored as the start
 * of that day in China.
 */
public final class PublicationDate {

  private PublicationDate() {}

  /** The instant of a given day, or null when none is given. */
  public static Instant parse(String day, int reportYear) {
    if (day == null || day.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(day.strip());
    } catch (DateTimeParseException e) {
      throw new Problem.Invalid("publishedOn", "reports.published-on.format");
    }
    if (date.isAfter(LocalDate.now(ItemQueries.CHINA))) {
      throw new Problem.Invalid("publishedOn", "reports.published-on.future");
    }
    if (date.getYear() < reportYear) {
      throw new Problem.Invalid("publishedOn", "reports.published-on.before-year", reportYear);
    }
    return date.atStartOfDay(ItemQueries.CHINA).toInstant();
  }
}
