package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Lets a scheduled job run once per tick across every instance sharing the database: the first
 * instance to ask takes a PostgreSQL advisory lock held until its transaction ends, and the others,
 * asking in the same tick, skip it. On the embedded H2 database there is one instance, which always
 * runs it.
 */
@ApplicationScoped
public class ClusterLock {

  @Inject ChangeNotices notices;

  /** Whether this instance runs {@code job} now; the lock lasts as long as the transaction. */
  public boolean tryTake(EntityManager em, String job) {
    if (!notices.enabled()) {
      return true;
    }
    Object taken =
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?1))")
            .setParameter(1, "gongkai." + job)
            .getSingleResult();
    return Boolean.TRUE.equals(taken);
  }
}
