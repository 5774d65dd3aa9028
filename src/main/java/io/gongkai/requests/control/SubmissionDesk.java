package io.gongkai.requests.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.requests.control.RequestInput.ApplicantInput;
import io.gongkai.requests.entity.Coded;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.OnlineSubmission;
import io.gongkai.requests.entity.ReceiptChannel;
import io.gongkai.requests.entity.SubmissionState;
import io.gongkai.requests.entity.VoidReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editors' side of online requests: the submissions waiting for confirmation, accepting one —
 * which registers it in the register through {@link Register#register} (channel online, received on
 * the day of confirmation unless the editor names another, no earlier than the day it was sent) —
 * or voiding it with a reason. Each is one transaction with an audit entry that names the
 * submission and never the applicant.
 */
@ApplicationScoped
public class SubmissionDesk {

  /** The most submissions one list shows. */
  public static final int LIST_MAX = 200;

  static final int VOID_NOTE = 500;

  @Inject Transactions tx;
  @Inject RequestQueries queries;
  @Inject Register register;
  @Inject AuditLog audit;

  /** Waiting ones oldest first (a queue); decided ones newest first. */
  public List<OnlineSubmission> list(EntityManager em, Organisation o, SubmissionState state) {
    String order = state == SubmissionState.PENDING ? "asc" : "desc";
    return em.createQuery(
            "select s from OnlineSubmission s where s.organisation = :o and s.state = :state"
                + " order by s.submittedAt "
                + order
                + ", s.id "
                + order,
            OnlineSubmission.class)
        .setParameter("o", o)
        .setParameter("state", state)
        .setMaxResults(LIST_MAX)
        .getResultList();
  }

  public OnlineSubmission accept(Caller caller, String slug, long id, LocalDate receivedOn) {
    return tx.write(
        em -> {
          OnlineSubmission s = pending(em, caller, slug, id);
          LocalDate sent = s.submittedAt().atZone(Register.CHINA).toLocalDate();
          LocalDate day = receivedOn == null ? LocalDate.now(Register.CHINA) : receivedOn;
          if (day.isBefore(sent)) {
            throw new Problem.Invalid("receivedOn", "requests.field.not-before", sent.toString());
          }
          DisclosureRequest r = register.register(caller, slug, registration(s, day));
          s.accept(r, caller.username(), Instant.now());
          em.flush();
          audit.record(em, caller, "request.submission-accept", target(s), String.valueOf(r.id()));
          return s;
        });
  }

  public OnlineSubmission voidIt(Caller caller, String slug, long id, String reason, String note) {
    return tx.write(
        em -> {
          OnlineSubmission s = pending(em, caller, slug, id);
          VoidReason why =
              VoidReason.of(reason == null ? "" : reason.strip())
                  .orElseThrow(
                      () ->
                          new Problem.Invalid(
                              "reason", "field.one-of", Coded.codes(VoidReason.values())));
          String text = note == null || note.isBlank() ? null : note.strip();
          if (text != null && text.length() > VOID_NOTE) {
            throw new Problem.Invalid("note", "field.max-length", VOID_NOTE);
          }
          s.voidIt(why, text, caller.username(), Instant.now());
          em.flush();
          audit.record(em, caller, "request.submission-void", target(s), why.code());
          return s;
        });
  }

  private OnlineSubmission pending(EntityManager em, Caller caller, String slug, long id) {
    Organisation o = queries.organisation(em, caller, slug, Role.EDITOR);
    OnlineSubmission s = em.find(OnlineSubmission.class, id);
    if (s == null || !s.organisation().id().equals(o.id())) {
      throw new Problem.NotFound("request-submission", id);
    }
    if (s.state() != SubmissionState.PENDING) {
      throw new Problem.Conflict("submission-decided", "requests.online.already-decided");
    }
    // two editors deciding at once: the second one's commit fails and changes nothing
    em.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return s;
  }

  /** The register entry an accepted submission becomes: the applicant's details copied. */
  static RequestInput registration(OnlineSubmission s, LocalDate receivedOn) {
    var a = s.applicant();
    var w = s.wanted();
    String contact =
        Stream.of(a.phone(), a.email(), a.postalAddress())
            .filter(Objects::nonNull)
            .collect(Collectors.joining("；"));
    return new RequestInput(
        ReceiptChannel.ONLINE.code(),
        receivedOn,
        a.type().code(),
        new ApplicantInput(a.name(), a.identity(), contact.isEmpty() ? null : contact),
        w.subject(),
        w.form().label() + "；" + w.delivery().label());
  }

  private static AuditLog.Target target(OnlineSubmission s) {
    return new AuditLog.Target("request-submission", s.id(), s.organisation().id());
  }
}
