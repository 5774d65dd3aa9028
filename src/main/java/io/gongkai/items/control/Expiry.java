package io.gongkai.items.control;

import io.gongkai.audit.entity.AuditEntry;
import io.gongkai.items.entity.Item;
import io.gongkai.platform.ClusterLock;
import io.gongkai.platform.Database;
import io.gongkai.platform.Transactions;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Withdraws published items whose expiry has passed. The public never sees an expired item even
 * before this runs (the visibility rule checks the expiry itself); this makes the state say so.
 * Every instance schedules it; one instance per tick runs it ({@link ClusterLock}).
 */
@Singleton
public class Expiry {

  @Inject Transactions tx;
  @Inject ClusterLock cluster;
  @Inject Database database;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  public void withdrawExpired() {
    if (!database.migrated()) {
      return; // a first start: the schema is still being made
    }
    tx.write(
        em -> {
          if (!cluster.tryTake(em, "expiry")) {
            return null; // another instance runs this tick
          }
          List<Item> expired =
              em.createQuery(
                      "select i from Item i"
                          + " where i.state = io.gongkai.items.entity.ItemState.PUBLISHED"
                          + " and i.expiresAt is not null and i.expiresAt <= :now",
                      Item.class)
                  .setParameter("now", Instant.now())
                  .getResultList();
          for (Item item : expired) {
            item.withdraw("到期自动撤稿 (expired)");
            em.persist(
                new AuditEntry(
                    "system",
                    null,
                    "item.expire",
                    "item",
                    String.valueOf(item.id()),
                    item.organisation().id(),
                    item.indexNumber()));
          }
          return null;
        });
  }
}
