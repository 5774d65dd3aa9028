package io.gongkai.audit.control;

import io.gongkai.access.control.Caller;
import io.gongkai.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

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

  public List<AuditEntry> recent(EntityManager em, List<Long> organisationIds, int limit) {
    String where = organisationIds == null ? "" : " where e.organisationId in :orgs";
    var query =
        em.createQuery(
                "select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class)
            .setMaxResults(limit);
    if (organisationIds != null) {
      query.setParameter("orgs", organisationIds.isEmpty() ? List.of(-1L) : organisationIds);
    }
    return query.getResultList();
  }
}
