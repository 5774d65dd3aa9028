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

/**
 * Every change of a request, checked before it is applied: dates no earlier than the clock allows
 * and never in the future, one correction, one extension of at most 20 working days, one outcome
 * from table 三 of the reply's report year. A refusal changes nothing. Pure: the calendar and
 * "today" are given, so the rules are tested without a server.
 */
public final class RequestRules {

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

  public void startPause(
      DisclosureRequest request, PauseKind kind, LocalDate on, String note, Instant now) {
    requireOpen(request);
    if (request.openPause().isPresent()) {
      throw new Problem.Conflict("request-paused", "requests.problem.already-paused");
    }
    if (kind == PauseKind.CORRECTION
        && request.pauses().stream().anyMatch(p -> p.kind() == PauseKind.CORRECTION)) {
      throw new Problem.Conflict("correction-used", "requests.problem.correction-used");
    }
    checkDay("startedOn", on, RequestClock.countsFrom(RequestClock.facts(request)));
    request.startPause(kind, on, note, now);
    settle(request);
  }

  public void endPause(DisclosureRequest request, LocalDate on, Instant now) {
    requireOpen(request);
    var open =
        request
            .openPause()
            .orElseThrow(
                () -> new Problem.Conflict("request-not-paused", "requests.problem.not-paused"));
    checkDay("endedOn", on, open.startedOn());
    request.endPause(on, now);
    settle(request);
  }

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
