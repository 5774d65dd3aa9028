package io.gongkai.search.control;

import io.gongkai.platform.Background;
import io.gongkai.platform.ChangeLog;
import io.gongkai.platform.DatabaseReady;
import io.gongkai.platform.Message;
import io.gongkai.platform.Messages;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;

/**
 * The instance's Lucene index, a projection of the database's public content: the live {@link
 * Generation}, the {@link ChangeFollower} that keeps it up to date from the change log, and the
 * {@link Rebuilder} that replaces it. An index that is missing, unreadable, written by another
 * Lucene version or another analysis setup, ahead of the database or behind a pruned log is rebuilt
 * by itself. The lock serialises what changes the live generation: applying a batch, swapping in a
 * rebuilt generation, closing.
 */
@ApplicationScoped
public class SearchIndex {

  private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

  @Inject Settings settings;
  @Inject Transactions tx;
  @Inject SearchSource source;
  @Inject Background background;

  /**
   * The search threads come from the container's thread factory, so they carry the application's
   * context. They are kept in a plain pool rather than handed to a managed executor: Lucene hands
   * out a task per segment and term while it prepares a query, and a managed executor's context
   * switch on each would cost more than the parallel search saves.
   */
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threadFactory;

  private ThreadPoolExecutor searchThreads;

  /** Searches running now: a search hands out slices only while it is the only one. */
  private final AtomicInteger running = new AtomicInteger();

  private Searchers searchers = Searchers.serial();

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
  private volatile long caughtUpTo = Long.MAX_VALUE;
  private ChangeFollower follower;
  private Rebuilder rebuilder;

  /** The index folder being read while the rest of the application starts, or null. */
  private volatile FutureTask<Generation.Opened> opening;

  /**
   * Starts reading the index folder as the application starts, on a container thread, before the
   * database is opened: opening a large index (a few hundred milliseconds in a fresh JVM at 200,000
   * items) then overlaps with opening the database, checking its schema and the first use of the
   * persistence unit, and {@link #start} takes the result. It needs nothing from the database.
   */
  void beginOpening(
      @Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) @Initialized(ApplicationScoped.class)
          Object started) {
    int threads = settings.searchThreads();
    if (threads > 1 && threadFactory != null) {
      searchThreads =
          new ThreadPoolExecutor(
              threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory);
      searchThreads.allowCoreThreadTimeOut(true);
      searchers =
          new Searchers(
              searchThreads, threads, settings.searchParallelMinDocs(), () -> running.get() <= 1);
    }
    Searchers made = searchers;
    opening = new FutureTask<>(() -> Generation.open(settings.searchIndexDir(), made));
    if (threadFactory == null) {
      opening.run();
    } else {
      threadFactory.newThread(opening).start();
    }
  }

  /** The index folder as {@link #beginOpening} read it (or as read now, if it was not begun). */
  private Generation.Opened opened() {
    if (opening == null) {
      return Generation.open(settings.searchIndexDir(), searchers);
    }
    try {
      Generation.Opened opened = opening.get();
      opening = null;
      return opened;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while opening the search index", e);
    } catch (ExecutionException e) {
      // Generation.open answers every IOException and RuntimeException with a problem
      throw new IllegalStateException("Opening the search index failed", e.getCause());
    }
  }

  void start(@Observes @Priority(DatabaseReady.CONTENT - 50) DatabaseReady ready) {
    follower = new ChangeFollower(this, tx, source, settings, background);
    rebuilder = new Rebuilder(this, tx, source, settings, background);
    Generation.Opened opened = opened();
    Message problem = opened.problem();
    long head = logHead();
    if (opened.generation() != null) {
      live = opened.generation();
      follower.continueFrom(opened.position());
      LOG.log(Level.INFO, "Search index opened at change {0} ({1})", opened.position(), live.dir());
      if (opened.position() > head) {
        // the database was restored from a backup, or lost commits: positions will be reused
        problem = Message.of("search.rebuild.ahead", opened.position(), head);
      }
    }
    if (problem != null) {
      rebuild(problem);
    }
    caughtUpTo = head;
    follower.start();
  }

  /** Another transaction committed a change here: apply it now rather than at the next poll. */
  void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed event) {
    wake();
  }

  void wake() {
    ChangeFollower f = follower;
    if (f != null) {
      f.wake();
    }
  }

  /** How this instance makes its searchers (in parallel or not). */
  Searchers searchers() {
    return searchers;
  }

  /** Runs a search on the current generation; 503 while there is none yet. */
  public <T> T search(Function<IndexSearcher, T> work) {
    Generation g = live;
    if (g == null) {
      Rebuild r = rebuildStatus();
      throw new Problem(503, "search-unavailable", "search.unavailable.building")
          .with("progress", r == null ? null : r.done() + "/" + r.total())
          .retryAfter(5);
    }
    IndexSearcher searcher;
    try {
      searcher = g.searchers().acquire();
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      if (live != g && live != null) {
        return search(work); // swapped out between reading the field and acquiring: use the new one
      }
      throw new Problem(503, "search-unavailable", "search.unavailable.closed").retryAfter(1);
    }
    running.incrementAndGet();
    try {
      return work.apply(searcher);
    } finally {
      running.decrementAndGet();
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
    return live != null && appliedPosition() >= caughtUpTo;
  }

  /** Position of the last change this instance's index has applied. */
  public long appliedPosition() {
    ChangeFollower f = follower;
    return f == null ? 0 : f.applied();
  }

  /**
   * Starts a rebuild unless one is running; returns its progress at once, its reason in {@code
   * language}.
   */
  public Rebuild rebuild(Message reason, Locale language) {
    rebuilder.start(reason);
    return rebuilder.status(language);
  }

  void rebuild(Message reason) {
    rebuilder.start(reason);
  }

  /** The last (or running) rebuild, its reason in the default language. */
  public Rebuild rebuildStatus() {
    return rebuildStatus(Messages.DEFAULT);
  }

  Rebuild rebuildStatus(Locale language) {
    Rebuilder r = rebuilder;
    return r == null ? null : r.status(language);
  }

  Generation live() {
    return live;
  }

  ReentrantLock lock() {
    return lock;
  }

  long logHead() {
    return tx.read(ChangeLog::head);
  }

  /** Makes a rebuilt generation the live one, at the position it was built from. */
  void swap(Generation next, long position) throws IOException {
    Generation previous;
    lock.lock();
    try {
      previous = live;
      live = next;
      follower.continueFrom(position);
      next.makeCurrent();
    } finally {
      lock.unlock();
    }
    if (previous != null) {
      previous.discard();
    }
  }

  /** The index's state; the last rebuild's reason in {@code language}. */
  public Status status(Locale language) {
    long head = logHead();
    Generation g = live;
    long documents = 0;
    long size = 0;
    if (g != null) {
      documents = search(s -> (long) s.getIndexReader().numDocs());
      size = g.sizeBytes();
    }
    long at = appliedPosition();
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
        rebuildStatus(language));
  }

  @PreDestroy
  void stop() {
    if (follower != null) {
      follower.stop();
    }
    lock.lock();
    try {
      Generation g = live;
      live = null;
      if (g != null) {
        follower.commitPending(g);
        g.close();
      }
    } finally {
      lock.unlock();
    }
    closeUntaken();
    if (searchThreads != null) {
      searchThreads.shutdownNow();
    }
  }

  /** A generation opened at the start but never taken (the start failed before): its lock goes. */
  private void closeUntaken() {
    FutureTask<Generation.Opened> untaken = opening;
    opening = null;
    if (untaken == null) {
      return;
    }
    try {
      Generation g = untaken.get().generation();
      if (g != null) {
        g.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      LOG.log(Level.DEBUG, "The search index was never opened: " + e.getCause());
    }
  }
}
