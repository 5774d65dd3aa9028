package io.gongkai.search.control;

import io.gongkai.platform.Background;
import io.gongkai.platform.Message;
import io.gongkai.platform.Messages;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;

/**
 * Builds a new generation from the database beside the live one, which keeps answering, and swaps
 * it in when done. Everything committed up to the log position read first is in the rows read after
 * it; later changes are applied from the log after the swap (re-applying one already read is
 * harmless).
 */
final class Rebuilder {

  private static final System.Logger LOG = System.getLogger(Rebuilder.class.getName());

  private final SearchIndex index;
  private final Transactions tx;
  private final SearchSource source;
  private final Settings settings;
  private final AtomicLong done = new AtomicLong();
  private volatile SearchIndex.Rebuild last;
  private volatile Message reason;
  private volatile boolean running;

  private final Background background;

  Rebuilder(
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
  }

  /** Starts a rebuild unless one is running. */
  synchronized void start(Message reason) {
    if (running) {
      return;
    }
    running = true;
    done.set(0);
    this.reason = reason;
    String shown = Messages.text(Messages.DEFAULT, reason);
    last = new SearchIndex.Rebuild("running", shown, Instant.now(), null, 0, 0, null);
    LOG.log(Level.INFO, "Search index rebuild: {0}", shown);
    try {
      background.tasks().execute(this::run);
    } catch (RuntimeException e) {
      running = false; // the application is stopping
      throw e;
    }
  }

  /** The last (or running) rebuild, its reason in {@code language}. */
  SearchIndex.Rebuild status(Locale language) {
    SearchIndex.Rebuild r = last;
    Message why = reason;
    if (r == null) {
      return null;
    }
    return new SearchIndex.Rebuild(
        r.state(),
        why == null ? r.reason() : Messages.text(language, why),
        r.startedAt(),
        r.finishedAt(),
        r.total(),
        running ? done.get() : r.done(),
        r.error());
  }

  private void run() {
    SearchIndex.Rebuild started = last;
    Generation next = null;
    try {
      long position = index.logHead();
      long total = tx.read(source::countPublished);
      last = withProgress(started, "running", null, total, null);
      next = Generation.create(settings.searchIndexDir());
      feed(next.writer());
      next.commit(position);
      index.swap(next.searchable(index.searchers()), position);
      last = withProgress(started, "done", Instant.now(), total, null);
      LOG.log(
          Level.INFO,
          "Search index rebuilt: {0} documents in {1}",
          done.get(),
          java.time.Duration.between(started.startedAt(), Instant.now()));
    } catch (Throwable e) {
      LOG.log(Level.ERROR, "Search index rebuild failed", e);
      if (next != null) {
        next.discard();
      }
      last = withProgress(started, "failed", Instant.now(), started.total(), e.toString());
    } finally {
      running = false;
    }
    index.wake();
  }

  private SearchIndex.Rebuild withProgress(
      SearchIndex.Rebuild started, String state, Instant finished, long total, String error) {
    return new SearchIndex.Rebuild(
        state, started.reason(), started.startedAt(), finished, total, done.get(), error);
  }

  /** Reads published content in id order and lets a few tasks analyse and add it. */
  private void feed(IndexWriter writer) throws Exception {
    var analysers = new Background.Bounded(background.executor(), settings.searchRebuildThreads());
    long after = 0;
    while (true) {
      long from = after;
      List<Indexable> batch = tx.read(em -> source.itemsAfter(em, from, 500));
      if (batch.isEmpty()) {
        break;
      }
      after = batch.get(batch.size() - 1).id();
      analysers.submit(() -> add(writer, batch));
    }
    List<Indexable> reports = tx.read(source::reports);
    analysers.submit(() -> add(writer, reports));
    analysers.finish();
  }

  private Void add(IndexWriter writer, List<Indexable> batch) throws IOException {
    for (Indexable x : batch) {
      writer.addDocument(Fields.document(x));
      done.incrementAndGet();
    }
    return null;
  }
}
