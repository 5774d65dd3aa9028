package io.gongkai.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells every instance at once that another one committed a content change. On PostgreSQL each
 * transaction that appends to the change log also sends {@code NOTIFY gongkai_changes}, which the
 * database delivers when (and only if) the transaction commits, folding the notices of one
 * transaction into one; each instance holds one connection of its own (outside the pool) that
 * {@code LISTEN}s and fires {@link ChangeLog.Committed} here, so the search index follower reads
 * the new entries without waiting for its next poll. The change log stays the truth: a notice lost
 * while the connection is re-established delays a change by one poll, never loses it. On the
 * embedded H2 database there is one instance only, and nothing is sent or listened to.
 */
@ApplicationScoped
public class ChangeNotices {

  static final String CHANNEL = "gongkai_changes";

  private static final System.Logger LOG = System.getLogger(ChangeNotices.class.getName());

  /** How long one wait for notices lasts: also how long stopping may take. */
  private static final int WAIT_MS = 1000;

  @Inject Settings settings;
  @Inject Database database;
  @Inject Background background;
  @Inject Event<ChangeLog.Committed> committed;
  @Inject Metrics metrics;

  /** Names this instance in its notices, so it does not wake itself a second time. */
  private final String self = java.util.UUID.randomUUID().toString();

  private volatile boolean running;
  private volatile boolean listening;
  private volatile long received;

  /** Sends the notice, in the caller's transaction (delivered when it commits). */
  void send(EntityManager em) {
    em.createNativeQuery("SELECT pg_notify('" + CHANNEL + "', ?1)")
        .setParameter(1, self)
        .getSingleResult();
  }

  /** Starts listening (PostgreSQL only), on the application's managed executor. */
  public void start() {
    if (!database.shared() || running) {
      return;
    }
    running = true;
    background.tasks().execute(this::listen);
  }

  /** Whether the listening connection is open now. */
  public boolean listening() {
    return listening;
  }

  /** The notices received since start. */
  public long received() {
    return received;
  }

  @PostConstruct
  void register() {
    metrics.gauge(
        "gongkai_change_notices_listening",
        "1 while this instance listens for other instances' changes (PostgreSQL), else 0",
        () -> listening ? 1 : 0);
    metrics.gauge(
        "gongkai_change_notices_received",
        "Notices of other instances' changes received since start",
        () -> received);
  }

  @PreDestroy
  void stop() {
    running = false;
  }

  private void listen() {
    long backoff = WAIT_MS;
    while (running) {
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        s.execute("LISTEN " + CHANNEL);
        listening = true;
        backoff = WAIT_MS;
        LOG.log(Level.INFO, "Listening for other instances' changes");
        // changes committed while no connection listened: catch up once
        committed.fire(new ChangeLog.Committed());
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notices = pg.getNotifications(WAIT_MS);
          int others = 0;
          for (PGNotification n : notices == null ? new PGNotification[0] : notices) {
            if (!self.equals(n.getParameter())) {
              others++; // this instance's own commits woke its index already
            }
          }
          if (others > 0) {
            received += others;
            committed.fire(new ChangeLog.Committed());
          }
        }
      } catch (SQLException | RuntimeException e) {
        listening = false;
        if (!running) {
          return;
        }
        LOG.log(
            Level.WARNING,
            "Listening for other instances' changes failed ({0}); polling until it is back",
            e.toString());
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        backoff = Math.min(backoff * 2, 30_000);
      } finally {
        listening = false;
      }
    }
  }

  private Connection connect() throws SQLException {
    ConfiguredDataSource source = new ConfiguredDataSource();
    source.setUrl(settings.databaseUrl());
    source.setUser(settings.databaseUser());
    source.setPassword(settings.databasePassword());
    return source.getConnection();
  }
}
