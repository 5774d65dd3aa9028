package io.gongkai.search.control;

import io.gongkai.platform.Background;
import io.gongkai.platform.Transactions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Counts public queries that found nothing, per query and day, so editors see what citizens look
 * for and do not find. Counting happens off the request thread and is dropped, never queued without
 * bound, when the database is slow.
 */
@ApplicationScoped
public class SearchMisses {

  private static final System.Logger LOG = System.getLogger(SearchMisses.class.getName());

  @Inject Transactions tx;

  /** A query that found nothing, how often, and when last. */
  public record Miss(String query, long times, Instant lastAt) {}

  @Inject Background background;

  private final BlockingQueue<Runnable> pending = new ArrayBlockingQueue<>(1000);
  private Background.Serial writer;

  @PostConstruct
  void init() {
    writer = Background.serial("Search-miss counter", background.tasks(), this::drain);
  }

  public void record(String cleanedQuery) {
    if (cleanedQuery == null || cleanedQuery.isBlank()) {
      return;
    }
    // long digit runs are identity card, phone or account numbers: never store them
    String masked = cleanedQuery.replaceAll("[0-9]{7,}[0-9Xx]*", "***");
    String query = masked.length() > 200 ? masked.substring(0, 200) : masked;
    Instant at = Instant.now();
    if (pending.offer(() -> count(query, at))) {
      writer.wake();
    }
  }

  private void count(String query, Instant at) {
    LocalDate day = at.atZone(Fields.CHINA).toLocalDate();
    try {
      if (update(query, day, at) == 0) {
        try {
          tx.write(
              em ->
                  em.createNativeQuery(
                          "INSERT INTO search_miss (query_text, on_day, times, last_at)"
                              + " VALUES (?1, ?2, 1, ?3)")
                      .setParameter(1, query)
                      .setParameter(2, java.sql.Date.valueOf(day))
                      .setParameter(3, Timestamp.from(at))
                      .executeUpdate());
        } catch (RuntimeException raced) {
          update(query, day, at); // another instance inserted it first
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not count a search without results: " + e);
    }
  }

  private int update(String query, LocalDate day, Instant at) {
    return tx.write(
        em ->
            em.createNativeQuery(
                    "UPDATE search_miss SET times = times + 1, last_at = ?1"
                        + " WHERE query_text = ?2 AND on_day = ?3")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, query)
                .setParameter(3, java.sql.Date.valueOf(day))
                .executeUpdate());
  }

  /** The most frequent queries without results over the last {@code days} days. */
  public List<Miss> top(int days, int limit) {
    LocalDate since = LocalDate.now(Fields.CHINA).minusDays(days - 1L);
    return tx.read(
        em -> {
          @SuppressWarnings("unchecked")
          List<Object[]> rows =
              em.createNativeQuery(
                      "SELECT query_text, SUM(times) AS total, MAX(last_at) AS last_at"
                          + " FROM search_miss WHERE on_day >= ?1"
                          + " GROUP BY query_text ORDER BY total DESC, query_text")
                  .setParameter(1, java.sql.Date.valueOf(since))
                  .setMaxResults(limit)
                  .getResultList();
          return rows.stream()
              .map(
                  r ->
                      new Miss(
                          (String) r[0],
                          ((Number) r[1]).longValue(),
                          ((Timestamp) r[2]).toInstant()))
              .toList();
        });
  }

  private void drain() {
    for (Runnable next = pending.poll(); next != null; next = pending.poll()) {
      next.run();
    }
  }

  /** Waits (up to 10 s) until the counts recorded so far are written (for tests and shutdown). */
  public void flush() {
    writer.wake();
    Background.await(() -> pending.isEmpty() && writer.idle(), Duration.ofSeconds(10));
  }

  @PreDestroy
  void stop() {
    writer.stop(Duration.ofSeconds(5));
  }
}
