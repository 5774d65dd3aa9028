package io.gongkai.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar against the State Council's notices. Every expected date below is
 * counted by hand in the comment beside it: the receipt day is not counted, weekends are off unless
 * a make-up working day (班), holidays (休) are off.
 */
class WorkingDaysTest {

  private static final WorkingDays DAYS = HolidayCalendar.shipped();

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class TwentyWorkingDays {

    @Test
    void aroundSpringFestival2024TheMakeUpSundaysCountAndTheEightDaysOffDoNot() {
      // Fri 2.2 received; Sun 2.4 班 = 1; 2.5–2.9 = 2–6 (除夕 2.9 is a working day);
      // 2.10–2.17 休; Sun 2.18 班 = 7; 2.19–23 = 8–12; 2.26–3.1 = 13–17; 3.4–3.6 = 18–20.
      assertThat(DAYS.plus(day("2024-02-02"), 20)).isEqualTo(day("2024-03-06"));
    }

    @Test
    void aroundSpringFestival2026TheNineDaysOffAndTwoMakeUpSaturdays() {
      // Fri 2.13 received; Sat 2.14 班 = 1; 2.15–2.23 休; 2.24–2.27 = 2–5; Sat 2.28 班 = 6;
      // 3.2–3.6 = 7–11; 3.9–3.13 = 12–16; 3.16–3.19 = 17–20.
      assertThat(DAYS.plus(day("2026-02-13"), 20)).isEqualTo(day("2026-03-19"));
    }

    @Test
    void theExtendedSpringFestivalOf2020GaveTheMakeUpSaturdayOff() {
      // Thu 1.23 received; 1.24–2.2 休 (国办发明电〔2020〕1号: Sat 2.1 no longer 班);
      // 2.3–2.7 = 1–5; 2.10–2.14 = 6–10; 2.17–2.21 = 11–15; 2.24–2.28 = 16–20.
      assertThat(DAYS.plus(day("2020-01-23"), 20)).isEqualTo(day("2020-02-28"));
      assertThat(DAYS.isWorkingDay(day("2020-02-01"))).isFalse();
    }

    @Test
    void aroundQingming2024IntoMayDay() {
      // Wed 4.3 received; 4.4–4.6 休; Sun 4.7 班 = 1; 4.8–4.12 = 2–6; 4.15–4.19 = 7–11;
      // 4.22–4.26 = 12–16; Sun 4.28 班 = 17; 4.29–4.30 = 18–19; 5.1–5.5 休; Mon 5.6 = 20.
      assertThat(DAYS.plus(day("2024-04-03"), 20)).isEqualTo(day("2024-05-06"));
    }

    @Test
    void aroundMayDay2025() {
      // Mon 4.28 received; 4.29–4.30 = 1–2; 5.1–5.5 休; 5.6–5.9 = 3–6; 5.12–5.16 = 7–11;
      // 5.19–5.23 = 12–16; 5.26–5.29 = 17–20.
      assertThat(DAYS.plus(day("2025-04-28"), 20)).isEqualTo(day("2025-05-29"));
    }

    @Test
    void aroundNationalDay2025WithMidAutumn() {
      // Fri 9.26 received; Sun 9.28 班 = 1; 9.29–9.30 = 2–3; 10.1–10.8 休; 10.9–10.10 = 4–5;
      // Sat 10.11 班 = 6; 10.13–10.17 = 7–11; 10.20–10.24 = 12–16; 10.27–10.30 = 17–20.
      assertThat(DAYS.plus(day("2025-09-26"), 20)).isEqualTo(day("2025-10-30"));
    }

    @Test
    void aMakeUpSaturdayRightAfterReceiptCountsAsTheFirstDay() {
      // Fri 5.8.2026 received; Sat 5.9 班 = 1; 5.11–5.15 = 2–6; 5.18–5.22 = 7–11;
      // 5.25–5.29 = 12–16; 6.1–6.4 = 17–20 (without the 班 it would be Fri 6.5).
      assertThat(DAYS.plus(day("2026-05-08"), 20)).isEqualTo(day("2026-06-04"));
    }

    @Test
    void aRequestReceivedOnAMakeUpSaturdayStartsCountingOnMonday() {
      // Sat 2.28.2026 班 received; Sun 3.1 off; 3.2–3.6 = 1–5 … 3.23–3.27 = 16–20.
      assertThat(DAYS.plus(day("2026-02-28"), 20)).isEqualTo(day("2026-03-27"));
    }
  }

  @Nested
  class Counting {

    @Test
    void workingDaysBetweenCountTheMakeUpSundayAndNotTheReceiptDay() {
      // after Thu 2.8.2024 up to Mon 2.19: Fri 2.9, Sun 2.18 班, Mon 2.19.
      assertThat(DAYS.between(day("2024-02-08"), day("2024-02-19"))).isEqualTo(3);
    }

    @Test
    void betweenIsZeroForTheSameDayOrAnEarlierOne() {
      assertThat(DAYS.between(day("2025-03-03"), day("2025-03-03"))).isZero();
      assertThat(DAYS.between(day("2025-03-03"), day("2025-03-01"))).isZero();
    }

    @Test
    void plusAndBetweenAgreeEverywhereTheCalendarCovers() {
      for (LocalDate start = day("2019-01-01");
          start.getYear() <= 2026;
          start = start.plusDays(7)) {
        assertThat(DAYS.between(start, DAYS.plus(start, 20))).as("from %s", start).isEqualTo(20);
      }
    }
  }

  @Nested
  class TheShippedFile {

    @Test
    void coversTheYears2019To2026() {
      assertThat(DAYS.firstYear()).isEqualTo(2019);
      assertThat(DAYS.lastYear()).isEqualTo(2026);
      assertThat(DAYS.covers(day("2027-01-04"))).isFalse();
    }

    @Test
    void everyMakeUpWorkingDayIsAWeekendDay() throws Exception {
      try (var in = WorkingDaysTest.class.getResourceAsStream(HolidayCalendar.SHIPPED)) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var makeUps =
            text.lines()
                .filter(l -> l.contains(",班,"))
                .map(l -> LocalDate.parse(l.substring(0, 10)))
                .toList();
        assertThat(makeUps).hasSizeGreaterThan(40);
        assertThat(makeUps)
            .allSatisfy(
                d -> assertThat(d.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
      }
    }

    @Test
    void knowsEachYearsNationalDayAndSpringFestival() {
      assertThat(DAYS.isWorkingDay(day("2019-10-07"))).isFalse();
      assertThat(DAYS.isWorkingDay(day("2022-10-08"))).isTrue(); // Sat 班
      assertThat(DAYS.isWorkingDay(day("2023-01-27"))).isFalse(); // Fri 休
      assertThat(DAYS.isWorkingDay(day("2021-09-18"))).isTrue(); // Sat 班, 中秋
      assertThat(DAYS.isWorkingDay(day("2025-01-28"))).isFalse(); // 除夕, 休 from 2025
    }
  }

  @Nested
  class AnAdministratorsFile {

    @Test
    void addsAFutureYearAndWidensWhatIsCovered() {
      WorkingDays days =
          shippedFile()
              .read(new StringReader("covers,2027,2027\n2027-01-01,休,元旦\n"), "local")
              .calendar();

      assertThat(days.covers(day("2027-06-01"))).isTrue();
      assertThat(days.isWorkingDay(day("2027-01-01"))).isFalse();
      assertThat(days.isWorkingDay(day("2026-02-14"))).isTrue();
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumberAndNothingOfTheFileIsKept() {
      HolidayFile file = shippedFile();

      assertThatThrownBy(
              () -> file.read(new StringReader("# x\n2027-01-01,休,元旦\n2027-13-01,休,x\n"), "local"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("local:3");
      assertThat(file.calendar().isWorkingDay(day("2027-01-01"))).isTrue();
    }

    private HolidayFile shippedFile() {
      try (var in = WorkingDaysTest.class.getResourceAsStream(HolidayCalendar.SHIPPED)) {
        return new HolidayFile()
            .read(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                "shipped");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
