package io.gongkai.search.control;

import io.gongkai.platform.ChangeLog;
import io.gongkai.platform.Database;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The instance's Lucene index, a projection of the database's public content.
 *
 * <p>One long-lived {@link IndexWriter} per generation and a {@link SearcherManager} over it. A
 * single follower thread applies the change log in order (keyed upserts and deletes, re-reading
 * each changed item or report from the database) and commits the last applied position inside the
 * Lucene commit, so index and position always move together: after a crash the instance resumes
 * from the position of its last commit, and re-applying is harmless. A rebuild writes a new
 * generation beside the live one, which keeps answering, and swaps it in when done. An index that
 * is missing, unreadable, written by another Lucene version or another analysis setup, or behind a
 * pruned log is rebuilt by itself.
 */
@ApplicationScoped
public class SearchIndex {

  private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
  private static final String POSITION = "position";
  private static final String STAMP = "stamp";
  private static final String POINTER = "current";
  private static final int BATCH = 1000;

  @Inject Settings settings;
  @Inject Database database;
  @Inject Transactions tx;
  @Inject SearchSource source;

  /** A generation of the index: its folder, writer and searchers. */
  private record Generation(
      Path dir, Directory directory, IndexWriter writer, SearcherManager searchers) {}

  /** What the last (or running) rebuild did. */
  public record Rebuild(
      String state,
      String reason,
      Instant startedAt,
      Instant finishedAt,
      long total,
      long done,
      String error) {}

  /** The index as an editor sees it. */
  public record Status(
      boolean ready,
      long documents,
      long appliedPosition,
      long logPosition,
      long lag,
      Double lagSeconds,
      long sizeBytes,
      String stamp,
      Rebuild rebuild) {}

  private final ReentrantLock lock = new ReentrantLock();
  private volatile Generation live;
  private volatile long applied;
  private volatile Rebuild rebuild;
  private volatile boolean dirty;
  private volatile long lastCommit = System.nanoTime();
  private volatile long lastPrune;
  private volatile long lastFailureLogged;
  private volatile boolean rebuilding;
  private volatile long caughtUpTo = Long.MAX_VALUE;
  private final java.util.concurrent.atomic.AtomicLong rebuildDone =
      new java.util.concurrent.atomic.AtomicLong();
  private ScheduledExecutorService follower;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    database.start();
    follower =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "gongkai-indexer");
              t.setDaemon(true);
              return t;
            });
    Optional<String> problem = open();
    long head = logHead();
    if (problem.isEmpty() && applied > head) {
      // the database was restored from a backup, or lost commits: positions will be reused
      problem =
          Optional.of(
              "the index is ahead of the database's change log (" + applied + " > " + head + ")");
    }
    problem.ifPresent(this::rebuild);
    caughtUpTo = head;
    follower.scheduleWithFixedDelay(
        this::follow, 0, settings.searchPollMillis(), TimeUnit.MILLISECONDS);
  }

  /** Another transaction committed a change here: apply it now rather than at the next poll. */
  void onCommit(@Observes ChangeLog.Committed event) {
    ScheduledExecutorService f = follower;
    if (f != null && !f.isShutdown()) {
      f.execute(this::follow);
    }
  }

  /** Runs a search on the current generation; 503 while there is none yet. */
  public <T> T search(Function<IndexSearcher, T> work) {
    Generation g = live;
    if (g == null) {
      Rebuild r = rebuild;
      throw new Problem(
              503,
              "search-unavailable",
              "Search index is being built",
              "The search index is being built from the database; try again shortly.")
          .with("progress", r == null ? null : r.done() + "/" + r.total());
    }
    IndexSearcher searcher;
    try {
      searcher = g.searchers().acquire();
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      if (live != g && live != null) {
        return search(work); // swapped out between reading the field and acquiring: use the new one
      }
      throw new Problem(503, "search-unavailable", "Search index closed", "Try again shortly.");
    }
    try {
      return work.apply(searcher);
    } finally {
      try {
        g.searchers().release(searcher);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not release a searcher", e);
      }
    }
  }

  /**
   * Ready to answer: an index is open and it has applied every change committed before this
   * instance started, so a restarted instance joins a load balancer only once it has caught up.
   */
  public boolean ready() {
    return live != null && applied >= caughtUpTo;
  }

  /** Position of the last change this instance's index has applied. */
  public long appliedPosition() {
    return applied;
  }

  // ---- opening ---------------------------------------------------------------------------

  /** Opens the current generation; returns why it cannot be used, if it cannot. */
  private Optional<String> open() {
    Path root = settings.searchIndexDir();
    Path pointer = root.resolve(POINTER);
    if (!Files.isRegularFile(pointer)) {
      return Optional.of("no index yet");
    }
    Path dir;
    try {
      dir = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
    } catch (IOException e) {
      return Optional.of("index pointer unreadable: " + e.getMessage());
    }
    Directory directory = null;
    IndexWriter writer = null;
    try {
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        return Optional.of("index missing in " + dir.getFileName());
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
      if (!Analysis.STAMP.equals(data.get(STAMP))) {
        directory.close();
        return Optional.of(
            "index written by " + data.getOrDefault(STAMP, "an unknown version") + " ");
      }
      writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND, 32));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        reader.leaves().forEach(leaf -> leaf.reader().getFieldInfos());
      }
      SearcherManager searchers = new SearcherManager(writer, null);
      applied = Long.parseLong(data.get(POSITION));
      live = new Generation(dir, directory, writer, searchers);
      lastCommit = System.nanoTime();
      LOG.log(Level.INFO, "Search index opened at change {0} ({1})", applied, dir);
      deleteOtherGenerations(root, dir);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Search index unreadable, rebuilding: " + e);
      closeQuietly(writer, directory);
      return Optional.of("index unreadable: " + e.getClass().getSimpleName());
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode, int ramMegabytes) {
    IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEXING);
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(ramMegabytes);
    config.setCommitOnClose(false);
    return config;
  }

  // ---- following the log -----------------------------------------------------------------

  private void follow() {
    try {
      boolean more = true;
      while (more && live != null) {
        lock.lock();
        try {
          more = applyBatch();
        } finally {
          lock.unlock();
        }
      }
      prune();
    } catch (Throwable e) {
      // at most one report a minute while the cause lasts (a database down, a full disk)
      if (System.currentTimeMillis() - lastFailureLogged > 60_000) {
        lastFailureLogged = System.currentTimeMillis();
        LOG.log(Level.WARNING, "Search indexer: " + e, e);
      }
      Generation g = live;
      if (g != null && !g.writer().isOpen()) {
        // the writer hit a tragic error (disk full, I/O failure): build a fresh index
        rebuild("the index writer failed: " + g.writer().getTragicException());
      }
    }
  }

  private boolean applyBatch() throws IOException {
    Generation g = live;
    if (g == null) {
      return false;
    }
    long from = applied;
    List<ChangeLog.Entry> entries = tx.read(em -> ChangeLog.after(em, from, BATCH));
    if (entries.isEmpty()) {
      maybeCommit(g, false);
      return false;
    }
    if (entries.get(0).position() != from + 1) {
      rebuild("the change log was pruned past this index's position " + from);
      return false;
    }
    Set<ChangeLog.Change> changes = new LinkedHashSet<>();
    for (ChangeLog.Entry e : entries) {
      changes.add(new ChangeLog.Change(e.kind(), e.id()));
    }
    List<Map.Entry<String, Optional<Indexable>>> docs =
        tx.read(
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
    for (var doc : docs) {
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
    maybeCommit(g, false);
    return entries.size() == BATCH;
  }

  private void maybeCommit(Generation g, boolean now) throws IOException {
    long every = TimeUnit.MILLISECONDS.toNanos(settings.searchCommitMillis());
    if (dirty && (now || System.nanoTime() - lastCommit > every)) {
      commit(g.writer(), applied);
      dirty = false;
      lastCommit = System.nanoTime();
    }
  }

  private static void commit(IndexWriter writer, long position) throws IOException {
    writer.setLiveCommitData(
        Map.of(POSITION, Long.toString(position), STAMP, Analysis.STAMP).entrySet());
    writer.commit();
  }

  private long logHead() {
    return tx.read(ChangeLog::head);
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

  // ---- rebuilding ------------------------------------------------------------------------

  /** Starts a rebuild unless one is running; returns its progress at once. */
  public synchronized Rebuild rebuild(String reason) {
    if (rebuilding) {
      return rebuildStatus();
    }
    rebuilding = true;
    rebuildDone.set(0);
    rebuild = new Rebuild("running", reason, Instant.now(), null, 0, 0, null);
    LOG.log(Level.INFO, "Search index rebuild: {0}", reason);
    Thread t = new Thread(this::runRebuild, "gongkai-rebuild");
    t.setDaemon(true);
    t.start();
    return rebuildStatus();
  }

  public Rebuild rebuildStatus() {
    Rebuild r = rebuild;
    if (r == null) {
      return null;
    }
    return new Rebuild(
        r.state(),
        r.reason(),
        r.startedAt(),
        r.finishedAt(),
        r.total(),
        rebuilding ? rebuildDone.get() : r.done(),
        r.error());
  }

  private void runRebuild() {
    Rebuild started = rebuild;
    Path root = settings.searchIndexDir();
    Path dir = root.resolve("g" + System.currentTimeMillis());
    Directory directory = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(root);
      // Everything committed up to this position is in the rows read below; later changes are
      // applied from the log after the swap (re-applying one already read is harmless).
      long position = logHead();
      long total = tx.read(source::countPublished);
      rebuild = new Rebuild("running", started.reason(), started.startedAt(), null, total, 0, null);
      directory = FSDirectory.open(dir);
      writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE, 64));
      feed(writer);
      commit(writer, position);
      SearcherManager searchers = new SearcherManager(writer, null);
      Generation previous;
      lock.lock();
      try {
        previous = live;
        live = new Generation(dir, directory, writer, searchers);
        applied = position;
        dirty = false;
        lastCommit = System.nanoTime();
        Path tmp = root.resolve(POINTER + ".tmp");
        Files.writeString(tmp, dir.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
      } finally {
        lock.unlock();
      }
      if (previous != null) {
        close(previous);
        deleteTree(previous.dir());
      }
      rebuild =
          new Rebuild(
              "done",
              started.reason(),
              started.startedAt(),
              Instant.now(),
              total,
              rebuildDone.get(),
              null);
      LOG.log(
          Level.INFO,
          "Search index rebuilt: {0} documents in {1}",
          rebuildDone.get(),
          java.time.Duration.between(started.startedAt(), Instant.now()));
    } catch (Throwable e) {
      LOG.log(Level.ERROR, "Search index rebuild failed", e);
      closeQuietly(writer, directory);
      deleteTree(dir);
      rebuild =
          new Rebuild(
              "failed",
              started.reason(),
              started.startedAt(),
              Instant.now(),
              started.total(),
              rebuildDone.get(),
              e.toString());
    } finally {
      rebuilding = false;
    }
    ScheduledExecutorService f = follower;
    if (f != null && !f.isShutdown()) {
      f.execute(this::follow);
    }
  }

  /** Reads published content in id order and lets a few threads analyse and add it. */
  private void feed(IndexWriter writer) throws Exception {
    int threads = Math.max(1, settings.searchRebuildThreads());
    ThreadPoolExecutor analysers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 2),
            new ThreadPoolExecutor.CallerRunsPolicy());
    List<java.util.concurrent.Future<?>> work = new ArrayList<>();
    try {
      long after = 0;
      while (true) {
        long from = after;
        List<Indexable> batch = tx.read(em -> source.itemsAfter(em, from, 500));
        if (batch.isEmpty()) {
          break;
        }
        after = batch.get(batch.size() - 1).id();
        work.add(analysers.submit(() -> add(writer, batch)));
        work.removeIf(java.util.concurrent.Future::isDone);
      }
      List<Indexable> reports = tx.read(source::reports);
      work.add(analysers.submit(() -> add(writer, reports)));
      for (var w : work) {
        w.get();
      }
    } finally {
      analysers.shutdown();
      analysers.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private Void add(IndexWriter writer, List<Indexable> batch) throws IOException {
    for (Indexable x : batch) {
      writer.addDocument(Fields.document(x));
      rebuildDone.incrementAndGet();
    }
    return null;
  }

  // ---- status ----------------------------------------------------------------------------

  public Status status() {
    long head = logHead();
    Generation g = live;
    long documents = 0;
    long size = 0;
    if (g != null) {
      documents = search(s -> (long) s.getIndexReader().numDocs());
      size = sizeOf(g.dir());
    }
    long at = applied;
    Double lagSeconds =
        tx.read(
            em ->
                ChangeLog.after(em, at, 1).stream()
                    .findFirst()
                    .map(e -> java.time.Duration.between(e.at(), Instant.now()).toMillis() / 1000.0)
                    .orElse(0.0));
    return new Status(
        ready(),
        documents,
        at,
        head,
        Math.max(0, head - at),
        lagSeconds,
        size,
        Analysis.STAMP,
        rebuildStatus());
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  // ---- shutting down ---------------------------------------------------------------------

  @PreDestroy
  void stop() {
    if (follower != null) {
      follower.shutdown(); // not shutdownNow: an interrupt would close Lucene's open files
      try {
        follower.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lock.lock();
    try {
      Generation g = live;
      live = null;
      if (g != null) {
        if (dirty) {
          try {
            commit(g.writer(), applied);
          } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Final search index commit failed: " + e);
          }
        }
        close(g);
      }
    } finally {
      lock.unlock();
    }
  }

  private static void close(Generation g) {
    try {
      g.searchers().close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing searchers: " + e);
    }
    closeQuietly(g.writer(), g.directory());
  }

  private static void closeQuietly(IndexWriter writer, Directory directory) {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "Closing writer: " + e);
    }
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Closing directory: " + e);
    }
  }

  private static void deleteOtherGenerations(Path root, Path keep) {
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory).filter(d -> !d.equals(keep)).forEach(SearchIndex::deleteTree);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "Listing " + root + ": " + e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "Could not delete " + dir + ": " + e);
    }
  }
}
