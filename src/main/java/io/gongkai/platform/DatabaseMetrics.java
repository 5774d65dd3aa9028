package io.gongkai.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.function.Function;
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
 * <p>The pool's figures come from {@link ConnectionPool}; -1 where the server does not give them.
 */
@ApplicationScoped
public class DatabaseMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject ConnectionPool pool;

  private Counter committed;
  private Counter rolledBack;
  private Counter waitedInVain;

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

  private Counter transactions(String outcome) {
    return registry.counter(
        Metadata.builder()
            .withName("gongkai_transactions")
            .withDescription("Database transactions, by outcome")
            .build(),
        new Tag("outcome", outcome));
  }

  private void gauge(
      String name, String description, Function<ConnectionPool, OptionalInt> figure) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        pool,
        p -> figure.apply(p).orElse(-1));
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
