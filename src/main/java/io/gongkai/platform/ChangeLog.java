package io.gongkai.platform;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The log of changes to public content, written in the same transaction as the change itself. The
 * content features say what changed ({@link #changed}, usually from an entity listener); {@link
 * Transactions#write} appends the rows just before it commits, numbering them from one locked
 * counter so positions are gap-free and in commit order. Readers (the search index) follow the log
 * by position.
 */
public final class ChangeLog {

  /** What kind of content a change concerns. */
  public enum Kind {
    ITEM,
    REPORT
  }

  /** One content change: which kind, which id. */
  public record Change(Kind kind, long id) {}

  /**
   * Fired in a transaction that appended to the log, at most once per transaction; observers that
   * act on the committed state observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
   */
  public record Committed() {}

  /** One row of the log. */
  public record Entry(long position, Kind kind, long id, Instant at) {}

  private static final Object PENDING = new Object();
  private static volatile TransactionSynchronizationRegistry registry;

  private ChangeLog() {}

  /**
   * Notes that a piece of content changed in the current transaction (kept with the transaction in
   * the container's synchronization registry); outside a transaction there is nothing to log.
   */
  public static void changed(Kind kind, Long id) {
    Set<Change> pending = pending(true);
    if (pending != null && id != null) {
      pending.add(new Change(kind, id));
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<Change> pending(boolean create) {
    TransactionSynchronizationRegistry r = registry();
    if (r == null || r.getTransactionKey() == null) {
      return null;
    }
    Set<Change> pending = (Set<Change>) r.getResource(PENDING);
    if (pending == null && create) {
      pending = new LinkedHashSet<>();
      r.putResource(PENDING, pending);
    }
    return pending;
  }

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry r = registry;
    if (r == null) {
      try {
        r =
            (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        registry = r;
      } catch (NamingException e) {
        return null; // not in a container (plain unit tests): no transactions to follow
      }
    }
    return r;
  }

  /** The position of the last change committed (as this transaction sees it). */
  public static long head(EntityManager em) {
    return ((Number)
            em.createNativeQuery("SELECT last_pos FROM change_counter WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  /** The entries after {@code position}, in order, at most {@code limit}. */
  public static java.util.List<Entry> after(EntityManager em, long position, int limit) {
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "SELECT pos, kind, entity_id, changed_at FROM change_log WHERE pos > ?1 ORDER BY pos")
            .setParameter(1, position)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Entry(
                    ((Number) r[0]).longValue(),
                    Kind.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    r[3] instanceof java.sql.Timestamp t
                        ? t.toInstant()
                        : ((java.time.LocalDateTime) r[3])
                            .atZone(java.time.ZoneId.systemDefault())
                            .toInstant()))
        .toList();
  }

  /**
   * Appends the current transaction's changes to the log; call after a flush, before the commit.
   * Returns whether anything was appended.
   */
  static boolean append(EntityManager em) {
    Set<Change> pending = pending(false);
    if (pending == null || pending.isEmpty()) {
      return false;
    }
    // The counter row stays locked from here to the commit, so no later position commits first.
    em.createNativeQuery("UPDATE change_counter SET last_pos = last_pos + ?1 WHERE id = 1")
        .setParameter(1, pending.size())
        .executeUpdate();
    long position = head(em) - pending.size();
    java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
    for (Change change : pending) {
      em.createNativeQuery(
              "INSERT INTO change_log (pos, kind, entity_id, changed_at) VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, ++position)
          .setParameter(2, change.kind().name())
          .setParameter(3, change.id())
          .setParameter(4, now)
          .executeUpdate();
    }
    pending.clear();
    return true;
  }
}
