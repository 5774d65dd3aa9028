package io.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Background work that goes on by itself waits for the end of the application's start; work a
 * caller waits for never does.
 */
class BackgroundTest {

  private final ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);

  /**
   * The background executor's thread: one, so that tasks run in the order they were handed over
   * (two threads may start the second task first, which says nothing of the order of handing).
   */
  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  private final Background background = new Background();
  private final List<String> ran = new CopyOnWriteArrayList<>();

  /** Tasks handed to the background executor (not the scheduler), counted as they are handed. */
  private final AtomicInteger handedOver = new AtomicInteger();

  @BeforeEach
  void managedExecutors() {
    background.executor = managed(ManagedExecutorService.class, true);
    background.scheduler = managed(ManagedScheduledExecutorService.class, false);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    worker.shutdownNow();
  }

  @Test
  void tasksWaitForTheStartAndThenRunInTheOrderGiven() {
    background.tasks().execute(() -> ran.add("follower"));
    background.tasks().execute(() -> ran.add("backfill"));
    assertEquals(0, handedOver.get(), "nothing runs while the application is starting");
    assertFalse(background.started());

    background.startAfter(Duration.ZERO, "first request");
    background.startAfter(Duration.ZERO, "no request yet");

    assertTrue(Background.await(() -> ran.size() == 2, Duration.ofSeconds(5)), "released: " + ran);
    assertTrue(background.started());
    assertEquals(2, handedOver.get(), "each held task once");
    assertEquals(List.of("follower", "backfill"), ran, "in the order given");
  }

  @Test
  void onceStartedTasksRunAtOnce() {
    background.startAfter(Duration.ZERO, "first request");
    assertTrue(Background.await(background::started, Duration.ofSeconds(5)));

    background.tasks().execute(() -> ran.add("rebuild"));

    assertTrue(Background.await(() -> ran.contains("rebuild"), Duration.ofSeconds(5)));
  }

  @Test
  void theEarliestStartWins() {
    background.tasks().execute(() -> ran.add("follower"));
    background.startAfter(Duration.ofHours(1), "no request yet");
    background.startAfter(Duration.ofMillis(10), "first request");

    assertTrue(Background.await(() -> ran.size() == 1, Duration.ofSeconds(5)), "released: " + ran);
  }

  @Test
  void workACallerWaitsForIsNeverHeld() throws Exception {
    String text = background.executor().submit(() -> "extracted").get(5, TimeUnit.SECONDS);

    assertEquals("extracted", text, "runs while the application is still starting");
    assertFalse(background.started());
  }

  @Test
  void aSerialTaskWokenDuringStartRunsOnceAfterIt() {
    Background.Serial follower =
        Background.serial("Search indexer", background.tasks(), () -> ran.add("catch up"));
    follower.wake();
    follower.wake();
    follower.wake();
    assertEquals(0, handedOver.get(), "held while the application is starting");

    background.startAfter(Duration.ZERO, "first request");

    assertTrue(Background.await(follower::idle, Duration.ofSeconds(5)));
    assertEquals(List.of("catch up"), ran, "three wakes during start fold into one run");
  }

  /**
   * A managed executor for a test without a container: the pool behind the interface; {@code
   * counted}: the tasks handed to it with {@code execute} are counted in {@link #handedOver} and
   * run on {@link #worker}.
   */
  private <T> T managed(Class<T> type, boolean counted) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (counted && method.getName().equals("execute")) {
                handedOver.incrementAndGet();
                worker.execute((Runnable) args[0]);
                return null;
              }
              try {
                return method.invoke(pool, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
