package io.gongkai.platform;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connections under the application's container-managed pool ({@code
 * java:app/jdbc/gongkai}, defined by {@link Database}). The pool sets the properties from
 * configuration when it deploys the application; an empty URL means the embedded H2 database under
 * the data directory, which is what a newcomer runs, and PostgreSQL is used when its URL is given.
 * The pool, not this class, does pooling, validation and transaction enlistment.
 */
public class ConfiguredDataSource implements DataSource {

  private String url = "";
  private String user = "sa";
  private String password = "";
  private String dataDir = "./data";
  private volatile Driver driver;
  private PrintWriter logWriter;
  private int loginTimeout;

  /** The JDBC URL, or empty for the embedded H2 database under the data directory. */
  public void setUrl(String url) {
    this.url = url == null ? "" : url.trim();
    this.driver = null;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user == null ? "" : user;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  public void setDataDir(String dataDir) {
    this.dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir.trim();
  }

  public String getDataDir() {
    return dataDir;
  }

  /** The URL connections go to: the configured one, else the embedded default. */
  public String effectiveUrl() {
    return url.isEmpty() ? embeddedUrl(Path.of(dataDir)) : url;
  }

  /** The embedded H2 database under a data directory. */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().normalize().resolve("db").resolve("gongkai")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
        // a commit is written before it returns, so a killed process loses none
        + ";WRITE_DELAY=0";
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties info = new Properties();
    if (username != null) {
      info.setProperty("user", username);
    }
    if (pass != null) {
      info.setProperty("password", pass);
    }
    String target = effectiveUrl();
    Connection connection = driver(target).connect(target, info);
    if (connection == null) {
      throw new SQLException("No driver accepts " + target);
    }
    return connection;
  }

  private Driver driver(String target) throws SQLException {
    Driver d = driver;
    if (d == null) {
      String name;
      if (target.startsWith("jdbc:postgresql:")) {
        name = "org.postgresql.Driver";
      } else if (target.startsWith("jdbc:h2:")) {
        name = "org.h2.Driver";
      } else {
        throw new SQLException(
            "Unsupported database URL (PostgreSQL or H2 expected): " + target, "08001");
      }
      try {
        d =
            (Driver)
                Class.forName(name, true, ConfiguredDataSource.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
      } catch (ReflectiveOperationException e) {
        throw new SQLException("JDBC driver " + name + " not found", "08001", e);
      }
      driver = d;
    }
    return d;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
