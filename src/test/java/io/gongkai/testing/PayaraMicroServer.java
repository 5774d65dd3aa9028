package io.gongkai.testing;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One Payara Micro with the built WAR, shared by every integration test of a failsafe run and
 * stopped when the run ends. It listens on 127.0.0.1 only, on a free port, against the database
 * failsafe names (H2 or PostgreSQL, wiped first), in demo mode with a random demo password.
 */
public final class PayaraMicroServer {

  /** The connection pool size the test server is configured with (not the default). */
  public static final int POOL_SIZE = 12;

  public static final String CORS_ORIGIN = "https://portal.example.gov.cn";
  public static final long UPLOAD_LIMIT = 1_000_000;

  private static PayaraMicroServer instance;
  private static IllegalStateException failure;

  private final Process process;
  private final URI base;
  private final String demoPassword;
  private final String adminPassword;
  private final RSAKey signingKey;
  private final Path log;
  private final Path dataDir;

  private PayaraMicroServer(
      Process process,
      URI base,
      String demoPassword,
      String adminPassword,
      RSAKey signingKey,
      Path log,
      Path dataDir) {
    this.process = process;
    this.base = base;
    this.demoPassword = demoPassword;
    this.adminPassword = adminPassword;
    this.signingKey = signingKey;
    this.log = log;
    this.dataDir = dataDir;
  }

  public static synchronized PayaraMicroServer get() {
    if (failure != null) {
      throw failure;
    }
    if (instance == null) {
      try {
        instance = start();
      } catch (Exception e) {
        failure = new IllegalStateException("Payara Micro did not start", e);
        throw failure;
      }
    }
    return instance;
  }

  /**
   * Stops the shared server at the end of the test run (registered as a launcher session listener).
   */
  public static final class Lifecycle implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
      stop();
    }
  }

  static void stop() {
    synchronized (PayaraMicroServer.class) {
      if (instance != null) {
        instance.process.destroy();
        try {
          instance.process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        instance = null;
      }
    }
  }

  public URI base() {
    return base;
  }

  public String demoPassword() {
    return demoPassword;
  }

  public String adminPassword() {
    return adminPassword;
  }

  public RSAKey signingKey() {
    return signingKey;
  }

  public SsoIssuer sso() {
    return SsoIssuer.get();
  }

  public String label() {
    return System.getProperty("gongkai.it.label", "h2");
  }

  private static PayaraMicroServer start() throws Exception {
    String label = System.getProperty("gongkai.it.label", "h2");
    Path work = Path.of(System.getProperty("gongkai.it.work", "target/it-work")).resolve(label);
    deleteTree(work);
    Files.createDirectories(work);
    String url = System.getProperty("gongkai.it.db.url");
    String user = System.getProperty("gongkai.it.db.user");
    String password = System.getProperty("gongkai.it.db.password");
    wipe(url, user, password);
    Map<String, String> db = new java.util.HashMap<>();
    db.put("GONGKAI_DB_URL", url);
    db.put("GONGKAI_DB_USER", user);
    db.put("GONGKAI_DB_PASSWORD", password == null ? "" : password);
    return launch(work, db);
  }

  /**
   * A server of the test's own, not shared: on an H2 database in its own folder (wiped unless
   * {@code keep}), so a test may kill it hard and start it again on the same data, with the same
   * passwords and signing key. {@code env} adds settings of the test's own.
   */
  public static PayaraMicroServer startOwn(String name, boolean keep, Map<String, String> env)
      throws Exception {
    Path work = Path.of(System.getProperty("gongkai.it.work", "target/it-work")).resolve(name);
    // a restart keeps the data folder only: Payara's own folder would deploy the WAR twice
    deleteTree(keep ? work.resolve("payara") : work);
    Files.createDirectories(work);
    Map<String, String> all = new java.util.HashMap<>(credentials(name, keep));
    all.putAll(env);
    return launch(work, all);
  }

  /** The demo and admin passwords and the signing key of own servers, kept across restarts. */
  private static final Map<String, Map<String, String>> OWN_CREDENTIALS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Map<String, String> credentials(String name, boolean keep) throws Exception {
    if (keep && OWN_CREDENTIALS.containsKey(name)) {
      return OWN_CREDENTIALS.get(name);
    }
    Map<String, String> fresh =
        Map.of(
            "GONGKAI_DEMO_PASSWORD", "demo-" + UUID.randomUUID(),
            "GONGKAI_ADMIN_PASSWORD", "admin-" + UUID.randomUUID(),
            "GONGKAI_TOKEN_PRIVATE_KEY",
                new RSAKeyGenerator(2048).keyID(name).generate().toJSONString());
    OWN_CREDENTIALS.put(name, fresh);
    return fresh;
  }

  /**
   * A setting of {@link #startOwn}: {@code "true"} starts the server as the deploy scripts do,
   * through {@code deploy/payara-root.sh} (a prepared root directory and class data sharing), so
   * that a benchmark measures the start an operator gets.
   */
  public static final String PRODUCTION_LAUNCH = "PRODUCTION_LAUNCH";

  /** The java arguments {@code deploy/payara-root.sh} prints for {@code root}. */
  private static List<String> payaraRoot(Path root, String javaOpts) throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(
            "bash",
            "deploy/payara-root.sh",
            root.toAbsolutePath().toString(),
            System.getProperty("gongkai.it.payara", "target/payara-micro.jar"),
            System.getProperty("gongkai.it.war", "target/gongkai.war"));
    b.environment().put("GONGKAI_JAVA_OPTS", javaOpts);
    b.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = b.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("deploy/payara-root.sh failed for " + root);
    }
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  /** Whether the server's JVM mapped a class-data-sharing archive of Gongkai's. */
  public boolean sharesClassData() throws java.io.IOException {
    return Files.readString(Path.of("/proc", String.valueOf(pid()), "maps"))
        .contains("gongkai.jsa");
  }

  /** Kills the process at once, as a crash or {@code kill -9} would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Stops the process gracefully and waits for it. */
  public void shutdown() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /** The server's process id, to read its memory use. */
  public long pid() {
    return process.pid();
  }

  /** What the server has printed so far. */
  public String logText() throws java.io.IOException {
    return Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** This server's data folder (search index, embedded database). */
  public Path dataDir() {
    return dataDir;
  }

  private static PayaraMicroServer launch(Path work, Map<String, String> extraEnv)
      throws Exception {
    int port = Nginx.freePort();
    Path preboot = work.resolve("preboot.asadmin");
    Files.writeString(
        preboot,
        String.join(
            "\n",
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1",
            "set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1",
            Files.readString(Path.of("deploy/payara-preboot.asadmin"))));
    String demoPassword =
        extraEnv.getOrDefault("GONGKAI_DEMO_PASSWORD", "demo-" + UUID.randomUUID());
    String adminPassword =
        extraEnv.getOrDefault("GONGKAI_ADMIN_PASSWORD", "admin-" + UUID.randomUUID());
    RSAKey key =
        extraEnv.containsKey("GONGKAI_TOKEN_PRIVATE_KEY")
            ? RSAKey.parse(extraEnv.get("GONGKAI_TOKEN_PRIVATE_KEY"))
            : new RSAKeyGenerator(2048).keyID("it-" + UUID.randomUUID()).generate();
    String heap = extraEnv.getOrDefault("JVM_HEAP", "-Xmx768m");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgongkai.launcher=it",
                "-Dh2.bindAddress=127.0.0.1",
                "-Djava.io.tmpdir=" + work));
    command.addAll(1, List.of(heap.split(" ")));
    if ("true".equals(extraEnv.get(PRODUCTION_LAUNCH))) {
      // as deploy/run-embedded.sh, cluster-local.sh and the systemd unit start it: Payara's root
      // directory made once per release (beside the work folder, so that it outlives a fresh
      // start), the WAR deployed there, class data sharing
      command.addAll(payaraRoot(work.resolveSibling(work.getFileName() + "-payara-root"), heap));
    } else {
      command.addAll(
          List.of(
              "-jar",
              System.getProperty("gongkai.it.payara", "target/payara-micro.jar"),
              "--deploy",
              System.getProperty("gongkai.it.war", "target/gongkai.war"),
              "--contextroot",
              "/",
              "--rootdir",
              work.resolve("payara").toString()));
    }
    command.addAll(
        List.of(
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--disablephonehome",
            "--prebootcommandfile",
            preboot.toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    Path log = work.resolve("server.log");
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.put("GONGKAI_DATA_DIR", work.resolve("data").toString());
    env.put("GONGKAI_DEMO", "true");
    env.put("GONGKAI_DEMO_PASSWORD", demoPassword);
    env.put("GONGKAI_ADMIN_USERNAME", "it-admin");
    env.put("GONGKAI_ADMIN_PASSWORD", adminPassword);
    env.put("GONGKAI_CORS_ORIGINS", CORS_ORIGIN);
    env.put("GONGKAI_UPLOADS_MAX_BYTES", String.valueOf(UPLOAD_LIMIT));
    env.put("GONGKAI_DB_POOL_SIZE", String.valueOf(POOL_SIZE));
    env.put("GONGKAI_TOKEN_PRIVATE_KEY", key.toJSONString());
    env.put("GONGKAI_SSO_ISSUER", SsoIssuer.ISSUER);
    env.put("GONGKAI_SSO_JWKS_URL", SsoIssuer.get().jwksUrl());
    // the console's login through the SSO (authorisation code with PKCE) against the same stand-in
    env.put("GONGKAI_SSO_CLIENT_ID", SsoIssuer.CLIENT_ID);
    env.put("GONGKAI_SSO_AUTHORIZATION_URL", SsoIssuer.get().url("/authorize"));
    env.put("GONGKAI_SSO_TOKEN_URL", SsoIssuer.get().url("/token"));
    // metrics and the API description for this host only: tests come from 127.0.0.1, and a
    // connection from 127.0.0.2 plays an outsider
    env.put("GONGKAI_MONITORING_NETWORKS", "127.0.0.1/32");
    // the tests' small indexes are searched on two threads as a large one is, so every search test
    // also checks the parallel search (search.control.Searchers)
    env.put("GONGKAI_SEARCH_THREADS", "2");
    env.put("GONGKAI_SEARCH_PARALLEL_MIN_DOCS", "1");
    env.putAll(extraEnv);
    env.remove("JVM_HEAP");
    env.remove(PRODUCTION_LAUNCH);
    String mark = env.getOrDefault("READY_MARK", "jrjgfwzx");
    env.remove("READY_MARK");
    Process process = builder.start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    awaitReady(process, base, log, mark);
    return new PayaraMicroServer(
        process, base, demoPassword, adminPassword, key, log, work.resolve("data"));
  }

  /**
   * Waits until the server answers and holds {@code mark} in its organisations: the demo content by
   * default, or what an own server's test put in its database ({@code READY_MARK} in its settings).
   */
  private static void awaitReady(Process process, URI base, Path log, String mark)
      throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited; see " + log);
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(base.resolve("api/v1/organisations"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains(mark) && healthy(client, base)) {
          return;
        }
        boolean applicationFailed =
            r.statusCode() >= 500
                && r.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .startsWith("application/problem+json");
        if (applicationFailed) {
          process.destroyForcibly();
          throw new IllegalStateException("Gongkai answers " + r.statusCode() + "; see " + log);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      // a tenth of a second: the benchmark times restarts by this wait
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Gongkai did not become ready; see " + log);
  }

  private static boolean healthy(HttpClient client, URI base) throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(base.resolve("health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200;
  }

  private static void wipe(String url, String user, String password) throws Exception {
    if (url.startsWith("jdbc:postgresql:")) {
      try (var c = DriverManager.getConnection(url, user, password);
          var s = c.createStatement()) {
        s.execute("DROP SCHEMA public CASCADE");
        s.execute("CREATE SCHEMA public");
      }
    }
  }

  /** Deletes a folder and everything in it; nothing if it is not there. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
