package io.gongkai.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Function;

/**
 * Units of work on the database, demarcated by the container: {@link #write} runs in a JTA
 * transaction (joining the caller's, or starting one that the container commits when it returns) on
 * the container-managed persistence context, and any exception rolls the whole transaction back, so
 * a refused request never half-writes. Before returning, {@code write} flushes and appends the
 * transaction's content changes to the {@link ChangeLog}, in the same transaction.
 */
@ApplicationScoped
public class Transactions {

  private static final Object ANNOUNCED = new Object();
  private static final Object COUNTED = new Object();

  @PersistenceContext(unitName = "gongkai")
  EntityManager em;

  @PersistenceUnit(unitName = "gongkai")
  EntityManagerFactory factory;

  @Resource TransactionSynchronizationRegistry registry;

  @Inject Event<ChangeLog.Committed> committed;
  @Inject DatabaseMetrics metrics;
  @Inject ChangeNotices notices;
  @Inject Database database;

  /** Runs {@code work} in the current transaction, or in a new one committed when it returns. */
  @Transactional(value = TxType.REQUIRED, rollbackOn = Exception.class)
  public <T> T write(Function<EntityManager, T> work) {
    return inTransaction(work);
  }

  /**
   * Runs {@code work} in a transaction of its own, committed when it returns even if the caller's
   * transaction later rolls back (progress of a long job, a count that must not be lost).
   */
  @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
  public <T> T writeAlone(Function<EntityManager, T> work) {
    return inTransaction(work);
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    if (registry.getResource(COUNTED) == null) {
      registry.putResource(COUNTED, Boolean.TRUE);
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              metrics.ended(status == Status.STATUS_COMMITTED);
            }
          });
    }
    try {
      T result = work.apply(em);
      em.flush();
      if (ChangeLog.append(em) && registry.getResource(ANNOUNCED) == null) {
        registry.putResource(ANNOUNCED, Boolean.TRUE);
        if (database.shared()) {
          notices.send(em);
        }
        committed.fire(new ChangeLog.Committed());
      }
      return result;
    } catch (PersistenceException e) {
      if (isOptimisticLock(e)) {
        System.getLogger(Transactions.class.getName())
            .log(System.Logger.Level.INFO, "Concurrent change refused: {0}", e.toString());
        throw new Problem.StaleVersion();
      }
      throw e;
    }
  }

  /**
   * Reads with an entity manager of its own (joined to the caller's transaction if there is one);
   * outside a transaction it reads committed data without starting one.
   */
  public <T> T read(Function<EntityManager, T> work) {
    EntityManager reader = factory.createEntityManager();
    try {
      return work.apply(reader);
    } finally {
      reader.close();
    }
  }

  private static boolean isOptimisticLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
