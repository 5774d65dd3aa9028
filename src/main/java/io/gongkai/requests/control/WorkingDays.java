package io.gongkai.requests.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * China's working days (工作日): Monday to Friday, except the public holidays the State Council gives
 * off each year, plus the weekend days it makes working days (调休上班). Pure arithmetic over a {@link
 * HolidayFile}; the day a period starts from is never counted (a request received on Monday has its
 * first working day on Tuesday).
 */
public final class WorkingDays {

  /** What the calendar says about one day, beside the weekend rule. */
  public enum DayKind {
    /** A day off: a public holiday or a weekday given off in exchange (休). */
    OFF,
    /** A weekend day worked in exchange for a holiday (班). */
    WORK
  }

  private final Map<LocalDate, DayKind> exceptions;
  private final int firstYear;
  private final int lastYear;

  public WorkingDays(Map<LocalDate, DayKind> exceptions, int firstYear, int lastYear) {
    this.exceptions = Map.copyOf(exceptions);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayKind kind = exceptions.get(day);
    if (kind != null) {
      return kind == DayKind.WORK;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The {@code n}-th working day after {@code start} ({@code start} itself is not counted). */
  public LocalDate plus(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate day = start;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working days after {@code from} up to and including {@code to}; 0 when to ≤ from. */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the holiday notices of the day's year are in the calendar; outside, only weekends are
   * known and a deadline computed there is provisional.
   */
  public boolean covers(LocalDate day) {
    return day.getYear() >= firstYear && day.getYear() <= lastYear;
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }
}
