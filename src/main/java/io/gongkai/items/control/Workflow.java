package io.gongkai.items.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import io.gongkai.items.entity.Transition;
import io.gongkai.platform.Message;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The editorial workflow: DRAFT → PENDING_REVIEW → PUBLISHED (now or scheduled) → WITHDRAWN, and
 * back to PUBLISHED with the same 索引号. Editors submit; reviewers do the rest. Neither an item whose
 * pictures lack their alternative text ({@link BodyPictures#requireAlt}) goes further.
 */
@ApplicationScoped
public class Workflow {

  @Inject Transactions tx;
  @Inject ItemAccess access;
  @Inject IndexNumbers indexNumbers;
  @Inject AuditLog audit;

  public Item submit(Caller caller, long id, Long version) {
    return tx.write(
        em -> {
          Item item = access.forChange(em, caller, id, Role.EDITOR, version);
          require(item, Transition.SUBMIT);
          BodyPictures.requireAlt(item);
          item.moveTo(ItemState.PENDING_REVIEW);
          audit.record(em, caller, "item.submit", ItemEditor.target(item), null);
          return item;
        });
  }

  /** Sends a pending item back to its editor. */
  public Item reject(Caller caller, long id, Long version, String comment) {
    return tx.write(
        em -> {
          Item item = access.forChange(em, caller, id, Role.REVIEWER, version);
          require(item, Transition.REJECT);
          item.moveTo(ItemState.DRAFT);
          audit.record(em, caller, "item.reject", ItemEditor.target(item), comment);
          return item;
        });
  }

  /** Publishes now ({@code at} null) or at a set time; a scheduled item may be rescheduled. */
  public Item publish(Caller caller, long id, Long version, Instant at) {
    return tx.write(
        em -> {
          Item item = access.forChange(em, caller, id, Role.REVIEWER, version);
          Instant now = Instant.now();
          boolean rescheduling = item.isScheduledAt(now);
          if (!rescheduling) {
            require(item, Transition.PUBLISH);
          }
          BodyPictures.requireAlt(item);
          Instant when = at == null ? now : at;
          String action = when.isAfter(now) ? "item.schedule" : "item.publish";
          // everything that needs a new id (taken at persist) comes before the 索引号 counter row
          // is locked: taking a block of ids may need a second connection, and publications
          // queued on that row can hold every connection of the pool
          var entry = audit.record(em, caller, action, ItemEditor.target(item), null);
          String indexNumber =
              item.indexNumber() != null
                  ? null
                  : indexNumbers.allocate(
                      em, item.organisation(), when.atZone(ItemQueries.CHINA).getYear());
          item.publish(when, indexNumber);
          entry.describe(item.indexNumber() + " at " + when);
          return item;
        });
  }

  public Item withdraw(Caller caller, long id, Long version, String reason) {
    return tx.write(
        em -> {
          Item item = access.forChange(em, caller, id, Role.REVIEWER, version);
          require(item, Transition.WITHDRAW);
          if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw new Problem.Invalid("reason", "field.required-max-length", 300);
          }
          item.withdraw(reason.strip());
          audit.record(em, caller, "item.withdraw", ItemEditor.target(item), reason);
          return item;
        });
  }

  private static void require(Item item, Transition move) {
    if (!move.allowedFrom(item.state())) {
      throw new Problem.Conflict(
          "transition-not-allowed",
          "items.transition-not-allowed",
          Message.of("items.transition." + move.name()),
          Message.of("items.state." + item.state().name()),
          move.from().stream().sorted().map(s -> Message.of("items.state." + s.name())).toList());
    }
  }
}
