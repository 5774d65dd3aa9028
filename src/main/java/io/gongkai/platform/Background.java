package io.gongkai.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The application's managed executors (Jakarta Concurrency): every background task — the search
 * index follower and rebuild, the attachment-text backfill and extraction, the counting of searches
 * without results — runs on them, with the application's context (naming, class loader, CDI), and
 * the container stops them with the application. No feature starts a thread of its own.
 *
 * <p>Two ways in. {@link #executor()} runs work a caller waits for (text extraction bounded in
 * time, the pieces of a rebuild). {@link #tasks()} runs work that goes on by itself (the index
 * follower, a rebuild, the backfill, the miss counter), and holds it until the application has
 * finished starting: the web container closes and reopens the application's JAR files at the very
 * end of its start, after every start-up observer has run, and a class loaded from another thread
 * at that moment fails — in a static initialiser, for good (the class stays unusable until the next
 * start; GlassFish issue 21522). So held tasks start with the first request the application serves
 * ({@link FirstRequest}: the container routes none before its start is over) or, on an instance
 * nobody calls, {@code gongkai.background.start-seconds} after start-up.
 */
@ManagedExecutorDefinition(name = Background.EXECUTOR, maxAsync = 8)
@ManagedScheduledExecutorDefinition(name = Background.SCHEDULER, maxAsync = 2)
@ApplicationScoped
public class Background {

  public static final String EXECUTOR = "java:app/concurrent/gongkai-background";
  public static final String SCHEDULER = "java:app/concurrent/gongkai-scheduler";

  private static final System.Logger LOG = System.getLogger(Background.class.getName());

  @Resource(lookup = EXECUTOR)
  ManagedExecutorService executor;

  @Resource(lookup = SCHEDULER)
  ManagedScheduledExecutorService scheduler;

  private final Object gate = new Object();
  private List<Runnable> held = new ArrayList<>(); // null once open
  private final Executor tasks = this::runOrHold;

  /** Runs work the caller waits for, now. */
  public ManagedExecutorService executor() {
    return executor;
  }

  /** Runs work that goes on by itself, once the application has started (see above). */
  public Executor tasks() {
    return tasks;
  }

  /** Whether held tasks have been let go. */
  public boolean started() {
    synchronized (gate) {
      return held == null;
    }
  }

  /** Lets held and later tasks run, {@code delay} from now (the earliest call wins). */
  public void startAfter(Duration delay, String reason) {
    if (started()) {
      return;
    }
    try {
      scheduler.schedule(() -> start(reason), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "Background work not started: {0}", e); // the application is stopping
    }
  }

  private void start(String reason) {
    List<Runnable> release;
    synchronized (gate) {
      if (held == null) {
        return;
      }
      release = held;
      held = null;
    }
    LOG.log(
        Level.INFO, "Background work started ({0}), {1} task(s) waiting", reason, release.size());
    release.forEach(executor::execute);
  }

  private void runOrHold(Runnable task) {
    synchronized (gate) {
      if (held != null) {
        held.add(task);
        return;
      }
    }
    executor.execute(task);
  }

  public ManagedScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** A task run on {@code executor} at most once at a time (see {@link Serial}). */
  public static Serial serial(String name, Executor executor, Runnable task) {
    return new Serial(name, executor, task);
  }

  /**
   * A task that never runs twice at once: {@link #wake} runs it now, or once more right after the
   * run in progress, so wakes that arrive while it runs are folded into one run. Suits work that
   * catches up with a state (a change log, a queue) rather than handling each wake.
   */
  public static final class Serial {

    private final String name;
    private final Executor executor;
    private final Runnable task;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile boolean stopped;

    private Serial(String name, Executor executor, Runnable task) {
      this.name = name;
      this.executor = executor;
      this.task = task;
    }

    /** Runs the task soon: now if idle, after the current run otherwise. */
    public void wake() {
      requested.set(true);
      if (!stopped && running.compareAndSet(false, true)) {
        try {
          executor.execute(this::loop);
        } catch (RuntimeException e) {
          running.set(false); // the executor is shutting down with the application
          LOG.log(Level.DEBUG, "{0} not started: {1}", name, e);
        }
      }
    }

    private void loop() {
      try {
        while (!stopped && requested.getAndSet(false)) {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed: " + e, e);
          }
        }
      } finally {
        running.set(false);
      }
      if (!stopped && requested.get()) {
        wake(); // woken between the last check and the release
      }
    }

    /** Whether no run is in progress or asked for. */
    public boolean idle() {
      return !running.get() && !requested.get();
    }

    /** Refuses further runs and waits (up to {@code patience}) for the current one to end. */
    public void stop(Duration patience) {
      stopped = true;
      await(() -> !running.get(), patience);
    }
  }

  /**
   * Waits until {@code done} holds, checking every few milliseconds, for at most {@code patience};
   * returns whether it holds. For waits on background work that has no future to wait on.
   */
  public static boolean await(BooleanSupplier done, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /**
   * Runs pieces of work on an executor with at most {@code parallel} in flight. When that many are
   * in flight, the caller waits for the oldest, or runs it itself if no thread has taken it yet, so
   * the work finishes even when the executor is busy with other tasks.
   */
  public static final class Bounded {

    private final Executor executor;
    private final int parallel;
    private final Deque<Piece> inFlight = new ArrayDeque<>();

    public Bounded(Executor executor, int parallel) {
      this.executor = executor;
      this.parallel = Math.max(1, parallel);
    }

    public void submit(Callable<?> work) throws Exception {
      while (inFlight.size() >= parallel) {
        inFlight.removeFirst().finish();
      }
      Piece piece = new Piece(work);
      executor.execute(piece::runIfUnclaimed);
      inFlight.addLast(piece);
    }

    /** Waits for (or runs) every piece; the first failure is thrown. */
    public void finish() throws Exception {
      while (!inFlight.isEmpty()) {
        inFlight.removeFirst().finish();
      }
    }

    private static final class Piece {
      private final Callable<?> work;
      private final AtomicBoolean claimed = new AtomicBoolean();
      private final CompletableFuture<Void> done = new CompletableFuture<>();

      Piece(Callable<?> work) {
        this.work = work;
      }

      void runIfUnclaimed() {
        if (claimed.compareAndSet(false, true)) {
          try {
            work.call();
            done.complete(null);
          } catch (Throwable e) {
            done.completeExceptionally(e);
          }
        }
      }

      void finish() throws Exception {
        runIfUnclaimed(); // nobody took it yet: the caller does it
        try {
          done.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Exception x) {
            throw x;
          }
          throw e;
        }
      }
    }
  }
}
