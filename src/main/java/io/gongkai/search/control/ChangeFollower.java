package io.gongkai.search.control;

import io.gongkai.platform.Background;
import io.gongkai.platform.ChangeLog;
import io.gongkai.platform.Message;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;

/**
 * Applies the change log to the live generation, in order, on one thread: keyed upserts and
 * deletes, re-reading each changed item or report from the database. It commits at most every
 * {@code gongkai.search.commit-ms} with the last applied position in the commit, so after a crash
 * the index resumes from its last commit and re-applies a little (harmlessly). Woken at once by
 * local commits; polls for other instances' changes. Runs on the application's managed executors,
 * never twice at once.
 */
final class ChangeFollower {

  private static final System.Logger LOG = System.getLogger(ChangeFollower.class.getName());
  private static final int BATCH = 1000;

  private final SearchIndex index;
  private final Transactions tx;
  private final SearchSource source;
  private final Settings settings;
  private final Background background;
  private final Background.Serial follow;
  private volatile ScheduledFuture<?> polling;

  private volatile long applied;
  private volatile boolean dirty;
  private volatile long lastCommit = System.nanoTime();
  private volatile long lastPrune;
  private volatile long lastFailureLogged;

  ChangeFollower(
      SearchIndex index,
      Transactions tx,
      SearchSource source,
      Settings settings,
      Background background) {
    this.index = index;
    this.tx = tx;
    this.source = source;
    this.settings = settings;
    this.background = background;
    this.follow = Background.serial("Search indexer", background.tasks(), this::follow);
  }

  /** Polls for changes (other instances' commits) on the managed scheduler. */
  void start() {
    polling =
        background
            .scheduler()
            .scheduleWithFixedDelay(
                follow::wake, 0, settings.searchPollMillis(), TimeUnit.MILLISECONDS);
  }

  /** Applies new changes now rather than at the next poll. */
  void wake() {
    follow.wake();
  }

  long applied() {
    return applied;
  }

  /** Continues from this position (a generation was opened or swapped in, under the lock). */
  void continueFrom(long position) {
    applied = position;
    dirty = false;
    lastCommit = System.nanoTime();
  }

  /** Stops the thread after its current batch; an interrupt would close Lucene's open files. */
  void stop() {
    ScheduledFuture<?> p = polling;
    if (p != null) {
      p.cancel(false);
    }
    follow.stop(java.time.Duration.ofSeconds(10));
  }

  /** Commits what was applied and not yet committed (at shutdown, under the lock). */
  void commitPending(Generation g) {
    if (dirty) {
      try {
        g.commit(applied);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Final search index commit failed: " + e);
      }
    }
  }

  private void follow() {
    try {
      boolean more = true;
      while (more && index.live() != null) {
        index.lock().lock();
        try {
          more = applyBatch();
        } finally {
          index.lock().unlock();
        }
      }
      prune();
    } catch (Throwable e) {
      // at most one report a minute while the cause lasts (a database down, a full disk)
      if (System.currentTimeMillis() - lastFailureLogged > 60_000) {
        lastFailureLogged = System.currentTimeMillis();
        LOG.log(Level.WARNING, "Search indexer: " + e, e);
      }
      Generation g = index.live();
      if (g != null && !g.writer().isOpen()) {
        // the writer hit a tragic error (disk full, I/O failure): build a fresh index
        index.rebuild(
            Message.of(
                "search.rebuild.writer-failed", String.valueOf(g.writer().getTragicException())));
      }
    }
  }

  private boolean applyBatch() throws IOException {
    Generation g = index.live();
    if (g == null) {
      return false;
    }
    long from = applied;
    List<ChangeLog.Entry> entries = tx.read(em -> ChangeLog.after(em, from, BATCH));
    if (entries.isEmpty()) {
      maybeCommit(g);
      return false;
    }
    if (entries.get(0).position() != from + 1) {
      index.rebuild(Message.of("search.rebuild.log-pruned", from));
      return false;
    }
    for (var doc : documents(entries)) {
      Term key = new Term(Fields.KEY, doc.getKey());
      if (doc.getValue().isPresent()) {
        g.writer().updateDocument(key, Fields.document(doc.getValue().get()));
      } else {
        g.writer().deleteDocuments(key);
      }
    }
    applied = entries.get(entries.size() - 1).position();
    dirty = true;
    g.searchers().maybeRefreshBlocking();
    maybeCommit(g);
    return entries.size() == BATCH;
  }

  /** Each changed item or report as it stands now: present if public, empty to delete it. */
  private List<Map.Entry<String, Optional<Indexable>>> documents(List<ChangeLog.Entry> entries) {
    Set<ChangeLog.Change> changes = new LinkedHashSet<>();
    for (ChangeLog.Entry e : entries) {
      changes.add(new ChangeLog.Change(e.kind(), e.id()));
    }
    return tx.read(
        em -> {
          List<Map.Entry<String, Optional<Indexable>>> out = new ArrayList<>();
          for (ChangeLog.Change c : changes) {
            boolean item = c.kind() == ChangeLog.Kind.ITEM;
            out.add(
                Map.entry(
                    Indexable.key(item ? Indexable.ITEM : Indexable.REPORT, c.id()),
                    item ? source.item(em, c.id()) : source.report(em, c.id())));
          }
          return out;
        });
  }

  private void maybeCommit(Generation g) throws IOException {
    long every = TimeUnit.MILLISECONDS.toNanos(settings.searchCommitMillis());
    if (dirty && System.nanoTime() - lastCommit > every) {
      g.commit(applied);
      dirty = false;
      lastCommit = System.nanoTime();
    }
  }

  /** Deletes log entries older than the retention, at most once an hour. */
  private void prune() {
    if (System.currentTimeMillis() - lastPrune < TimeUnit.HOURS.toMillis(1)) {
      return;
    }
    lastPrune = System.currentTimeMillis();
    java.sql.Timestamp before =
        java.sql.Timestamp.from(
            Instant.now().minus(java.time.Duration.ofDays(settings.searchLogRetentionDays())));
    tx.write(
        em ->
            em.createNativeQuery("DELETE FROM change_log WHERE changed_at < ?1")
                .setParameter(1, before)
                .executeUpdate());
  }
}
