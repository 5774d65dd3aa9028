package io.gongkai.requests.control;

import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.PauseKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The statutory clock of a request (《政府信息公开条例》 第三十条至第三十三条), counted in working days after the day
 * it starts from (that day itself is not counted):
 *
 * <ul>
 *   <li>20 working days from receipt (第三十三条), plus the one extension of at most 20;
 *   <li>a correction (补正, 第三十条) stops the clock; the corrected request starts it again from zero on
 *       the day it arrives;
 *   <li>a consultation of a third party (第三十二条) or a fee notice suspends it: the working days after
 *       the day the pause began, up to and including the day it ended, are not counted;
 *   <li>while a pause is open there is no due date.
 * </ul>
 */
public final class RequestClock {

  public static final int LIMIT = 20;
  public static final int MAX_EXTENSION = 20;
  public static final int CORRECTION_NOTICE_DAYS = 7;

  /**
   * A pause as the clock sees it; {@code until} null while open, {@code dueOn} the deadline its
   * notice set (null: the statutory one, none for a correction).
   */
  public record Interval(PauseKind kind, LocalDate from, LocalDate until, LocalDate dueOn) {

    public Interval(PauseKind kind, LocalDate from, LocalDate until) {
      this(kind, from, until, null);
    }
  }

  /** What the clock is counted from. */
  public record Facts(LocalDate receivedOn, List<Interval> pauses, int extensionDays) {}

  /**
   * The clock's answer: the day it counts from, the due date (null while paused), the open pause's
   * deadline (as its notice set it, else consultation 15, fee 20 working days), whether a day
   * involved lies outside the calendar's years, and whether the correction notice came later than 7
   * working days after receipt.
   */
  public record Reading(
      LocalDate countsFrom,
      LocalDate dueOn,
      Interval openPause,
      LocalDate pauseEndsBy,
      boolean provisional,
      boolean lateCorrectionNotice) {}

  private final WorkingDays days;

  public RequestClock(WorkingDays days) {
    this.days = days;
  }

  public static Facts facts(DisclosureRequest request) {
    return new Facts(
        request.receivedOn(),
        request.pauses().stream()
            .map(p -> new Interval(p.kind(), p.startedOn(), p.endedOn(), p.dueOn()))
            .toList(),
        request.extension().map(DisclosureRequest.Extension::days).orElse(0));
  }

  public Reading read(Facts facts) {
    LocalDate start = countsFrom(facts);
    Interval open = facts.pauses().stream().filter(p -> p.until() == null).findFirst().orElse(null);
    LocalDate due = open == null ? due(facts, start) : null;
    LocalDate endsBy = open == null ? null : deadline(open.kind(), open.from(), open.dueOn());
    boolean provisional =
        !days.covers(start)
            || (due != null && !days.covers(due))
            || (endsBy != null && !days.covers(endsBy));
    LocalDate lastNoticeDay = days.plus(facts.receivedOn(), CORRECTION_NOTICE_DAYS);
    boolean late =
        facts.pauses().stream()
            .anyMatch(p -> p.kind().restartsTheClock() && p.from().isAfter(lastNoticeDay));
    return new Reading(start, due, open, endsBy, provisional, late);
  }

  /**
   * The last day a pause waits for: the one its notice set, else the statutory one (15 working days
   * for a consultation, 20 for a fee); a correction without a stated deadline has none.
   */
  public LocalDate deadline(PauseKind kind, LocalDate from, LocalDate dueOn) {
    if (dueOn != null) {
      return dueOn;
    }
    return kind.allowedWorkingDays() == 0 ? null : days.plus(from, kind.allowedWorkingDays());
  }

  /** The receipt day, or the day the corrected request arrived. */
  public static LocalDate countsFrom(Facts facts) {
    return facts.pauses().stream()
        .filter(p -> p.kind().restartsTheClock() && p.until() != null)
        .map(Interval::until)
        .max(Comparator.naturalOrder())
        .filter(d -> d.isAfter(facts.receivedOn()))
        .orElse(facts.receivedOn());
  }

  private LocalDate due(Facts facts, LocalDate start) {
    List<Interval> suspensions =
        facts.pauses().stream()
            .filter(p -> !p.kind().restartsTheClock() && !p.from().isBefore(start))
            .toList();
    int limit = LIMIT + facts.extensionDays();
    LocalDate day = start;
    for (int counted = 0; counted < limit; ) {
      day = day.plusDays(1);
      if (days.isWorkingDay(day) && !suspended(day, suspensions)) {
        counted++;
      }
    }
    return day;
  }

  private static boolean suspended(LocalDate day, List<Interval> suspensions) {
    return suspensions.stream().anyMatch(p -> day.isAfter(p.from()) && !day.isAfter(p.until()));
  }
}
