package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.util.function.Function;

/**
 * Units of work on the database. Each call gets its own entity manager and transaction; a failure
 * rolls everything back, so a refused request never half-writes.
 */
@ApplicationScoped
public class Transactions {

  @Inject Database database;
  @Inject Event<ChangeLog.Committed> committed;

  public <T> T write(Function<EntityManager, T> work) {
    EntityManager em = database.factory().createEntityManager();
    EntityTransaction tx = em.getTransaction();
    var outer = ChangeLog.begin();
    try {
      tx.begin();
      T result = work.apply(em);
      em.flush();
      boolean logged = ChangeLog.append(em);
      tx.commit();
      if (logged) {
        committed.fire(new ChangeLog.Committed());
      }
      return result;
    } catch (OptimisticLockException e) {
      throw new Problem.StaleVersion();
    } catch (RollbackException e) {
      if (e.getCause() instanceof OptimisticLockException) {
        throw new Problem.StaleVersion();
      }
      throw e;
    } catch (PersistenceException e) {
      if (isOptimisticLock(e)) {
        throw new Problem.StaleVersion();
      }
      throw e;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
      ChangeLog.end(outer);
    }
  }

  public <T> T read(Function<EntityManager, T> work) {
    EntityManager em = database.factory().createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
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
