package io.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Units of work inside Payara Micro: container transactions, the change log written in the same
 * transaction, and the index woken once per committed transaction.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionsContainerIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.controlLayer(
        "transactions", TransactionsContainerIT.class, CommitCounter.class);
  }

  @Inject Transactions tx;
  @Inject CommitCounter commits;

  @Test
  void aRolledBackTransactionLeavesNeitherRowsNorChangeLogEntries() {
    long head = tx.read(ChangeLog::head);
    int woken = commits.count();
    String marker = marker();
    long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

    assertThrows(
        IllegalStateException.class,
        () ->
            tx.write(
                em -> {
                  insertRow(em, marker);
                  ChangeLog.changed(ChangeLog.Kind.ITEM, id);
                  // a nested unit joins the same transaction and goes down with it
                  tx.write(
                      inner -> {
                        ChangeLog.changed(ChangeLog.Kind.REPORT, id);
                        return null;
                      });
                  throw new IllegalStateException("refused after writing");
                }));

    assertEquals(0, rows(marker), "the row written before the failure");
    assertEquals(head, (long) tx.read(ChangeLog::head), "the change log's position");
    assertTrue(entriesFor(head, id).isEmpty(), "change-log entries of the failed transaction");
    assertEquals(woken, commits.count(), "index wake-ups");
  }

  @Test
  void aCommittedTransactionLogsEveryChangeInOrderAndWakesTheIndexOnce() {
    long head = tx.read(ChangeLog::head);
    int woken = commits.count();
    String marker = marker();
    long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

    tx.write(
        em -> {
          insertRow(em, marker);
          ChangeLog.changed(ChangeLog.Kind.ITEM, id);
          ChangeLog.changed(ChangeLog.Kind.ITEM, id); // the same change twice is logged once
          tx.write(
              inner -> {
                ChangeLog.changed(ChangeLog.Kind.REPORT, id);
                return null;
              });
          ChangeLog.changed(ChangeLog.Kind.ITEM, id + 1);
          return null;
        });

    assertEquals(1, rows(marker));
    List<ChangeLog.Entry> logged = entriesFor(head, id);
    assertEquals(
        List.of(ChangeLog.Kind.ITEM, ChangeLog.Kind.REPORT),
        logged.stream().map(ChangeLog.Entry::kind).toList(),
        "what the transaction changed, in order");
    assertEquals(1, commits.count() - woken, "index wake-ups for one committed transaction");
    List<ChangeLog.Entry> all = tx.read(em -> ChangeLog.after(em, head, 1000));
    for (int i = 1; i < all.size(); i++) {
      assertEquals(all.get(i - 1).position() + 1, all.get(i).position(), "gap-free positions");
    }
  }

  @Test
  void workOnItsOwnTransactionStaysWhenTheCallerRollsBack() {
    String kept = marker();
    String lost = marker();

    assertThrows(
        IllegalStateException.class,
        () ->
            tx.write(
                em -> {
                  insertRow(em, lost);
                  tx.writeAlone(alone -> insertRow(alone, kept));
                  throw new IllegalStateException("the caller fails afterwards");
                }));

    assertEquals(1, rows(kept), "written in a transaction of its own");
    assertEquals(0, rows(lost), "written in the caller's transaction");
  }

  @Test
  void aStaleVersionIsAClientErrorAndRollsBack() {
    String marker = marker();
    assertThrows(
        Problem.StaleVersion.class,
        () ->
            tx.write(
                em -> {
                  insertRow(em, marker);
                  Versions.require(2, 1L);
                  return null;
                }));
    assertEquals(0, rows(marker));
  }

  private static String marker() {
    return "container-test-" + System.nanoTime();
  }

  private static int insertRow(EntityManager em, String marker) {
    return em.createNativeQuery(
            "INSERT INTO search_miss (query_text, on_day, times, last_at) VALUES (?1, ?2, 1, ?3)")
        .setParameter(1, marker)
        .setParameter(2, java.sql.Date.valueOf("2000-01-01"))
        .setParameter(3, Timestamp.from(Instant.now()))
        .executeUpdate();
  }

  private int rows(String marker) {
    return tx.read(
        em ->
            ((Number)
                    em.createNativeQuery("SELECT COUNT(*) FROM search_miss WHERE query_text = ?1")
                        .setParameter(1, marker)
                        .getSingleResult())
                .intValue());
  }

  private List<ChangeLog.Entry> entriesFor(long after, long id) {
    return tx.read(em -> ChangeLog.after(em, after, 1000)).stream()
        .filter(e -> e.id() == id)
        .toList();
  }
}
