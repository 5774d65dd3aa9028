package io.gongkai.requests.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import io.gongkai.requests.control.Steps.AnswerInput;
import io.gongkai.requests.control.Steps.ExtensionInput;
import io.gongkai.requests.control.Steps.PauseEnd;
import io.gongkai.requests.control.Steps.PauseInput;
import io.gongkai.requests.entity.AppealKind;
import io.gongkai.requests.entity.AppealResult;
import io.gongkai.requests.entity.Coded;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.DisclosureRequest.Extension;
import io.gongkai.requests.entity.PauseKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The register's writes. Each is one transaction: the caller's right in the request's organisation
 * (editors register, edit, pause and answer; reviewers extend and close), the version read
 * (If-Match), the rule, and an audit entry that names the request but never the applicant.
 */
@ApplicationScoped
public class Register {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** One change of one request, given the rules of today. */
  private interface Change {
    void apply(RequestRules rules, DisclosureRequest request, Instant now);
  }

  @Inject Transactions tx;
  @Inject RequestQueries queries;
  @Inject AuditLog audit;
  @Inject HolidayCalendar calendar;

  public HolidayCalendar calendar() {
    return calendar;
  }

  public RequestRules rules() {
    return new RequestRules(calendar.workingDays(), LocalDate.now(CHINA));
  }

  public DisclosureRequest register(Caller caller, String slug, RequestInput input) {
    return tx.write(
        em -> {
          Organisation organisation = queries.organisation(em, caller, slug, Role.EDITOR);
          RequestRules rules = rules();
          var registration = input.registration();
          rules.checkRegistration(registration);
          var request =
              new DisclosureRequest(organisation, registration, caller.username(), Instant.now());
          rules.settle(request);
          em.persist(request);
          em.flush();
          audit.record(
              em, caller, "request.register", target(request), request.receivedOn().toString());
          return request;
        });
  }

  public DisclosureRequest update(
      Caller caller, String slug, long id, Long version, RequestInput input) {
    return change(
        caller,
        slug,
        id,
        version,
        Role.EDITOR,
        "request.update",
        (rules, r, now) -> rules.update(r, input.registration(), now));
  }

  public DisclosureRequest pause(Caller caller, String slug, long id, Long version, PauseInput in) {
    PauseKind kind =
        PauseKind.of(in.kind() == null ? "" : in.kind())
            .orElseThrow(
                () -> new Problem.Invalid("kind", "field.one-of", Coded.codes(PauseKind.values())));
    return change(
        caller,
        slug,
        id,
        version,
        Role.EDITOR,
        "request.pause",
        (rules, r, now) -> rules.startPause(r, kind, in.startedOn(), in.dueOn(), in.note(), now));
  }

  public DisclosureRequest endPause(
      Caller caller, String slug, long id, Long version, PauseEnd in) {
    return change(
        caller,
        slug,
        id,
        version,
        Role.EDITOR,
        "request.resume",
        (rules, r, now) -> rules.endPause(r, in.endedOn(), now));
  }

  public DisclosureRequest extend(
      Caller caller, String slug, long id, Long version, ExtensionInput in) {
    return change(
        caller,
        slug,
        id,
        version,
        Role.REVIEWER,
        "request.extend",
        (rules, r, now) ->
            rules.extend(
                r,
                new Extension(
                    in.days() == null ? 0 : in.days(),
                    in.reason(),
                    caller.username(),
                    in.extendedOn() == null ? LocalDate.now(CHINA) : in.extendedOn()),
                now));
  }

  public DisclosureRequest answer(
      Caller caller, String slug, long id, Long version, AnswerInput in) {
    return change(
        caller,
        slug,
        id,
        version,
        Role.EDITOR,
        "request.answer",
        (rules, r, now) -> rules.answer(r, in.outcome(), in.repliedOn(), caller.username(), now));
  }

  public DisclosureRequest appeal(
      Caller caller, String slug, long id, Long version, Steps.AppealInput in) {
    AppealKind kind = in.kind() == null ? null : AppealKind.of(in.kind()).orElse(null);
    return change(
        caller,
        slug,
        id,
        version,
        Role.EDITOR,
        "request.appeal",
        (rules, r, now) -> rules.appeal(r, kind, in.filedOn(), now));
  }

  public DisclosureRequest decide(
      Caller caller, String slug, long id, long appealId, Long version, Steps.AppealDecision in) {
    AppealResult result = in.result() == null ? null : AppealResult.of(in.result()).orElse(null);
    return change(
        caller,
        slug,
        id,
        version,
        Role.EDITOR,
        "request.appeal-result",
        (rules, r, now) ->
            rules.decide(
                r.appeals().stream()
                    .filter(a -> a.id() == appealId)
                    .findFirst()
                    .orElseThrow(() -> new Problem.NotFound("appeal", appealId)),
                result,
                in.decidedOn()));
  }

  public DisclosureRequest close(Caller caller, String slug, long id, Long version) {
    return change(
        caller,
        slug,
        id,
        version,
        Role.REVIEWER,
        "request.close",
        (rules, r, now) -> rules.close(r, caller.username(), now));
  }

  private DisclosureRequest change(
      Caller caller, String slug, long id, Long version, Role role, String action, Change change) {
    return tx.write(
        em -> {
          Organisation organisation = queries.organisation(em, caller, slug, role);
          DisclosureRequest request = queries.get(em, organisation, id);
          Versions.require(request.version(), version);
          em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          change.apply(rules(), request, Instant.now());
          em.flush();
          audit.record(em, caller, action, target(request), request.state().name());
          return request;
        });
  }

  private static AuditLog.Target target(DisclosureRequest r) {
    return new AuditLog.Target("request", r.id(), r.organisation().id());
  }
}
