// A steady publisher for the cluster tests (deploy/bench/cluster-crash.sh, cluster-load.sh): RATE
// publications a second through nginx, each one an item created as demo-editor (POST
// /api/v1/manage/items, a unique title) and published as demo-reviewer with the ETag it got
// (POST …/publish, If-Match). Run with the JDK alone, no build:
//
//   java deploy/bench/Publisher.java OUT_DIR
//
// Environment: BASE (http://127.0.0.1:8088), RATE (10), TAG (a word of consonants that every
// title carries; default random), ORGANISATION (jrjgfwzx), CHANNEL (notices), MAX_IN_FLIGHT (60:
// publications under way at most — like that many editors at once; a tick finding them all busy
// is skipped and counted), GONGKAI_DEMO_PASSWORD (gongkai-demo).
//
// Titles are "集群崩溃测试 第N号 TAG TAGxxxx": TAG finds all of this run's items in the search index,
// TAGxxxx (N in consonants) finds one. Writes, in OUT_DIR:
//   committed.tsv   id, 索引号, title, publishedAt of every publish answered 200 (flushed at once)
//   failed.tsv      time, step (create/publish), id (publish only), status and problem type
//                   or exception, title
//   summary.txt     attempted / committed / failed counts, written when it stops
// Runs until OUT_DIR/stop exists (or SIGTERM), then waits for the publications under way (30 s at
// most) and writes the summary. A publication whose publish answer was lost (502, 504, a broken
// connection) is "failed" here even if the server committed it: the checker only requires that
// every one answered 200 is there. Nothing is retried.
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Publisher {
  static final String LETTERS = "bcdfghjkmnpqrtvwxz"; // no vowels, no s or y: one token, unstemmed
  static final Pattern INDEX_NUMBER = Pattern.compile("\"indexNumber\":\"([^\"]*)\"");
  static final Pattern PUBLISHED_AT = Pattern.compile("\"publishedAt\":\"([^\"]*)\"");
  static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");
  static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  final String base = env("BASE", "http://127.0.0.1:8088");
  final double rate = Double.parseDouble(env("RATE", "10"));
  final String organisation = env("ORGANISATION", "jrjgfwzx");
  final String channel = env("CHANNEL", "notices");
  final String password = env("GONGKAI_DEMO_PASSWORD", "gongkai-demo");
  final int maxInFlight = Integer.parseInt(env("MAX_IN_FLIGHT", "60"));
  final String tag;
  final Path out;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final AtomicInteger next = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicLong attempted = new AtomicLong();
  final AtomicLong committed = new AtomicLong();
  final AtomicLong behind = new AtomicLong(); // ticks skipped: too many publications under way
  final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
  volatile String editor;
  volatile String reviewer;
  PrintWriter committedLog;
  PrintWriter failedLog;

  Publisher(Path out) {
    this.out = out;
    Random random = new Random();
    String t = System.getenv("TAG");
    if (t == null || t.isBlank()) {
      StringBuilder b = new StringBuilder("ck");
      for (int i = 0; i < 8; i++) b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      t = b.toString();
    }
    this.tag = t;
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  static String word(int n) { // N as four consonants
    char[] c = new char[4];
    for (int i = 3; i >= 0; i--) {
      c[i] = LETTERS.charAt(n % LETTERS.length());
      n /= LETTERS.length();
    }
    return new String(c);
  }

  String login(String user) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() == 200 && m.find()) return m.group(1);
        if (attempt >= 30) throw new IllegalStateException("login " + user + ": " + r.statusCode());
      } catch (IOException e) {
        if (attempt >= 30) throw e;
      }
      Thread.sleep(1000);
    }
  }

  void fail(String step, String id, String what, String title) {
    failures.computeIfAbsent(step + " " + what, k -> new AtomicLong()).incrementAndGet();
    synchronized (failedLog) {
      failedLog.printf(
          "%s\t%s\t%s\t%s\t%s%n",
          LocalTime.now().truncatedTo(ChronoUnit.MILLIS), step, id, what, title);
      failedLog.flush();
    }
  }

  /** A problem's type and detail, or the start of another body, on one line. */
  static String brief(String body) {
    Matcher type = Pattern.compile("\"type\":\"https://gongkai.io/problems/([^\"]*)\"").matcher(body);
    Matcher detail = Pattern.compile("\"detail\":\"([^\"]*)\"").matcher(body);
    if (type.find()) return type.group(1) + (detail.find() ? ": " + detail.group(1) : "");
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
  }

  static String what(Exception e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage().replaceAll("\\s+", " ");
  }

  void publishOne() {
    int n = next.incrementAndGet();
    String title = "集群崩溃测试 第" + n + "号 " + tag + " " + tag + word(n);
    String id = "";
    try {
      String body =
          "{\"organisation\":\"" + organisation + "\",\"channel\":\"" + channel
              + "\",\"title\":\"" + title + "\",\"body\":\"<p>崩溃测试正文，第" + n
              + "号。</p>\",\"genre\":\"通知\",\"theme\":\"综合政务\",\"disclosureMethod\":\"主动公开\","
              + "\"scope\":\"面向社会\",\"timeLimit\":\"及时\",\"validity\":\"有效\"}";
      HttpResponse<String> created;
      try {
        created =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/manage/items"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + editor)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        fail("create", "", what(e), title);
        return;
      }
      String location = created.headers().firstValue("Location").orElse("");
      String etag = created.headers().firstValue("ETag").orElse("");
      if (created.statusCode() != 201 || location.isEmpty() || etag.isEmpty()) {
        fail("create", "", created.statusCode() + " " + brief(created.body()), title);
        return;
      }
      id = location.substring(location.lastIndexOf('/') + 1);
      HttpResponse<String> published;
      try {
        published =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/manage/items/" + id + "/publish"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + reviewer)
                    .header("If-Match", etag)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        fail("publish", id, what(e), title);
        return;
      }
      if (published.statusCode() != 200) {
        fail("publish", id, published.statusCode() + " " + brief(published.body()), title);
        return;
      }
      Matcher number = INDEX_NUMBER.matcher(published.body());
      Matcher at = PUBLISHED_AT.matcher(published.body());
      Matcher state = STATE.matcher(published.body());
      if (!number.find() || !state.find() || !"PUBLISHED".equals(state.group(1))) {
        fail("publish", id, "200 without 索引号 or state PUBLISHED", title);
        return;
      }
      committed.incrementAndGet();
      synchronized (committedLog) {
        committedLog.printf(
            "%s\t%s\t%s\t%s%n", id, number.group(1), title, at.find() ? at.group(1) : "");
        committedLog.flush();
      }
    } catch (Exception e) {
      fail("other", id, what(e), title);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  void run() throws Exception {
    Files.createDirectories(out);
    Path stop = out.resolve("stop");
    Files.deleteIfExists(stop);
    committedLog = new PrintWriter(Files.newBufferedWriter(out.resolve("committed.tsv")));
    failedLog = new PrintWriter(Files.newBufferedWriter(out.resolve("failed.tsv")));
    Files.writeString(out.resolve("tag"), tag + "\n");
    editor = login("demo-editor");
    reviewer = login("demo-reviewer");
    System.err.printf(
        "publisher: %s publications/s through %s, at most %d under way, tag %s%n",
        rate, base, maxInFlight, tag);

    ExecutorService workers = Executors.newFixedThreadPool(maxInFlight);
    Thread main = Thread.currentThread();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.writeString(stop, "");
                    main.join(40_000);
                  } catch (Exception ignored) {
                    // stopping anyway
                  }
                }));
    long periodNanos = (long) (1_000_000_000L / rate);
    long start = System.nanoTime();
    long tick = 0;
    while (!Files.exists(stop)) {
      long due = start + tick * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      tick++;
      if (inFlight.get() >= maxInFlight) {
        behind.incrementAndGet();
        continue;
      }
      inFlight.incrementAndGet();
      attempted.incrementAndGet();
      workers.execute(this::publishOne);
    }
    workers.shutdown();
    boolean drained = workers.awaitTermination(30, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "publisher: %.0f s, tag %s: attempted %d, committed (publish 200) %d, failed %d,"
                + " skipped ticks %d%s%n",
            seconds, tag, attempted.get(), committed.get(), failed, behind.get(),
            drained ? "" : ", some still under way after 30 s"));
    for (Map.Entry<String, AtomicLong> f : new TreeMap<>(failures).entrySet()) {
      s.append(String.format("publisher:   failed %-60s %d%n", f.getKey(), f.getValue().get()));
    }
    committedLog.close();
    failedLog.close();
    Files.writeString(out.resolve("summary.txt"), s.toString());
    System.err.print(s);
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: java deploy/bench/Publisher.java OUT_DIR");
      System.exit(2);
    }
    new Publisher(Path.of(args[0])).run();
  }
}
