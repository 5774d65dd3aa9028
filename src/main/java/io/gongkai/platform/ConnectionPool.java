package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Payara's pool behind {@code java:app/jdbc/gongkai}, for what the platform offers no API for: its
 * figures (connections in use and free, requests waiting, maximum) and sizing it from configuration
 * at start-up (Payara Micro 6 reads an application-defined pool's sizes only as numbers written in
 * the application). It is reached by reflection; on a server without it, figures are absent and the
 * sizes stay those written in {@link Database}, with one log line.
 */
@ApplicationScoped
public class ConnectionPool {

  private static final System.Logger LOG = System.getLogger(ConnectionPool.class.getName());

  private volatile Object pool;
  private volatile boolean unavailable;

  /** Connections in use now. */
  public OptionalInt active() {
    return figure("getPoolStatus", "getNumConnUsed");
  }

  /** Connections open and free now. */
  public OptionalInt idle() {
    return figure("getPoolStatus", "getNumConnFree");
  }

  /** Requests waiting for a connection now. */
  public OptionalInt waiting() {
    return figure("getPoolWaitQueue", "getQueueLength");
  }

  /** The most connections the pool opens. */
  public OptionalInt max() {
    return figure(null, "getMaxPoolSize");
  }

  /** Sets the pool's sizes; false when the pool cannot be reached. */
  public boolean resize(int steady, int max) {
    Object p = pool();
    if (p == null) {
      return false;
    }
    try {
      p.getClass().getMethod("setMaxPoolSize", int.class).invoke(p, max);
      p.getClass().getMethod("setSteadyPoolSize", int.class).invoke(p, Math.min(steady, max));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "The connection pool could not be resized: " + e);
      return false;
    }
  }

  private OptionalInt figure(String holder, String getter) {
    Object p = pool();
    if (p == null) {
      return OptionalInt.empty();
    }
    try {
      Object target = holder == null ? p : call(p, holder);
      return OptionalInt.of(((Number) call(target, getter)).intValue());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  private Object pool() {
    Object p = pool;
    if (p != null || unavailable) {
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
      unavailable = true;
      LOG.log(Level.INFO, "The connection pool is not reachable on this server: " + e);
    }
    return null; // not created yet: looked for again next time
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
