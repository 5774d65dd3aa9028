package io.gongkai.requests.control;

import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import io.gongkai.requests.entity.Appeal;
import io.gongkai.requests.entity.AppealKind;
import io.gongkai.requests.entity.AppealResult;
import io.gongkai.requests.entity.Coded;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.DisclosureRequest.Extension;
import io.gongkai.requests.entity.DisclosureRequest.Registration;
import io.gongkai.requests.entity.Outcomes;
import io.gongkai.requests.entity.PauseKind;
import io.gongkai.requests.entity.RequestState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a request, checked before it is applied: dates no earlier than the clock allows
 * and never in the future, one correction, one extension of at most 20 working days, one outcome
 * from table 三 of the reply's report year. A refusal changes nothing. Pure: the calendar and
 * "today" are given, so the rules are tested without a server.
 */
public final class RequestRules {

  /** Who the register names as having answered when it ended a request by a lapsed deadline. */
  public static final String LAPSED_BY = "system";

  private final RequestClock clock;
  private final LocalDate today;

  public RequestRules(WorkingDays days, LocalDate today) {
    this.clock = new RequestClock(days);
    this.today = today;
  }

  public RequestClock.Reading read(DisclosureRequest request) {
    return clock.read(RequestClock.facts(request));
  }

  public void checkRegistration(Registration r) {
    List<FieldError> errors = new ArrayList<>();
    if (r.channel() == null) {
      errors.add(new FieldError("channel", "requests.field.channel"));
    }
    if (r.receivedOn() == null) {
      errors.add(new FieldError("receivedOn", "field.required"));
    } else if (r.receivedOn().isAfter(today)) {
      errors.add(new FieldError("receivedOn", "requests.field.received-not-future"));
    }
    if (r.applicantType() == null) {
      errors.add(new FieldError("applicantType", "requests.field.applicant-type-required"));
    }
    if (r.applicant() == null || blank(r.applicant().name())) {
      errors.add(new FieldError("applicant.name", "field.required"));
    }
    if (blank(r.subject())) {
      errors.add(new FieldError("subject", "requests.field.subject"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
  }

  public void update(DisclosureRequest request, Registration r, Instant now) {
    requireOpen(request);
    checkRegistration(r);
    request.pauses().stream()
        .findFirst()
        .filter(p -> p.startedOn().isBefore(r.receivedOn()))
        .ifPresent(
            p -> {
              throw new Problem.Invalid(
                  "receivedOn", "requests.field.received-after-pause", p.startedOn().toString());
            });
    request.register(r, now);
    settle(request);
  }

  /**
   * Stops the clock. {@code dueOn} is the deadline the notice gives the other side: required for a
   * correction (第三十条: the notice states a reasonable 补正期限), for a consultation or a fee the
   * statutory 15 or 20 working days when not given.
   */
  public void startPause(
      DisclosureRequest request,
      PauseKind kind,
      LocalDate on,
      LocalDate dueOn,
      String note,
      Instant now) {
    requireOpen(request);
    if (request.openPause().isPresent()) {
      throw new Problem.Conflict("request-paused", "requests.problem.already-paused");
    }
    if (kind == PauseKind.CORRECTION
        && request.pauses().stream().anyMatch(p -> p.kind() == PauseKind.CORRECTION)) {
      throw new Problem.Conflict("correction-used", "requests.problem.correction-used");
    }
    checkDay("startedOn", on, RequestClock.countsFrom(RequestClock.facts(request)));
    if (dueOn == null && kind == PauseKind.CORRECTION) {
      throw new Problem.Invalid("dueOn", "requests.field.correction-due");
    }
    if (dueOn != null && !dueOn.isAfter(on)) {
      throw new Problem.Invalid("dueOn", "requests.field.due-after-start", on.toString());
    }
    request.startPause(kind, on, clock.deadline(kind, on, dueOn), note, now);
    settle(request);
  }

  /**
   * The other side answered: the corrected request, the third party's opinion or the payment
   * arrived on {@code on}. Also corrects a pause the register ended by its deadline, when what was
   * awaited had in fact arrived (then the answer the register gave is taken back and the clock runs
   * again), as long as a reviewer has not closed the request.
   */
  public void endPause(DisclosureRequest request, LocalDate on, Instant now) {
    var pause =
        request
            .openPause()
            .or(() -> request.lastPause().filter(p -> p.lapsed()))
            .orElseThrow(
                () -> new Problem.Conflict("request-not-paused", "requests.problem.not-paused"));
    boolean answeredByLapse =
        request.state() == RequestState.ANSWERED && LAPSED_BY.equals(request.answeredBy());
    if (!answeredByLapse) {
      requireOpen(request);
    }
    checkDay("endedOn", on, pause.startedOn());
    if (answeredByLapse) {
      request.withdrawAnswer(now);
    }
    request.endPause(on, now);
    settle(request);
  }

  /**
   * What the register does by itself when an open pause's deadline has passed ({@code today} is
   * after it): a consultation ends on its deadline and the clock runs on (第三十二条: the office then
   * decides without the opinion); an uncorrected or unpaid request is treated as withdrawn (第三十条,
   * 国办函〔2020〕109号) and answered under 其他处理 on the day after the deadline. Empty when nothing is
   * due.
   */
  public Optional<Lapse> lapse(DisclosureRequest request, Instant now) {
    var open = request.openPause().orElse(null);
    if (request.state() != RequestState.OPEN || open == null) {
      return Optional.empty();
    }
    LocalDate deadline = clock.deadline(open.kind(), open.startedOn(), open.dueOn());
    if (deadline == null || !today.isAfter(deadline)) {
      return Optional.empty();
    }
    request.lapsePause(deadline, now);
    if (open.kind() == PauseKind.CONSULTATION) {
      settle(request);
      return Optional.of(new Lapse(open.kind(), deadline, null));
    }
    LocalDate repliedOn = deadline.plusDays(1);
    int year = repliedOn.getYear();
    String key = open.kind() == PauseKind.CORRECTION ? "other.noCorrection" : "other.feeUnpaid";
    var row = Outcomes.row(year, key).or(() -> Outcomes.row(year, "other")).orElseThrow();
    request.answer(row.key(), Outcomes.formatId(year).orElseThrow(), repliedOn, LAPSED_BY, now);
    request.due(null);
    return Optional.of(new Lapse(open.kind(), deadline, row.key()));
  }

  /** A pause ended by its deadline: the outcome given, or null when the clock runs on. */
  public record Lapse(PauseKind kind, LocalDate deadline, String outcome) {}

  public void extend(DisclosureRequest request, Extension e, Instant now) {
    requireOpen(request);
    if (request.extension().isPresent()) {
      throw new Problem.Conflict("extension-used", "requests.problem.extension-used");
    }
    List<FieldError> errors = new ArrayList<>();
    if (e.days() < 1 || e.days() > RequestClock.MAX_EXTENSION) {
      errors.add(new FieldError("days", "requests.field.extension-days"));
    }
    if (blank(e.reason())) {
      errors.add(new FieldError("reason", "requests.field.extension-reason"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    checkDay("extendedOn", e.extendedOn(), request.receivedOn());
    LocalDate due = read(request).dueOn();
    if (due == null) {
      throw new Problem.Conflict("request-paused", "requests.problem.extend-while-paused");
    }
    if (e.extendedOn().isAfter(due)) {
      throw new Problem.Conflict(
          "deadline-passed", "requests.problem.deadline-passed", due.toString());
    }
    request.extend(e, now);
    settle(request);
  }

  public void answer(
      DisclosureRequest request, String outcome, LocalDate repliedOn, String by, Instant now) {
    if (request.state() != RequestState.OPEN) {
      throw new Problem.Conflict("already-answered", "requests.problem.already-answered");
    }
    LocalDate earliest =
        request.pauses().stream()
            .map(p -> p.endedOn() != null ? p.endedOn() : p.startedOn())
            .max(LocalDate::compareTo)
            .filter(d -> d.isAfter(request.receivedOn()))
            .orElse(request.receivedOn());
    checkDay("repliedOn", repliedOn, earliest);
    int year = repliedOn.getYear();
    var row =
        Outcomes.row(year, outcome == null ? "" : outcome)
            .orElseThrow(
                () ->
                    new Problem.Invalid(
                        "outcome",
                        "requests.field.outcome",
                        year,
                        Outcomes.of(year).stream().map(r -> r.key()).toList()));
    request.answer(row.key(), Outcomes.formatId(year).orElseThrow(), repliedOn, by, now);
    request.due(null);
  }

  /**
   * Records a review or lawsuit (table 四), filed no earlier than receipt and not in the future; a
   * lawsuit after review needs the review first.
   */
  public Appeal appeal(DisclosureRequest request, AppealKind kind, LocalDate filedOn, Instant now) {
    if (kind == null) {
      throw new Problem.Invalid("kind", "field.one-of", Coded.codes(AppealKind.values()));
    }
    checkDay("filedOn", filedOn, request.receivedOn());
    if (kind == AppealKind.LITIGATION_AFTER_REVIEW
        && request.appeals().stream().noneMatch(a -> a.kind() == AppealKind.REVIEW)) {
      throw new Problem.Conflict("no-review", "requests.problem.no-review");
    }
    return request.appeal(kind, filedOn, now);
  }

  /** The result of a review or lawsuit; 尚未审结 (pending) clears the decision date. */
  public void decide(Appeal appeal, AppealResult result, LocalDate decidedOn) {
    if (result == null) {
      throw new Problem.Invalid("result", "field.one-of", Coded.codes(AppealResult.values()));
    }
    if (result != AppealResult.PENDING) {
      checkDay("decidedOn", decidedOn, appeal.filedOn());
    }
    appeal.decide(result, decidedOn);
  }

  public void close(DisclosureRequest request, String by, Instant now) {
    switch (request.state()) {
      case OPEN -> throw new Problem.Conflict("not-answered", "requests.problem.not-answered");
      case CLOSED ->
          throw new Problem.Conflict("already-closed", "requests.problem.already-closed");
      case ANSWERED -> request.close(by, now);
    }
  }

  /** Stores the clock's due date, so lists can filter on it. */
  public void settle(DisclosureRequest request) {
    request.due(request.state() == RequestState.OPEN ? read(request).dueOn() : null);
  }

  private void checkDay(String field, LocalDate day, LocalDate notBefore) {
    if (day == null) {
      throw new Problem.Invalid(field, "field.required");
    }
    if (day.isBefore(notBefore)) {
      throw new Problem.Invalid(field, "requests.field.not-before", notBefore.toString());
    }
    if (day.isAfter(today)) {
      throw new Problem.Invalid(field, "requests.field.not-future");
    }
  }

  private static void requireOpen(DisclosureRequest request) {
    if (request.state() != RequestState.OPEN) {
      throw new Problem.Conflict("request-answered", "requests.problem.request-answered");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
