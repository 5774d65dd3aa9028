package io.gongkai.requests.control;

import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.OnlineSubmission;
import io.gongkai.requests.entity.Outcomes;
import io.gongkai.requests.entity.RequestState;
import io.gongkai.requests.entity.SubmissionState;
import io.gongkai.requests.entity.TrackedState;
import io.gongkai.requests.entity.TrackingNumber;
import io.gongkai.requests.entity.VoidReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The public side of online requests (网上申请): an organisation that accepts them takes a submission
 * and answers with its tracking number; anyone holding the number reads its state — and nothing
 * personal, not even what was asked. Unknown and malformed numbers get the same 404.
 */
@ApplicationScoped
public class OnlineRequests {

  /** What the applicant is told on sending: the number, where it went, when. */
  public record Receipt(String trackingNumber, Organisation organisation, Instant submittedAt) {}

  /**
   * A tracking number's state: the register's receipt and due day once accepted (the due day null
   * while the clock is stopped), the reply day and outcome (a row of table 三) once answered, the
   * reason once voided.
   */
  public record Status(
      String trackingNumber,
      Organisation organisation,
      LocalDate submittedOn,
      TrackedState state,
      LocalDate receivedOn,
      LocalDate dueOn,
      LocalDate repliedOn,
      String outcome,
      String outcomeLabel,
      VoidReason voidReason) {}

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject ClientAddresses addresses;
  @Inject SubmissionThrottle throttle;
  @Inject Register register;

  public Receipt submit(String slug, SubmissionInput in, String clientAddress) {
    String hash = addresses.hash(clientAddress);
    return tx.write(
        em -> {
          Organisation o = organisations.get(em, slug);
          requireOnline(o);
          SubmissionRules.Checked checked = SubmissionRules.check(Versions.body(in));
          Instant now = Instant.now();
          // one submission of an organisation at a time, so its limits hold on every instance
          em.lock(o, LockModeType.PESSIMISTIC_WRITE);
          throttle.checkSubmission(em, o, hash, now);
          String number = TrackingNumber.next();
          if (!SubmissionRules.fromRobot(in)) {
            em.persist(
                new OnlineSubmission(o, number, checked.applicant(), checked.wanted(), hash, now));
          }
          return new Receipt(number, o, now);
        });
  }

  public Status status(String typed, String clientAddress) {
    String hash = addresses.hash(clientAddress);
    Instant now = Instant.now();
    tx.read(
        em -> {
          throttle.checkLookup(em, hash, now);
          return null;
        });
    Optional<Status> found =
        TrackingNumber.parse(typed)
            .flatMap(number -> tx.read(em -> find(em, number).map(this::status)));
    if (found.isEmpty()) {
      tx.write(
          em -> {
            throttle.missed(em, hash, now);
            return null;
          });
      throw new Problem(404, "not-found", "requests.online.unknown-tracking-number");
    }
    return found.get();
  }

  static void requireOnline(Organisation o) {
    if (!o.acceptsOnlineRequests()) {
      throw new Problem(403, "online-requests-off", "requests.online.off", o.name());
    }
  }

  private static Optional<OnlineSubmission> find(EntityManager em, String number) {
    return em.createQuery(
            "select s from OnlineSubmission s where s.trackingNumber = :n", OnlineSubmission.class)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  private Status status(OnlineSubmission s) {
    LocalDate submittedOn = s.submittedAt().atZone(Register.CHINA).toLocalDate();
    DisclosureRequest r = s.request();
    if (s.state() != SubmissionState.ACCEPTED || r == null) {
      TrackedState state =
          s.state() == SubmissionState.VOIDED ? TrackedState.VOIDED : TrackedState.PENDING;
      return new Status(
          s.trackingNumber(),
          s.organisation(),
          submittedOn,
          state,
          null,
          null,
          null,
          null,
          null,
          s.voidReason());
    }
    if (r.repliedOn() == null) {
      LocalDate due = register.rules().read(r).dueOn();
      return new Status(
          s.trackingNumber(),
          s.organisation(),
          submittedOn,
          TrackedState.ACCEPTED,
          r.receivedOn(),
          due,
          null,
          null,
          null,
          null);
    }
    String label =
        Outcomes.row(r.repliedOn().getYear(), r.outcome()).map(Outcomes::label).orElse(null);
    return new Status(
        s.trackingNumber(),
        s.organisation(),
        submittedOn,
        r.state() == RequestState.CLOSED ? TrackedState.CLOSED : TrackedState.ANSWERED,
        r.receivedOn(),
        null,
        r.repliedOn(),
        r.outcome(),
        label,
        null);
  }
}
