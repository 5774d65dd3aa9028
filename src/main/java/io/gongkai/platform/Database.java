package io.gongkai.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's database: the container-managed JTA pool {@code java:app/jdbc/gongkai} over
 * {@link ConfiguredDataSource}, migrated by Flyway through that pool before the persistence unit is
 * used.
 *
 * <p>The pool's settings come from configuration when the application deploys: {@code
 * ${MPCONFIG=key:default}} reads environment variables ({@code GONGKAI_DB_URL} for {@code
 * gongkai.db.url}, …) and system properties, but not the WAR's {@code
 * microprofile-config.properties}, so each default is written here as well. An empty URL means the
 * embedded H2 database under the data directory. Payara Micro 6 reads an application-defined pool's
 * sizes only as numbers written here; {@link #start} then resizes the pool to {@code
 * gongkai.db.pool-size} and {@code gongkai.db.pool-min}, which MicroProfile Config reads from every
 * source (see {@link ConnectionPool}).
 */
@DataSourceDefinition(
    name = Database.DATA_SOURCE,
    className = "io.gongkai.platform.ConfiguredDataSource",
    url = "${MPCONFIG=gongkai.db.url:}",
    user = "${MPCONFIG=gongkai.db.user:sa}",
    password = "${MPCONFIG=gongkai.db.password:}",
    transactional = true,
    initialPoolSize = Database.POOL_MIN,
    minPoolSize = Database.POOL_MIN,
    maxPoolSize = Database.POOL_MAX,
    maxIdleTime = 300,
    properties = {
      "dataDir=${MPCONFIG=gongkai.data-dir:./data}",
      // how long a request waits for a free connection before it fails
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=gongkai.db.wait-ms:10000}",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=${MPCONFIG=gongkai.db.validate-seconds:30}",
      // a database restart invalidates every pooled connection at once
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-leak-timeout-in-seconds=${MPCONFIG=gongkai.db.leak-seconds:0}",
      "fish.payara.statement-timeout-in-seconds=${MPCONFIG=gongkai.db.statement-seconds:-1}"
    })
@ApplicationScoped
public class Database {

  /** The JNDI name of the application's data source. */
  public static final String DATA_SOURCE = "java:app/jdbc/gongkai";

  /** The most connections one instance holds unless {@code gongkai.db.pool-size} says otherwise. */
  public static final int POOL_MAX = 16;

  /** The connections kept open when idle unless {@code gongkai.db.pool-min} says otherwise. */
  public static final int POOL_MIN = 2;

  private static final System.Logger LOG = System.getLogger(Database.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Settings settings;
  @Inject ConnectionPool pool;

  private volatile boolean migrated;
  private Boolean shared;

  /**
   * Whether several instances may share this database (PostgreSQL; the embedded H2 has one
   * instance): then they tell each other of changes and take cluster-wide locks. Decided once.
   */
  public boolean shared() {
    Boolean known = shared;
    if (known == null) {
      known = settings.databaseUrl().startsWith("jdbc:postgresql:");
      shared = known;
    }
    return known;
  }

  /**
   * Whether the schema is migrated: the timers of features (expiry, request lapses) start with the
   * application, and on a first start their first tick can come before the tables exist.
   */
  public boolean migrated() {
    return migrated;
  }

  /** Migrates the schema (once per start); the persistence unit may be used afterwards. */
  public synchronized void start() {
    if (migrated) {
      return;
    }
    String product;
    try (Connection c = dataSource.getConnection()) {
      var meta = c.getMetaData();
      product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
      LOG.log(
          Level.INFO,
          "Gongkai database: {0} ({1})",
          meta.getURL().replaceAll("password=[^;&]*", "password=***"),
          product);
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
    }
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    migrated = true;
    int max = settings.databasePoolSize();
    int min = settings.databasePoolMin();
    if (pool.resize(min, max)) {
      LOG.log(Level.INFO, "Connection pool: {0} to {1} connections", min, max);
    } else if (max != POOL_MAX || min != POOL_MIN) {
      LOG.log(
          Level.WARNING,
          "gongkai.db.pool-size/pool-min ignored: the pool cannot be resized on this server");
    }
  }
}
