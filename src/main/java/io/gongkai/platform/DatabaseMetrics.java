package io.gongkai.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The database as {@code /metrics} shows it: the application's connection pool (connections in use
 * and idle, requests waiting for one, the maximum, requests that waited in vain) and transactions
 * (committed, rolled back).
 *
 * <p>The pool's figures are read from Payara's connection pool itself, which has no public API for
 * them: they are looked up by reflection, and left out (with one log line) on a server that does
 * not have them.
 */
@ApplicationScoped
public class DatabaseMetrics {

  private static final System.Logger LOG = System.getLogger(DatabaseMetrics.class.getName());

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  private Counter committed;
  private Counter rolledBack;
  private Counter waitedInVain;
  private volatile Object pool;
  private volatile boolean poolUnavailable;

  @PostConstruct
  void register() {
    committed = transactions("committed");
    rolledBack = transactions("rolled_back");
    waitedInVain =
        registry.counter(
            Metadata.builder()
                .withName("gongkai_db_pool_wait_timeouts")
                .withDescription("Requests that waited for a database connection in vain")
                .build());
    gauge("gongkai_db_pool_active", "Database connections in use", "getNumConnUsed");
    gauge("gongkai_db_pool_idle", "Database connections open and free", "getNumConnFree");
    registry.gauge(
        Metadata.builder()
            .withName("gongkai_db_pool_waiting")
            .withDescription("Requests waiting for a database connection now")
            .build(),
        this,
        m -> m.poolFigure(p -> call(call(p, "getPoolWaitQueue"), "getQueueLength")));
    registry.gauge(
        Metadata.builder()
            .withName("gongkai_db_pool_max")
            .withDescription("The most database connections this instance opens")
            .build(),
        this,
        m -> m.poolFigure(p -> call(p, "getMaxPoolSize")));
  }

  private Counter transactions(String outcome) {
    return registry.counter(
        Metadata.builder()
            .withName("gongkai_transactions")
            .withDescription("Database transactions, by outcome")
            .build(),
        new Tag("outcome", outcome));
  }

  private void gauge(String name, String description, String statusGetter) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        this,
        m -> m.poolFigure(p -> call(call(p, "getPoolStatus"), statusGetter)));
  }

  /** A transaction ended ({@code true}: committed). */
  public void ended(boolean wasCommitted) {
    (wasCommitted ? committed : rolledBack).inc();
  }

  /** A request gave up waiting for a connection. */
  public void waitedInVain() {
    waitedInVain.inc();
  }

  private interface Reading {
    Object read(Object pool) throws ReflectiveOperationException;
  }

  private Number poolFigure(Reading reading) {
    Object p = pool();
    if (p == null) {
      return -1;
    }
    try {
      return (Number) reading.read(p);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  private Object pool() {
    Object p = pool;
    if (p != null || poolUnavailable) {
      return p;
    }
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Class<?> runtime =
          Class.forName("com.sun.enterprise.connectors.ConnectorRuntime", true, loader);
      Object manager = call(runtime.getMethod("getRuntime").invoke(null), "getPoolManager");
      Field table = manager.getClass().getDeclaredField("poolTable");
      table.setAccessible(true);
      for (Map.Entry<?, ?> e : ((Map<?, ?>) table.get(manager)).entrySet()) {
        if (String.valueOf(call(e.getKey(), "getName")).contains(Database.DATA_SOURCE)) {
          pool = e.getValue();
          return pool;
        }
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      poolUnavailable = true;
      LOG.log(Level.INFO, "Connection pool figures are not available on this server: " + e);
    }
    return null;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
