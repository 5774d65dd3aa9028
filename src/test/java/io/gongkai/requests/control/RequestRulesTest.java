package io.gongkai.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.platform.Problem;
import io.gongkai.requests.entity.Appeal;
import io.gongkai.requests.entity.AppealKind;
import io.gongkai.requests.entity.AppealResult;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.DisclosureRequest.Applicant;
import io.gongkai.requests.entity.DisclosureRequest.Extension;
import io.gongkai.requests.entity.DisclosureRequest.Registration;
import io.gongkai.requests.entity.PauseKind;
import io.gongkai.requests.entity.ReceiptChannel;
import io.gongkai.requests.entity.RequestState;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What may happen to a request, and that a refused change leaves it as it was. */
class RequestRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
  private static final RequestRules RULES = new RequestRules(HolidayCalendar.shipped(), TODAY);

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static DisclosureRequest received(String on) {
    return received(on, RULES);
  }

  private static DisclosureRequest received(String on, RequestRules rules) {
    Registration r =
        new Registration(
            ReceiptChannel.ONLINE,
            day(on),
            ApplicantType.NATURAL_PERSON,
            new Applicant("张三", null, "13800000000"),
            "2025年本镇道路维修经费",
            "电子文档");
    rules.checkRegistration(r);
    DisclosureRequest request = new DisclosureRequest(null, r, "editor", NOW);
    rules.settle(request);
    return request;
  }

  @Test
  void aNewRequestIsOpenAndDueTwentyWorkingDaysAfterReceipt() {
    // Fri 2.13.2026: Sat 2.14 班 = 1; 2.15–23 休; 2.24–27 = 2–5; Sat 2.28 班 = 6;
    // 3.2–6 = 7–11; 3.9–13 = 12–16; 3.16–19 = 17–20.
    DisclosureRequest request = received("2026-02-13");

    assertThat(request.state()).isEqualTo(RequestState.OPEN);
    assertThat(request.dueOn()).isEqualTo(day("2026-03-19"));
  }

  @Test
  void aRequestReceivedTomorrowIsRefused() {
    assertThatThrownBy(() -> received("2026-03-03"))
        .isInstanceOf(Problem.Invalid.class)
        .satisfies(
            e -> assertThat(((Problem) e).fields()).extracting("name").contains("receivedOn"));
  }

  @Nested
  class Extensions {

    @Test
    void aReviewersExtensionMovesTheDueDate() {
      DisclosureRequest request = received("2026-02-13");

      RULES.extend(request, new Extension(5, "需要调取档案", "reviewer", TODAY), NOW);

      // from 3.19 = 20: 3.20 = 21; 3.23–26 = 22–25.
      assertThat(request.dueOn()).isEqualTo(day("2026-03-26"));
      assertThat(request.extension()).map(Extension::approvedBy).hasValue("reviewer");
    }

    @Test
    void moreThanTwentyWorkingDaysIsRefusedAndNothingChanges() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(
              () -> RULES.extend(request, new Extension(21, "太多", "reviewer", TODAY), NOW))
          .isInstanceOf(Problem.Invalid.class);
      assertThat(request.extension()).isEmpty();
      assertThat(request.dueOn()).isEqualTo(day("2026-03-19"));
    }

    @Test
    void aSecondExtensionIsAConflict() {
      DisclosureRequest request = received("2026-02-13");
      RULES.extend(request, new Extension(5, "需要调取档案", "reviewer", TODAY), NOW);

      assertThatThrownBy(
              () -> RULES.extend(request, new Extension(5, "再延", "reviewer", TODAY), NOW))
          .isInstanceOf(Problem.Conflict.class);
      assertThat(request.extension()).map(Extension::days).hasValue(5);
    }

    @Test
    void anExtensionAfterTheDeadlineIsAConflict() {
      // Thu 1.15.2026: 1.16 = 1; 1.19–23 = 2–6; 1.26–30 = 7–11; 2.2–6 = 12–16; 2.9–12 = 17–20.
      DisclosureRequest request = received("2026-01-15");
      assertThat(request.dueOn()).isEqualTo(day("2026-02-12"));

      assertThatThrownBy(
              () ->
                  RULES.extend(request, new Extension(5, "晚了", "reviewer", day("2026-02-24")), NOW))
          .isInstanceOf(Problem.Conflict.class)
          .hasMessageContaining("届满");
    }
  }

  @Nested
  class Pauses {

    @Test
    void aPauseBeforeReceiptIsRefused() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(
              () ->
                  RULES.startPause(
                      request, PauseKind.CONSULTATION, day("2026-02-12"), null, null, NOW))
          .isInstanceOf(Problem.Invalid.class);
      assertThat(request.pauses()).isEmpty();
    }

    @Test
    void aPausedRequestHasNoDueDateUntilThePauseEnds() {
      DisclosureRequest request = received("2026-02-13");

      RULES.startPause(request, PauseKind.CONSULTATION, day("2026-02-24"), null, "征求意见", NOW);
      assertThat(request.dueOn()).isNull();
      RULES.endPause(request, day("2026-02-27"), NOW);

      // suspended after Tue 2.24 up to Fri 2.27: 2.25, 2.26, 2.27 → three more working days
      // after 3.19: 3.20, 3.23, 3.24.
      assertThat(request.dueOn()).isEqualTo(day("2026-03-24"));
    }

    @Test
    void aSecondCorrectionIsAConflict() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(
          request, PauseKind.CORRECTION, day("2026-02-24"), day("2026-03-06"), null, NOW);
      RULES.endPause(request, day("2026-02-26"), NOW);

      assertThatThrownBy(
              () ->
                  RULES.startPause(
                      request,
                      PauseKind.CORRECTION,
                      day("2026-02-27"),
                      day("2026-03-06"),
                      null,
                      NOW))
          .isInstanceOf(Problem.Conflict.class);
    }
  }

  /**
   * A pause waits until the deadline its notice set; when that passes with nothing received, the
   * register acts by itself. Each deadline and due date below is worked out by hand on the shipped
   * calendar (2026: 春节 2.15–23 休, Sat 2.14 and 2.28 班; 清明 4.4–6 休).
   */
  @Nested
  class Deadlines {

    private static RequestRules on(String today) {
      return new RequestRules(HolidayCalendar.shipped(), day(today));
    }

    @Test
    void aCorrectionNeedsTheDeadlineItsNoticeStates() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(
              () ->
                  RULES.startPause(
                      request, PauseKind.CORRECTION, day("2026-02-24"), null, null, NOW))
          .isInstanceOfSatisfying(
              Problem.Invalid.class,
              e -> assertThat(e.fields()).extracting(Problem.FieldError::name).contains("dueOn"));
      assertThat(request.pauses()).isEmpty();
    }

    @Test
    void aDeadlineNotAfterThePauseBeganIsRefused() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(
              () ->
                  RULES.startPause(
                      request, PauseKind.FEE, day("2026-02-24"), day("2026-02-24"), null, NOW))
          .isInstanceOf(Problem.Invalid.class);
      assertThat(request.pauses()).isEmpty();
    }

    @Test
    void aConsultationWithoutADeadlineWaitsFifteenWorkingDays() {
      DisclosureRequest request = received("2026-02-13");

      RULES.startPause(request, PauseKind.CONSULTATION, day("2026-02-24"), null, null, NOW);

      // after Tue 2.24: 2.25–27 = 1–3, Sat 2.28 班 = 4, 3.2–6 = 5–9, 3.9–13 = 10–14, 3.16 = 15.
      assertThat(request.openPause().orElseThrow().dueOn()).isEqualTo(day("2026-03-16"));
      assertThat(RULES.read(request).pauseEndsBy()).isEqualTo(day("2026-03-16"));
    }

    @Test
    void nothingLapsesOnTheDeadlineItself() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(request, PauseKind.CONSULTATION, day("2026-02-24"), null, null, NOW);

      assertThat(on("2026-03-16").lapse(request, NOW)).isEmpty();
      assertThat(request.openPause()).isPresent();
    }

    @Test
    void aConsultationWithoutAnOpinionEndsOnItsDeadlineAndTheClockRunsOn() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(request, PauseKind.CONSULTATION, day("2026-02-24"), null, null, NOW);

      var lapse = on("2026-03-17").lapse(request, NOW).orElseThrow();

      assertThat(lapse.outcome()).isNull();
      var pause = request.pauses().get(0);
      assertThat(pause.endedOn()).isEqualTo(day("2026-03-16"));
      assertThat(pause.lapsed()).isTrue();
      assertThat(request.state()).isEqualTo(RequestState.OPEN);
      // counted: 2.14 = 1, 2.24 = 2; 2.25–3.16 suspended; 3.17–20 = 3–6, 3.23–27 = 7–11,
      // 3.30–4.3 = 12–16, 4.4–6 清明, 4.7–10 = 17–20.
      assertThat(request.dueOn()).isEqualTo(day("2026-04-10"));
    }

    @Test
    void anUncorrectedRequestIsAnsweredUnderOtherHandlingTheDayAfterTheDeadline() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(
          request, PauseKind.CORRECTION, day("2026-02-24"), day("2026-03-06"), null, NOW);

      var lapse = on("2026-03-09").lapse(request, NOW).orElseThrow();

      assertThat(lapse.outcome()).isEqualTo("other.noCorrection");
      assertThat(request.state()).isEqualTo(RequestState.ANSWERED);
      assertThat(request.outcome()).isEqualTo("other.noCorrection");
      assertThat(request.repliedOn()).isEqualTo(day("2026-03-07"));
      assertThat(request.answeredBy()).isEqualTo(RequestRules.LAPSED_BY);
      assertThat(request.pauses().get(0).endedOn()).isEqualTo(day("2026-03-06"));
      assertThat(request.dueOn()).isNull();
    }

    @Test
    void anUnpaidFeeAfterTwentyWorkingDaysIsAnsweredAsFeeUnpaid() {
      DisclosureRequest request = received("2026-10-26", on("2026-11-02"));
      on("2026-11-02").startPause(request, PauseKind.FEE, day("2026-11-02"), null, null, NOW);
      // after Mon 11.2: 11.3–6 = 1–4, 11.9–13 = 5–9, 11.16–20 = 10–14, 11.23–27 = 15–19, 11.30 =
      // 20.
      assertThat(request.openPause().orElseThrow().dueOn()).isEqualTo(day("2026-11-30"));

      assertThat(on("2026-11-30").lapse(request, NOW)).isEmpty();
      on("2026-12-01").lapse(request, NOW).orElseThrow();

      assertThat(request.outcome()).isEqualTo("other.feeUnpaid");
      assertThat(request.repliedOn()).isEqualTo(day("2026-12-01"));
    }

    @Test
    void inA2020ReportYearTheLapseCountsUnderItsSingleOtherHandlingRow() {
      DisclosureRequest request = received("2020-06-01");
      on("2020-07-13")
          .startPause(request, PauseKind.FEE, day("2020-06-10"), day("2020-07-10"), null, NOW);

      on("2020-07-13").lapse(request, NOW).orElseThrow();

      assertThat(request.outcome()).isEqualTo("other");
      assertThat(request.outcomeFormat()).isEqualTo("2019");
      assertThat(request.repliedOn()).isEqualTo(day("2020-07-11"));
    }

    @Test
    void aCorrectionThatHadInFactArrivedInTimeTakesTheLapseBack() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(
          request, PauseKind.CORRECTION, day("2026-02-24"), day("2026-03-06"), null, NOW);
      RequestRules later = on("2026-03-09");
      later.lapse(request, NOW).orElseThrow();

      later.endPause(request, day("2026-03-05"), NOW);

      assertThat(request.state()).isEqualTo(RequestState.OPEN);
      assertThat(request.outcome()).isNull();
      assertThat(request.repliedOn()).isNull();
      var pause = request.pauses().get(0);
      assertThat(pause.lapsed()).isFalse();
      assertThat(pause.endedOn()).isEqualTo(day("2026-03-05"));
      // afresh from Thu 3.5: 3.6 = 1, 3.9–13 = 2–6, 3.16–20 = 7–11, 3.23–27 = 12–16, 3.30–4.2 =
      // 17–20.
      assertThat(request.dueOn()).isEqualTo(day("2026-04-02"));
    }

    @Test
    void aClosedLapseStaysClosed() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(
          request, PauseKind.CORRECTION, day("2026-02-24"), day("2026-03-06"), null, NOW);
      RequestRules later = on("2026-03-09");
      later.lapse(request, NOW).orElseThrow();
      later.close(request, "reviewer", NOW);

      assertThatThrownBy(() -> later.endPause(request, day("2026-03-05"), NOW))
          .isInstanceOf(Problem.Conflict.class);
      assertThat(request.state()).isEqualTo(RequestState.CLOSED);
    }

    @Test
    void anAnswerAnEditorGaveIsNotTakenBackByEndingTheLapsedConsultation() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(request, PauseKind.CONSULTATION, day("2026-02-24"), null, null, NOW);
      RequestRules later = on("2026-03-20");
      later.lapse(request, NOW).orElseThrow();
      later.answer(request, "disclosed", day("2026-03-20"), "editor", NOW);

      assertThatThrownBy(() -> later.endPause(request, day("2026-03-10"), NOW))
          .isInstanceOf(Problem.Conflict.class);
      assertThat(request.outcome()).isEqualTo("disclosed");
    }
  }

  @Nested
  class Outcomes {

    @Test
    void anAnswerRecordsTheRowOfTableThreeOfTheRepliesYear() {
      DisclosureRequest request = received("2026-02-13");

      RULES.answer(request, "withheld.stateSecret", TODAY, "editor", NOW);

      assertThat(request.state()).isEqualTo(RequestState.ANSWERED);
      assertThat(request.outcome()).isEqualTo("withheld.stateSecret");
      assertThat(request.outcomeFormat()).isEqualTo("2021");
      assertThat(request.dueOn()).isNull();
    }

    @Test
    void aRequestCarriedOverFrom2020CountsInTheYearItIsAnswered() {
      DisclosureRequest request = received("2020-12-28");

      RULES.answer(request, "other.noCorrection", day("2021-01-05"), "editor", NOW);

      assertThat(request.outcomeFormat()).isEqualTo("2021");
    }

    @Test
    void the2019FormatHasOneOtherRowOnly() {
      DisclosureRequest request = received("2020-06-01");

      assertThatThrownBy(
              () -> RULES.answer(request, "other.noCorrection", day("2020-06-10"), "editor", NOW))
          .isInstanceOf(Problem.Invalid.class);
      RULES.answer(request, "other", day("2020-06-10"), "editor", NOW);
      assertThat(request.outcomeFormat()).isEqualTo("2019");
    }

    @Test
    void aReplyBeforeReceiptIsRefusedAndTheRequestStaysOpen() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(() -> RULES.answer(request, "disclosed", day("2026-02-12"), "editor", NOW))
          .isInstanceOf(Problem.Invalid.class);
      assertThat(request.state()).isEqualTo(RequestState.OPEN);
      assertThat(request.outcome()).isNull();
    }

    @Test
    void aSecondOutcomeIsAConflict() {
      DisclosureRequest request = received("2026-02-13");
      RULES.answer(request, "disclosed", TODAY, "editor", NOW);

      assertThatThrownBy(() -> RULES.answer(request, "partlyDisclosed", TODAY, "editor", NOW))
          .isInstanceOf(Problem.Conflict.class);
      assertThat(request.outcome()).isEqualTo("disclosed");
    }

    @Test
    void anOpenRequestCannotBeClosedAndAnAnsweredOneCanOnce() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(() -> RULES.close(request, "reviewer", NOW))
          .isInstanceOf(Problem.Conflict.class);
      RULES.answer(request, "disclosed", TODAY, "editor", NOW);
      RULES.close(request, "reviewer", NOW);
      assertThat(request.state()).isEqualTo(RequestState.CLOSED);
      assertThatThrownBy(() -> RULES.close(request, "reviewer", NOW))
          .isInstanceOf(Problem.Conflict.class);
    }

    @Test
    void answeringEndsAnOpenCorrectionOnTheReplyDay() {
      DisclosureRequest request = received("2026-02-13");
      RULES.startPause(
          request, PauseKind.CORRECTION, day("2026-02-24"), day("2026-03-06"), null, NOW);

      RULES.answer(request, "other.noCorrection", TODAY, "editor", NOW);

      assertThat(request.openPause()).isEmpty();
    }
  }

  @Nested
  class ReviewsAndLawsuits {

    @Test
    void aLawsuitAfterReviewNeedsTheReviewFirst() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(
              () ->
                  RULES.appeal(request, AppealKind.LITIGATION_AFTER_REVIEW, day("2026-02-20"), NOW))
          .isInstanceOf(Problem.Conflict.class);
      RULES.appeal(request, AppealKind.REVIEW, day("2026-02-20"), NOW);
      RULES.appeal(request, AppealKind.LITIGATION_AFTER_REVIEW, day("2026-02-27"), NOW);
      assertThat(request.appeals())
          .extracting(Appeal::kind)
          .containsExactly(AppealKind.REVIEW, AppealKind.LITIGATION_AFTER_REVIEW);
    }

    @Test
    void anAppealIsPendingUntilDecidedAndADecisionBeforeFilingIsRefused() {
      DisclosureRequest request = received("2026-02-13");
      Appeal review = RULES.appeal(request, AppealKind.REVIEW, day("2026-02-20"), NOW);

      assertThat(review.result()).isEqualTo(AppealResult.PENDING);
      assertThatThrownBy(() -> RULES.decide(review, AppealResult.CORRECTED, day("2026-02-19")))
          .isInstanceOf(Problem.Invalid.class);
      RULES.decide(review, AppealResult.CORRECTED, day("2026-02-27"));
      assertThat(review.result()).isEqualTo(AppealResult.CORRECTED);
      assertThat(review.decidedOn()).isEqualTo(day("2026-02-27"));
    }

    @Test
    void anAppealFiledBeforeReceiptIsRefused() {
      DisclosureRequest request = received("2026-02-13");

      assertThatThrownBy(() -> RULES.appeal(request, AppealKind.REVIEW, day("2026-02-12"), NOW))
          .isInstanceOf(Problem.Invalid.class);
      assertThat(request.appeals()).isEmpty();
    }
  }
}
