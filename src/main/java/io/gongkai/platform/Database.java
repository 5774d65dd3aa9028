package io.gongkai.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** Migrates the schema with Flyway, then opens the persistence unit on the configured database. */
@ApplicationScoped
public class Database {

  private static final System.Logger LOG = System.getLogger(Database.class.getName());

  @Inject Settings settings;

  private volatile EntityManagerFactory factory;

  public synchronized void start() {
    if (factory != null) {
      return;
    }
    ClassLoader loader = Database.class.getClassLoader();
    String url = settings.databaseUrl();
    LOG.log(Level.INFO, "Gongkai database: {0}", url.replaceAll("password=[^;&]*", "password=***"));
    Flyway.configure(loader)
        .dataSource(url, settings.databaseUser(), settings.databasePassword())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, Object> properties = new HashMap<>();
    properties.put("eclipselink.persistencexml", "META-INF/gongkai-persistence.xml");
    properties.put("eclipselink.classloader", loader);
    properties.put("jakarta.persistence.jdbc.driver", driverFor(url));
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", settings.databaseUser());
    properties.put("jakarta.persistence.jdbc.password", settings.databasePassword());
    properties.put(
        "eclipselink.connection-pool.default.max", String.valueOf(settings.databasePoolSize()));
    properties.put("eclipselink.connection-pool.default.initial", "2");
    factory = Persistence.createEntityManagerFactory("gongkai", properties);
    factory.createEntityManager().close();
  }

  public EntityManagerFactory factory() {
    if (factory == null) {
      start();
    }
    return factory;
  }

  public boolean isPostgres() {
    return settings.databaseUrl().startsWith("jdbc:postgresql:");
  }

  @PreDestroy
  void close() {
    if (factory != null) {
      factory.close();
    }
  }

  private static String driverFor(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.Driver";
    }
    if (url.startsWith("jdbc:h2:")) {
      return "org.h2.Driver";
    }
    throw new IllegalStateException("Unsupported database URL (PostgreSQL or H2 expected): " + url);
  }
}
