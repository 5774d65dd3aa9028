package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Work that must happen once across every instance sharing the database, by PostgreSQL advisory
 * locks held until the transaction ends: a scheduled job runs once per tick (the first instance to
 * ask takes the lock, the others skip the tick), and one-off work waits for whoever does it first.
 * On the embedded H2 database there is one instance, which always goes ahead.
 */
@ApplicationScoped
public class ClusterLock {

  @Inject Database database;

  /** Whether this instance runs {@code job} now; the lock lasts as long as the transaction. */
  public boolean tryTake(EntityManager em, String job) {
    return !database.shared() || Boolean.TRUE.equals(lock(em, "pg_try_advisory_xact_lock", job));
  }

  /**
   * Waits until no other instance does {@code job}, then holds it until the transaction ends: for
   * work that must happen once, whichever instance comes first (the demo content of an empty
   * database); the next one then finds it done.
   */
  public void await(EntityManager em, String job) {
    if (database.shared()) {
      lock(em, "pg_advisory_xact_lock", job);
    }
  }

  private static Object lock(EntityManager em, String function, String job) {
    return em.createNativeQuery("SELECT " + function + "(hashtext(?1))")
        .setParameter(1, "gongkai." + job)
        .getSingleResult();
  }
}
