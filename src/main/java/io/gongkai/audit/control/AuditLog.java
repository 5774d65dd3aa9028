package io.gongkai.audit.control;

import io.gongkai.access.control.Caller;
import io.gongkai.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes and reads the audit log. */
@ApplicationScoped
public class AuditLog {

  /** What was acted on. */
  public record Target(String type, Object id, Long organisationId) {}

  public AuditEntry record(
      EntityManager em, Caller caller, String action, Target target, String detail) {
    return record(em, caller.username(), caller.address(), action, target, detail);
  }

  /**
   * An action of the system itself (demo loading, expiry) or of a known actor outside a request.
   */
  public AuditEntry record(
      EntityManager em, String actor, String address, String action, Target target, String detail) {
    AuditEntry entry =
        new AuditEntry(
            actor,
            address,
            action,
            target.type(),
            target.id() == null ? null : String.valueOf(target.id()),
            target.organisationId(),
            detail);
    em.persist(entry);
    return entry;
  }

  /**
   * Which entries to read: any of the fields may be null (no restriction). {@code action} matches
   * the action or, ending with a dot ({@code "item."}), every action of that kind; {@code from} is
   * inclusive, {@code until} exclusive.
   */
  public record Filter(String actor, String action, Instant from, Instant until) {
    public static final Filter NONE = new Filter(null, null, null, null);
  }

  public List<AuditEntry> recent(EntityManager em, List<Long> organisationIds, int limit) {
    return recent(em, organisationIds, Filter.NONE, limit);
  }

  /** The newest entries of those organisations (null: every one) that pass {@code filter}. */
  public List<AuditEntry> recent(
      EntityManager em, List<Long> organisationIds, Filter filter, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (organisationIds != null) {
      where.add("e.organisationId in :orgs");
      params.put("orgs", organisationIds.isEmpty() ? List.of(-1L) : organisationIds);
    }
    if (filter.actor() != null) {
      where.add("e.actor = :actor");
      params.put("actor", filter.actor());
    }
    if (filter.action() != null && filter.action().endsWith(".")) {
      where.add("e.action like :action");
      params.put("action", filter.action().replace("%", "").replace("_", "") + "%");
    } else if (filter.action() != null) {
      where.add("e.action = :action");
      params.put("action", filter.action());
    }
    if (filter.from() != null) {
      where.add("e.occurredAt >= :from");
      params.put("from", filter.from());
    }
    if (filter.until() != null) {
      where.add("e.occurredAt < :until");
      params.put("until", filter.until());
    }
    var query =
        em.createQuery(
                "select e from AuditEntry e"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                    + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class)
            .setMaxResults(limit);
    params.forEach(query::setParameter);
    return query.getResultList();
  }
}
