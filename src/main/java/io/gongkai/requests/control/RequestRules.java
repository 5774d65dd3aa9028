package io.gongkai.requests.control;

import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import io.gongkai.requests.entity.Appeal;
import io.gongkai.requests.entity.AppealKind;
import io.gongkai.requests.entity.AppealResult;
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
      errors.add(new FieldError("channel", "必填：in-person、post、online、fax 或 other"));
    }
    if (r.receivedOn() == null) {
      errors.add(new FieldError("receivedOn", "必填"));
    } else if (r.receivedOn().isAfter(today)) {
      errors.add(new FieldError("receivedOn", "收到申请的日期不能晚于今天"));
    }
    if (r.applicantType() == null) {
      errors.add(new FieldError("applicantType", "必填：表三的申请人类别之一"));
    }
    if (r.applicant() == null || blank(r.applicant().name())) {
      errors.add(new FieldError("applicant.name", "必填"));
    }
    if (blank(r.subject())) {
      errors.add(new FieldError("subject", "必填：申请公开的政府信息"));
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
              throw new Problem.Invalid("receivedOn", "收到申请的日期不能晚于已登记的中止日期 " + p.startedOn());
            });
    request.register(r, now);
    settle(request);
  }

  public void startPause(
      DisclosureRequest request, PauseKind kind, LocalDate on, String note, Instant now) {
    requireOpen(request);
    if (request.openPause().isPresent()) {
      throw new Problem.Conflict("request-paused", "该申请已处于中止计时状态，请先登记上一次中止的结束日期");
    }
    if (kind == PauseKind.CORRECTION
        && request.pauses().stream().anyMatch(p -> p.kind() == PauseKind.CORRECTION)) {
      throw new Problem.Conflict("correction-used", "补正应一次性告知（第三十条），该申请已登记过补正");
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
            .orElseThrow(() -> new Problem.Conflict("request-not-paused", "该申请没有进行中的中止"));
    checkDay("endedOn", on, open.startedOn());
    request.endPause(on, now);
    settle(request);
  }

  public void extend(DisclosureRequest request, Extension e, Instant now) {
    requireOpen(request);
    if (request.extension().isPresent()) {
      throw new Problem.Conflict("extension-used", "答复期限只能延长一次（第三十三条）");
    }
    List<FieldError> errors = new ArrayList<>();
    if (e.days() < 1 || e.days() > RequestClock.MAX_EXTENSION) {
      errors.add(new FieldError("days", "延长的期限为 1 至 20 个工作日（第三十三条）"));
    }
    if (blank(e.reason())) {
      errors.add(new FieldError("reason", "必填：延长答复期限的理由"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    checkDay("extendedOn", e.extendedOn(), request.receivedOn());
    LocalDate due = read(request).dueOn();
    if (due == null) {
      throw new Problem.Conflict("request-paused", "中止计时期间不能延长答复期限");
    }
    if (e.extendedOn().isAfter(due)) {
      throw new Problem.Conflict("deadline-passed", "答复期限已于 " + due + " 届满，不能再延长");
    }
    request.extend(e, now);
    settle(request);
  }

  public void answer(
      DisclosureRequest request, String outcome, LocalDate repliedOn, String by, Instant now) {
    if (request.state() != RequestState.OPEN) {
      throw new Problem.Conflict("already-answered", "该申请已有办理结果，每件申请只能有一个办理结果");
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
                        "应为 "
                            + year
                            + " 年度报告表三的办理结果之一："
                            + String.join(
                                "、", Outcomes.of(year).stream().map(r -> r.key()).toList())));
    request.answer(row.key(), Outcomes.formatId(year).orElseThrow(), repliedOn, by, now);
    request.due(null);
  }

  /**
   * Records a review or lawsuit (table 四), filed no earlier than receipt and not in the future; a
   * lawsuit after review needs the review first.
   */
  public Appeal appeal(DisclosureRequest request, AppealKind kind, LocalDate filedOn, Instant now) {
    if (kind == null) {
      throw new Problem.Invalid("kind", "应为 review、litigationDirect 或 litigationAfterReview");
    }
    checkDay("filedOn", filedOn, request.receivedOn());
    if (kind == AppealKind.LITIGATION_AFTER_REVIEW
        && request.appeals().stream().noneMatch(a -> a.kind() == AppealKind.REVIEW)) {
      throw new Problem.Conflict("no-review", "复议后起诉须先登记行政复议");
    }
    return request.appeal(kind, filedOn, now);
  }

  /** The result of a review or lawsuit; 尚未审结 (pending) clears the decision date. */
  public void decide(Appeal appeal, AppealResult result, LocalDate decidedOn) {
    if (result == null) {
      throw new Problem.Invalid("result", "应为 upheld、corrected、other 或 pending");
    }
    if (result != AppealResult.PENDING) {
      checkDay("decidedOn", decidedOn, appeal.filedOn());
    }
    appeal.decide(result, decidedOn);
  }

  public void close(DisclosureRequest request, String by, Instant now) {
    switch (request.state()) {
      case OPEN -> throw new Problem.Conflict("not-answered", "该申请尚无办理结果，不能办结");
      case CLOSED -> throw new Problem.Conflict("already-closed", "该申请已办结");
      case ANSWERED -> request.close(by, now);
    }
  }

  /** Stores the clock's due date, so lists can filter on it. */
  public void settle(DisclosureRequest request) {
    request.due(request.state() == RequestState.OPEN ? read(request).dueOn() : null);
  }

  private void checkDay(String field, LocalDate day, LocalDate notBefore) {
    if (day == null) {
      throw new Problem.Invalid(field, "必填");
    }
    if (day.isBefore(notBefore)) {
      throw new Problem.Invalid(field, "不能早于 " + notBefore);
    }
    if (day.isAfter(today)) {
      throw new Problem.Invalid(field, "不能晚于今天");
    }
  }

  private static void requireOpen(DisclosureRequest request) {
    if (request.state() != RequestState.OPEN) {
      throw new Problem.Conflict("request-answered", "该申请已答复，登记内容不能再修改");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
