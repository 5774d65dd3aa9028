package io.gongkai.platform;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The database as {@code /metrics} shows it: the application's connection pool (connections in use
 * and idle, requests waiting for one, the maximum, requests that waited in vain) and transactions
 * (committed, rolled back).
 *
 * <p>The pool's figures come from {@link ConnectionPool}; -1 where the server does not give them.
 */
@ApplicationScoped
public class DatabaseMetrics {

  @Inject Metrics metrics;
  @Inject ConnectionPool pool;

  private CounterDataPoint committed;
  private CounterDataPoint rolledBack;
  private CounterDataPoint waitedInVain;

  @PostConstruct
  void register() {
    Counter transactions =
        metrics.counter("gongkai_transactions", "Database transactions, by outcome", "outcome");
    committed = transactions.labelValues("committed");
    rolledBack = transactions.labelValues("rolled_back");
    waitedInVain =
        metrics
            .counter(
                "gongkai_db_pool_wait_timeouts",
                "Requests that waited for a database connection in vain")
            .labelValues();
    gauge("gongkai_db_pool_active", "Database connections in use", ConnectionPool::active);
    gauge("gongkai_db_pool_idle", "Database connections open and free", ConnectionPool::idle);
    gauge(
        "gongkai_db_pool_waiting",
        "Requests waiting for a database connection now",
        ConnectionPool::waiting);
    gauge(
        "gongkai_db_pool_max",
        "The most database connections this instance opens",
        ConnectionPool::max);
  }

  private void gauge(
      String name, String description, Function<ConnectionPool, OptionalInt> figure) {
    metrics.gauge(name, description, () -> figure.apply(pool).orElse(-1));
  }

  /** A transaction ended ({@code true}: committed). */
  public void ended(boolean wasCommitted) {
    (wasCommitted ? committed : rolledBack).inc();
  }

  /** A request gave up waiting for a connection. */
  public void waitedInVain() {
    waitedInVain.inc();
  }
}
