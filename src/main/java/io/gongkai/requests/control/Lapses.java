package io.gongkai.requests.control;

import io.gongkai.audit.control.AuditLog;
import io.gongkai.platform.ClusterLock;
import io.gongkai.platform.Database;
import io.gongkai.platform.Transactions;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.RequestState;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the register does by itself, every half minute, once across the instances ({@link
 * ClusterLock}):
 *
 * <ul>
 *   <li>ends the pauses whose deadline has passed with nothing received ({@link
 *       RequestRules#lapse}): a consultation lets the clock run on, an uncorrected or unpaid
 *       request is answered under 其他处理; each is one transaction that changes the request, so its
 *       version rises (an editor's stale form gets 412), and writes an audit entry by {@code
 *       system};
 *   <li>stores every open request's due date again when the working-day calendar changed (the
 *       administrator's holiday file was edited, or a new release ships another year), so the
 *       lists' overdue and due-soon filters follow the calendar. The due date is derived, not
 *       edited, so this does not change the request's version.
 * </ul>
 */
@Singleton
public class Lapses {

  @Inject Transactions tx;
  @Inject ClusterLock cluster;
  @Inject Register register;
  @Inject AuditLog audit;
  @Inject Database database;

  /** The calendar the stored due dates were last worked out with on this instance. */
  private WorkingDays settledWith;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  public void tick() {
    if (!database.migrated()) {
      return; // a first start: the schema is still being made
    }
    for (long id : pausedRequests()) {
      lapse(id);
    }
    WorkingDays days = register.calendar().workingDays();
    if (days != settledWith) {
      resettle();
      settledWith = days;
    }
  }

  private List<Long> pausedRequests() {
    return tx.read(
        em ->
            em.createQuery(
                    "select distinct p.request.id from Pause p where p.endedOn is null"
                        + " and p.request.state = :open",
                    Long.class)
                .setParameter("open", RequestState.OPEN)
                .getResultList());
  }

  private void lapse(long id) {
    tx.write(
        em -> {
          if (!cluster.tryTake(em, "request-lapses")) {
            return null;
          }
          DisclosureRequest request = em.find(DisclosureRequest.class, id);
          RequestRules rules = register.rules();
          if (request == null || rules.lapse(request, Instant.now()).isEmpty()) {
            return null;
          }
          var lapse = request.lastPause().orElseThrow();
          audit.record(
              em,
              RequestRules.LAPSED_BY,
              null,
              "request.lapse",
              new AuditLog.Target("request", request.id(), request.organisation().id()),
              lapse.kind().code()
                  + " "
                  + lapse.endedOn()
                  + (request.outcome() == null ? "" : " " + request.outcome()));
          return null;
        });
  }

  private void resettle() {
    tx.write(
        em -> {
          if (!cluster.tryTake(em, "request-resettle")) {
            return null;
          }
          RequestRules rules = register.rules();
          List<DisclosureRequest> open =
              em.createQuery(
                      "select r from DisclosureRequest r where r.state = :open",
                      DisclosureRequest.class)
                  .setParameter("open", RequestState.OPEN)
                  .getResultList();
          for (DisclosureRequest r : open) {
            LocalDate due = rules.read(r).dueOn();
            if (!Objects.equals(due, r.dueOn())) {
              em.createQuery("update DisclosureRequest r set r.dueOn = :due where r.id = :id")
                  .setParameter("due", due)
                  .setParameter("id", r.id())
                  .executeUpdate();
            }
          }
          return null;
        });
  }
}
