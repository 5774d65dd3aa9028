package io.gongkai.requests.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.requests.control.RequestClock.Facts;
import io.gongkai.requests.control.RequestClock.Interval;
import io.gongkai.requests.entity.PauseKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The statutory clock, each due date counted by hand in the comment beside it (the day a count
 * starts from is not counted; 休 days off, 班 make-up working days from the State Council's notice).
 */
class RequestClockTest {

  private static final RequestClock CLOCK = new RequestClock(HolidayCalendar.shipped());

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static Interval pause(PauseKind kind, String from, String until) {
    return new Interval(kind, day(from), until == null ? null : day(until));
  }

  @Nested
  class TwentyWorkingDaysAndTheExtension {

    @Test
    void aroundMidAutumnAndNationalDay2024() {
      // Fri 9.13 received; Sat 9.14 班 = 1; 9.15–17 休; 9.18–20 = 2–4; 9.23–27 = 5–9;
      // Sun 9.29 班 = 10; Mon 9.30 = 11; 10.1–7 休; 10.8–11 = 12–15; Sat 10.12 班 = 16;
      // 10.14–17 = 17–20.
      var reading = CLOCK.read(new Facts(day("2024-09-13"), List.of(), 0));

      assertThat(reading.dueOn()).isEqualTo(day("2024-10-17"));
      assertThat(reading.provisional()).isFalse();
    }

    @Test
    void anExtensionOfTwentyAddsTwentyMoreWorkingDays() {
      // from 10.17 = 20: Fri 10.18 = 21; 10.21–25 = 22–26; 10.28–11.1 = 27–31;
      // 11.4–8 = 32–36; 11.11–14 = 37–40.
      var reading = CLOCK.read(new Facts(day("2024-09-13"), List.of(), 20));

      assertThat(reading.dueOn()).isEqualTo(day("2024-11-14"));
    }
  }

  @Nested
  class ACorrection {

    @Test
    void stopsTheClockUntilTheCorrectedRequestArrives() {
      var reading =
          CLOCK.read(
              new Facts(
                  day("2025-04-28"), List.of(pause(PauseKind.CORRECTION, "2025-04-30", null)), 0));

      assertThat(reading.dueOn()).isNull();
      assertThat(reading.openPause().kind()).isEqualTo(PauseKind.CORRECTION);
      assertThat(reading.pauseEndsBy()).isNull();
    }

    @Test
    void restartsTheClockFromZeroOnTheDayTheCorrectedRequestArrives() {
      // corrected request Fri 5.9.2025: 5.12–16 = 1–5; 5.19–23 = 6–10; 5.26–30 = 11–15;
      // 5.31–6.2 休 (端午); 6.3–6.6 = 16–19; Mon 6.9 = 20.
      var reading =
          CLOCK.read(
              new Facts(
                  day("2025-04-28"),
                  List.of(pause(PauseKind.CORRECTION, "2025-04-30", "2025-05-09")),
                  0));

      assertThat(reading.countsFrom()).isEqualTo(day("2025-05-09"));
      assertThat(reading.dueOn()).isEqualTo(day("2025-06-09"));
      assertThat(reading.lateCorrectionNotice()).isFalse();
    }

    @Test
    void aNoticeAfterTheSeventhWorkingDayIsFlaggedLate() {
      // Mon 4.28.2025 received: 4.29 = 1, 4.30 = 2, 5.1–5 休, 5.6–9 = 3–6, Mon 5.12 = 7.
      var inTime =
          CLOCK.read(
              new Facts(
                  day("2025-04-28"), List.of(pause(PauseKind.CORRECTION, "2025-05-12", null)), 0));
      var late =
          CLOCK.read(
              new Facts(
                  day("2025-04-28"), List.of(pause(PauseKind.CORRECTION, "2025-05-13", null)), 0));

      assertThat(inTime.lateCorrectionNotice()).isFalse();
      assertThat(late.lateCorrectionNotice()).isTrue();
    }
  }

  @Nested
  class AConsultationOrAFeeNotice {

    @Test
    void suspendsTheClockAndItsWorkingDaysAreAddedAroundSpringFestival2024() {
      // Fri 2.2 received; Sun 2.4 班 = 1; 2.5–2.7 = 2–4 (the consultation is sent on 2.7);
      // suspended after 2.7 up to the reply on 2.21: 2.8, 2.9, 2.18 班, 2.19, 2.20, 2.21;
      // 2.22–23 = 5–6; 2.26–3.1 = 7–11; 3.4–8 = 12–16; 3.11–14 = 17–20.
      var reading =
          CLOCK.read(
              new Facts(
                  day("2024-02-02"),
                  List.of(pause(PauseKind.CONSULTATION, "2024-02-07", "2024-02-21")),
                  0));

      assertThat(reading.dueOn()).isEqualTo(day("2024-03-14"));
    }

    @Test
    void anOpenConsultationHasNoDueDateButEndsWithinFifteenWorkingDays() {
      // after Wed 2.7.2024: 2.8 = 1, 2.9 = 2, 2.10–17 休, Sun 2.18 班 = 3, 2.19–23 = 4–8,
      // 2.26–3.1 = 9–13, 3.4 = 14, 3.5 = 15.
      var reading =
          CLOCK.read(
              new Facts(
                  day("2024-02-02"),
                  List.of(pause(PauseKind.CONSULTATION, "2024-02-07", null)),
                  0));

      assertThat(reading.dueOn()).isNull();
      assertThat(reading.pauseEndsBy()).isEqualTo(day("2024-03-05"));
    }

    @Test
    void aFeeNoticeAndAnExtensionAroundNationalDay2025() {
      // Fri 9.26 received; Sun 9.28 班 = 1; 9.29–30 = 2–3; 10.1–8 休; Thu 10.9 = 4, fee notice;
      // suspended up to payment on Mon 10.20: 10.10, Sat 10.11 班, 10.13–17, 10.20;
      // 10.21–24 = 5–8; 10.27–31 = 9–13; 11.3–7 = 14–18; 11.10–14 = 19–23; 11.17–21 = 24–28;
      // 11.24 = 29; 11.25 = 30 (20 + an extension of 10).
      var reading =
          CLOCK.read(
              new Facts(
                  day("2025-09-26"),
                  List.of(pause(PauseKind.FEE, "2025-10-09", "2025-10-20")),
                  10));

      assertThat(reading.dueOn()).isEqualTo(day("2025-11-25"));
    }

    @Test
    void aSuspensionBeforeACorrectedRequestNoLongerCounts() {
      // the consultation (2.7–2.21) belongs to the request before its correction; the corrected
      // one arrives Mon 3.4.2024 and counts afresh: 3.5–3.8 = 1–4; 3.11–15 = 5–9;
      // 3.18–22 = 10–14; 3.25–29 = 15–19; Mon 4.1 = 20.
      var reading =
          CLOCK.read(
              new Facts(
                  day("2024-02-02"),
                  List.of(
                      pause(PauseKind.CONSULTATION, "2024-02-07", "2024-02-21"),
                      pause(PauseKind.CORRECTION, "2024-02-22", "2024-03-04")),
                  0));

      assertThat(reading.dueOn()).isEqualTo(day("2024-04-01"));
    }
  }

  @Test
  void aDueDateBeyondTheCalendarsYearsIsProvisional() {
    var reading = CLOCK.read(new Facts(day("2026-12-15"), List.of(), 0));

    assertThat(reading.provisional()).isTrue();
  }
}
