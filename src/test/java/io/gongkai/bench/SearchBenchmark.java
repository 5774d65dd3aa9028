package io.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.search.control.RawLucene;
import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.PayaraMicroServer;
import io.gongkai.testing.Wrk;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The search benchmark: N generated items written straight into the database of a server of its
 * own, then, in one run and with baselines measured in the same run:
 *
 * <ul>
 *   <li>full rebuild throughput next to raw Lucene {@code IndexWriter} on the same documents;
 *   <li>search latency (p50, p99) and throughput over HTTP at concurrency 1 and 8 for a fixed query
 *       mix, measured with wrk, next to the same queries on raw Lucene in-process, next to SQL
 *       {@code LIKE '%…%'} on the same database, and next to the HTTP floor ({@code /health/live},
 *       wrk in the same run);
 *   <li>a public page of 20 items next to the organisation list, both at concurrency 8;
 *   <li>publish-to-searchable latency, index size, the server's resident memory, and the time a
 *       restart takes (after a clean stop and after {@code kill -9}) with this index.
 * </ul>
 *
 * <p>{@code SearchBenchmark.run(n)} is called by {@link SearchBenchmarkRun} (N = 200,000 by
 * default, {@code -Dgongkai.bench.items=…}) and by {@code SearchBenchmarkIT} (a few thousand, in
 * CI, so it keeps working).
 */
final class SearchBenchmark {

  private static final int THREADS = 2;

  /** The server's JVM options, as deploy/run-embedded.sh sets them by default. */
  static final String HEAP = "-Xmx384m -XX:+UseSerialGC";

  /** The fixed query mix: words, phrases, names, a 文号, a synonym, a rare word, two parts. */
  private final List<String> mix = new ArrayList<>();

  private final StringBuilder report = new StringBuilder();

  /** The figures a run produced, for the small run's checks. */
  record Figures(
      double rebuildPerSecond,
      double rawPerSecond,
      double httpP50,
      double rawP50,
      double likeP50,
      double floorP50,
      double publishToSearchableMs,
      long indexBytes,
      long rssBytes,
      boolean restartSharedClassData) {}

  Figures run(int n) throws Exception {
    log(
        "Search benchmark, %,d generated items, %d indexing threads, %d cores",
        n, THREADS, Runtime.getRuntime().availableProcessors());
    // started as the deploy scripts start it (prepared root directory, class data sharing)
    Map<String, String> env = Map.of("JVM_HEAP", HEAP, PayaraMicroServer.PRODUCTION_LAUNCH, "true");
    PayaraMicroServer server = PayaraMicroServer.startOwn("search-bench", false, env);
    Api api = new Api(server);
    for (int i = 0; i < 8; i++) {
      api.newOrganisation("bench", "基准测试单位" + i);
    }
    server.shutdown();
    Path data = server.dataDir();
    String url =
        "jdbc:h2:file:"
            + data.resolve("db").resolve("gongkai")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    Corpus corpus;
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      corpus = new Corpus(Corpus.organisations(c), 20261126L);
      corpus.write(
          c,
          n,
          done -> {
            if (done % 50_000 == 0) {
              log("  written %,d items", done);
            }
          });
    }
    log(
        "corpus: %,d items over %d organisations written to H2 in %.1f s",
        n, corpus.organisationCount(), seconds(started));
    fillMix(corpus, n);

    RawRun like = likeBaseline(url);

    Path rawDir = data.getParent().resolve("raw-index");
    PayaraMicroServer.deleteTree(rawDir);
    double rawPerSecond;
    try (RawLucene lucene = new RawLucene(rawDir)) {
      rawPerSecond = rawIndexing(lucene, corpus, n);
    }
    long rawBytes = size(rawDir);

    server = PayaraMicroServer.startOwn("search-bench", true, env);
    try {
      api = new Api(server);
      String admin = api.login("it-admin");
      double rebuildPerSecond = rebuild(api, admin, n);
      JsonObject status = api.get("api/v1/manage/search/status").as(admin).send().json();
      long indexBytes = status.getJsonNumber("sizeBytes").longValue();

      // HTTP figures from wrk (its own cost is microseconds), each next to the floor measured in
      // the same run: an endpoint that does nothing
      int seconds = n >= 100_000 ? 20 : 3;
      List<String> searches = mix.stream().map(q -> "/api/v1/search?q=" + Api.encode(q)).toList();
      Rounds rounds;
      try (RawLucene lucene = RawLucene.open(rawDir, false)) {
        lucene.commit();
        rounds = searchRounds(server, lucene, searches, n);
      }
      PayaraMicroServer.deleteTree(rawDir);
      Wrk.Result floor = rounds.floor();
      Wrk.Result http1 = rounds.http1();
      Wrk.Result http8 = rounds.http8();
      RawRun raw = rounds.raw1();
      double raw2PerSecond = rounds.raw2PerSecond();
      Wrk.Result organisations = wrk(server, List.of("/api/v1/organisations"), 8, seconds);
      Wrk.Result page =
          wrk(server, List.of("/api/v1/items?organisation=jrjgfwzx&size=20"), 8, seconds);
      double publish = publishToSearchable(api);
      long rss = rss(server.pid());

      log("");
      log("%-52s %10s %10s %12s", "", "p50 ms", "p99 ms", "per second");
      row("HTTP floor (GET /health/live, c=1)", floor.p50(), floor.p99(), floor.perSecond());
      row("HTTP /search, query mix, concurrency 1", http1.p50(), http1.p99(), http1.perSecond());
      row("HTTP /search, query mix, concurrency 8", http8.p50(), http8.p99(), http8.perSecond());
      row("raw Lucene in-process, same queries, 1 thread", raw.p50(), raw.p99(), raw.perSecond());
      row("raw Lucene in-process, same queries, 2 threads", Double.NaN, Double.NaN, raw2PerSecond);
      row("SQL LIKE '%…%' on the same H2 database", like.p50(), like.p99(), like.perSecond());
      row(
          "HTTP /organisations, concurrency 8",
          organisations.p50(),
          organisations.p99(),
          organisations.perSecond());
      row("HTTP public page of 20 items, concurrency 8", page.p50(), page.p99(), page.perSecond());
      log("");
      log(
          "HTTP p50 / (raw Lucene p50 + HTTP floor p50)   = %.2f  (target ≤ 1.3; median of the"
              + " rounds' ratios, all rounds together %.2f)",
          rounds.median(Round::latencyRatio), http1.p50() / (raw.p50() + floor.p50()));
      log(
          "HTTP c=8 throughput / raw Lucene 1 thread      = %.2f  (target ≥ 1.6 on 2 cores;"
              + " median of the rounds' ratios, all rounds together %.2f)",
          rounds.median(Round::throughputRatio), http8.perSecond() / raw.perSecond());
      log(
          "raw Lucene 2 threads / raw Lucene 1 thread     = %.2f  (what two cores give the same"
              + " work; HTTP c=8 / raw 2 threads = %.2f; medians of the rounds)",
          rounds.median(Round::cores), rounds.median(r -> r.http8().perSecond() / r.raw2()));
      log("");
      log(
          "(wrk's own p50 for the mix at c=1 is %.2f ms: before printing, wrk adds made-up samples"
              + " below every answer slower than twice the mean interval, a correction for a"
              + " constant request rate that one waiting connection does not have; the figures"
              + " above are the requests' own times, as raw Lucene's are)",
          http1.wrkP50());
      log("");
      log(
          "%-24s %12s %12s %14s",
          "each query in the mix, c=1", "HTTP p50 ms", "raw p50 ms", "HTTP/(raw+floor)");
      double logSum = 0;
      for (int i = 0; i < mix.size(); i++) {
        String q = mix.get(i);
        double http = http1.p50Of(i);
        double ratio = http / (raw.byQuery().get(q) + floor.p50());
        logSum += Math.log(ratio);
        log("%-24s %12.2f %12.2f %14.2f", q, http, raw.byQuery().get(q), ratio);
      }
      log(
          "geometric mean of the queries' ratios          = %.2f  (the mix's p50 falls between"
              + " two queries of very different cost, so this is the steadier figure)",
          Math.exp(logSum / mix.size()));
      log("");
      log(
          "page of 20 / /organisations throughput (c=8)   = %.0f %%  (target ≥ 50 %%)",
          100 * page.perSecond() / organisations.perSecond());
      log(
          "SQL LIKE p50 / HTTP p50                          = %.1f×  (target ≥ 100×)",
          like.p50() / http1.p50());
      log(
          "rebuild %,.0f items/s, raw IndexWriter %,.0f items/s: ratio %.2f  (target ≥ 0.7)",
          rebuildPerSecond, rawPerSecond, rebuildPerSecond / rawPerSecond);
      log("publish to searchable: median %.0f ms  (target ≤ 1000)", publish);
      log(
          "index size: %,.0f MiB (raw Lucene index of the same documents: %,.0f MiB)",
          indexBytes / 1048576.0, rawBytes / 1048576.0);
      log(
          "server resident memory (VmRSS) after indexing %,d items in this process: %,.0f MiB",
          n, rss / 1048576.0);
      server = restart(server, env, false);
      server = restart(server, env, true);
      boolean shared = server.sharesClassData();
      // an instance as it usually runs: started on an existing index, then serving
      Wrk.run(server.base(), searches, 8, seconds);
      Wrk.run(server.base(), List.of("/api/v1/items?organisation=jrjgfwzx&size=20"), 8, seconds);
      long serving = rss(server.pid());
      log(
          "server resident memory (VmRSS) restarted on this index, after %d s of searches and"
              + " %d s of list pages at concurrency 8: %,.0f MiB  (target ≤ 768)",
          seconds, seconds, serving / 1048576.0);
      if (n >= 100_000) {
        server = compareSerial(server, env, searches, seconds);
      }
      return new Figures(
          rebuildPerSecond,
          rawPerSecond,
          http1.p50(),
          raw.p50(),
          like.p50(),
          floor.p50(),
          publish,
          indexBytes,
          rss,
          shared);
    } finally {
      server.shutdown();
      Path out = Path.of("target", "search-benchmark.txt");
      Files.writeString(out, report.toString());
    }
  }

  /**
   * The same searches on several threads (on the running instance, restarted after {@code kill -9}
   * and already measured for memory) next to every search on the request's thread alone (on an
   * instance restarted with one search thread and warmed up); returns the running one.
   */
  private PayaraMicroServer compareSerial(
      PayaraMicroServer server, Map<String, String> env, List<String> searches, int seconds)
      throws Exception {
    Wrk.Result parallel1 = wrk(server, searches, 1, seconds);
    Wrk.Result parallel8 = wrk(server, searches, 8, seconds);
    server.shutdown();
    Map<String, String> serialEnv = new java.util.HashMap<>(env);
    serialEnv.put("GONGKAI_SEARCH_THREADS", "1");
    server = PayaraMicroServer.startOwn("search-bench", true, serialEnv);
    Wrk.run(server.base(), searches, 1, seconds); // warm-up
    Wrk.Result serial1 = wrk(server, searches, 1, seconds);
    Wrk.Result serial8 = wrk(server, searches, 8, seconds);
    log(
        "search on several threads (%d) against one, same index, restarted: c=1 p50 %.2f"
            + " against %.2f ms, mean %.2f against %.2f ms; c=8 %,.0f against %,.0f per second",
        Runtime.getRuntime().availableProcessors(),
        parallel1.p50(),
        serial1.p50(),
        parallel1.mean(),
        serial1.mean(),
        parallel8.perSecond(),
        serial8.perSecond());
    return server;
  }

  private void fillMix(Corpus corpus, int n) {
    SplittableRandom random = new SplittableRandom(7);
    Corpus.Item named = corpus.item(random.nextInt(n));
    Corpus.Item numbered = corpus.item(random.nextInt(n));
    String name =
        named.title().contains("同志")
            ? named.title().substring(0, named.title().indexOf("同志"))
            : "王伟";
    mix.addAll(
        List.of(
            "安全生产",
            "乡村振兴 工作",
            "公共资源交易",
            "优化营商环境",
            "住房公积金 通知",
            "老旧小区改造",
            name,
            numbered.documentNumber().replace('〔', '[').replace('〕', ']'),
            "人社局",
            "计量检定 验收",
            "茅山镇 防汛抗旱",
            "年度报告"));
    log("query mix: %s", mix);
  }

  private double rawIndexing(RawLucene lucene, Corpus corpus, int n) throws Exception {
    long t = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    for (int k = 0; k < THREADS; k++) {
      work.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  Corpus.Item item = corpus.item(i);
                  lucene.add(
                      RawLucene.item(
                          item.id(),
                          item.organisation().id(),
                          item.channel(),
                          item.title(),
                          Jsoup.parse(item.body()).text(),
                          item.publishedAt().toInstant(ZoneOffset.UTC),
                          item.genre(),
                          item.validity(),
                          item.indexNumber(),
                          item.documentNumber()));
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    lucene.commit();
    double s = seconds(t);
    log("raw Lucene IndexWriter: %,d documents in %.1f s", n, s);
    return n / s;
  }

  /**
   * A baseline (raw Lucene, SQL {@code LIKE}) on the mix in turn: each search's time, in the mix's
   * order (whole mixes), and how long they took together; percentiles by the same nearest rank as
   * the HTTP side ({@link Wrk#percentile}).
   */
  private record RawRun(List<String> mix, double[] ms, double seconds) {

    double p50() {
      return Wrk.percentile(ms, 50);
    }

    double p99() {
      return Wrk.percentile(ms, 99);
    }

    double perSecond() {
      return ms.length / seconds;
    }

    /** Each query's median. */
    Map<String, Double> byQuery() {
      Map<String, Double> byQuery = new java.util.LinkedHashMap<>();
      for (int i = 0; i < mix.size(); i++) {
        double[] one = new double[ms.length / mix.size()];
        for (int k = 0; k < one.length; k++) {
          one[k] = ms[k * mix.size() + i];
        }
        byQuery.put(mix.get(i), Wrk.percentile(one, 50));
      }
      return byQuery;
    }

    static RawRun together(List<RawRun> runs) {
      return new RawRun(
          runs.get(0).mix(),
          runs.stream().flatMapToDouble(r -> Arrays.stream(r.ms())).toArray(),
          runs.stream().mapToDouble(RawRun::seconds).sum());
    }
  }

  /**
   * One round of the search measurements, each HTTP figure right after its baseline: the floor, raw
   * Lucene on one thread, HTTP at concurrency 1, raw Lucene on two threads, HTTP at concurrency 8.
   */
  private record Round(
      Wrk.Result floor, RawRun raw1, Wrk.Result http1, double raw2, Wrk.Result http8) {

    double latencyRatio() {
      return http1.p50() / (raw1.p50() + floor.p50());
    }

    double throughputRatio() {
      return http8.perSecond() / raw1.perSecond();
    }

    double cores() {
      return raw2 / raw1.perSecond();
    }
  }

  /** The rounds, and their figures together. */
  private record Rounds(List<Round> each) {

    /** The rounds' median of a ratio (the middle one of three). */
    double median(java.util.function.ToDoubleFunction<Round> ratio) {
      return Wrk.percentile(each.stream().mapToDouble(ratio).toArray(), 50);
    }

    Wrk.Result floor() {
      return Wrk.Result.together(each.stream().map(Round::floor).toList());
    }

    Wrk.Result http1() {
      return Wrk.Result.together(each.stream().map(Round::http1).toList());
    }

    Wrk.Result http8() {
      return Wrk.Result.together(each.stream().map(Round::http8).toList());
    }

    RawRun raw1() {
      return RawRun.together(each.stream().map(Round::raw1).toList());
    }

    double raw2PerSecond() {
      return each.stream().mapToDouble(Round::raw2).average().orElseThrow();
    }
  }

  /** How many rounds the search figures take at 100,000 items or more (one below). */
  private static final int ROUNDS = 3;

  /**
   * The search figures in {@link #ROUNDS} rounds, each HTTP measurement right after the raw Lucene
   * one it is compared with: these machines run at different speeds from one minute to the next
   * (another tenant's load), and a baseline measured minutes before its HTTP figure measured that
   * as well. Both sides are first warmed up as long.
   */
  private Rounds searchRounds(
      PayaraMicroServer server, RawLucene lucene, List<String> searches, int n) throws Exception {
    int warmUp = warmUpSeconds(n);
    Wrk.run(server.base(), searches, 1, warmUp);
    rawMix(lucene, warmUp);
    int block = n >= 100_000 ? 10 : 2;
    List<Round> each = new ArrayList<>();
    for (int r = 0; r < (n >= 100_000 ? ROUNDS : 1); r++) {
      Wrk.Result floor = wrk(server, List.of("/health/live"), 1, Math.max(1, block / 2));
      RawRun raw1 = rawMix(lucene, block);
      Wrk.Result http1 = wrk(server, searches, 1, block);
      double raw2 = rawParallel(lucene, 2, block);
      Wrk.Result http8 = wrk(server, searches, 8, block);
      Round round = new Round(floor, raw1, http1, raw2, http8);
      each.add(round);
      log(
          "  search round %d: HTTP p50 %.2f ms, raw p50 %.2f ms, floor %.2f ms (ratio %.2f);"
              + " c=8 %.0f/s, raw 1 thread %.0f/s, 2 threads %.0f/s (ratios %.2f, %.2f)",
          r + 1,
          http1.p50(),
          raw1.p50(),
          floor.p50(),
          round.latencyRatio(),
          http8.perSecond(),
          raw1.perSecond(),
          raw2,
          round.throughputRatio(),
          round.cores());
    }
    return new Rounds(each);
  }

  /**
   * Raw Lucene's throughput on the mix with {@code threads} threads for about {@code seconds}, each
   * thread running the mix from its own place in it: what the cores give the same work, the ceiling
   * of the server's.
   */
  private double rawParallel(RawLucene lucene, int threads, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> running = new ArrayList<>();
      long t = System.nanoTime();
      for (int i = 0; i < threads; i++) {
        int from = i * mix.size() / threads;
        running.add(
            pool.submit(
                () -> {
                  int k = 0;
                  while (seconds(t) < seconds) {
                    lucene.search(mix.get((from + k++) % mix.size()));
                  }
                  return k;
                }));
      }
      int done = 0;
      for (var f : running) {
        done += f.get();
      }
      return done / seconds(t);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Raw Lucene on the mix in turn, whole mixes, for about {@code seconds} (three mixes at least).
   */
  private RawRun rawMix(RawLucene lucene, int seconds) throws Exception {
    List<Double> ms = new ArrayList<>();
    long t = System.nanoTime();
    for (int round = 0; round < 3 || seconds(t) < seconds; round++) {
      for (String q : mix) {
        long s = System.nanoTime();
        lucene.search(q);
        ms.add((System.nanoTime() - s) / 1e6);
      }
    }
    return new RawRun(mix, ms.stream().mapToDouble(Double::doubleValue).toArray(), seconds(t));
  }

  private RawRun likeBaseline(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      int rounds = 3;
      double[] ms = new double[rounds * mix.size()];
      int k = 0;
      long t = System.nanoTime();
      for (int round = 0; round < rounds; round++) {
        for (String q : mix) {
          long s = System.nanoTime();
          like(c, q);
          ms[k++] = (System.nanoTime() - s) / 1e6;
        }
      }
      return new RawRun(mix, ms, seconds(t));
    }
  }

  /** What a search without an index does: every word somewhere in title or body, top 10, total. */
  private static void like(Connection c, String q) throws Exception {
    String[] words = q.split(" ");
    StringBuilder where = new StringBuilder("state = 'PUBLISHED'");
    for (int i = 0; i < words.length; i++) {
      where.append(" AND (title LIKE ? OR body LIKE ?)");
    }
    for (String sql :
        List.of(
            "SELECT id, title FROM item WHERE " + where + " ORDER BY published_at DESC LIMIT 10",
            "SELECT COUNT(*) FROM item WHERE " + where)) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        int p = 1;
        for (String w : words) {
          s.setString(p++, "%" + w + "%");
          s.setString(p++, "%" + w + "%");
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            r.getObject(1);
          }
        }
      }
    }
  }

  private double rebuild(Api api, String admin, int n) throws Exception {
    Api.Reply started = api.post("api/v1/manage/search/rebuild").as(admin).send();
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    Instant begin = Instant.parse(started.json().getString("startedAt"));
    while (true) {
      Thread.sleep(500);
      JsonObject r = api.get("api/v1/manage/search/status").as(admin).send().json();
      JsonObject rebuild = r.getJsonObject("rebuild");
      if (rebuild.getString("startedAt").equals(started.json().getString("startedAt"))
          && !rebuild.getString("state").equals("running")) {
        assertThat(rebuild.getString("state")).as(rebuild.toString()).isEqualTo("done");
        double s =
            Duration.between(begin, Instant.parse(rebuild.getString("finishedAt"))).toMillis()
                / 1000.0;
        long docs = rebuild.getJsonNumber("done").longValue();
        assertThat(docs).isGreaterThanOrEqualTo(n);
        log("rebuild through the application: %,d documents from the database in %.1f s", docs, s);
        return docs / s;
      }
    }
  }

  /** wrk at {@code connections}, failing on any error. */
  private static Wrk.Result wrk(
      PayaraMicroServer server, List<String> paths, int connections, int seconds) throws Exception {
    Wrk.Result r = Wrk.run(server.base(), paths, connections, seconds);
    assertThat(r.errors()).as("errors in " + r + " for " + paths.get(0)).isZero();
    // requests still unanswered when the run ends count neither as errors nor as requests
    assertThat(r.requests()).as("answers in " + r + " for " + paths.get(0)).isPositive();
    return r;
  }

  /**
   * Stops the server — gracefully, or with {@code kill -9} — starts it again on the same data and
   * index, and logs the time until it answers ready.
   */
  private PayaraMicroServer restart(PayaraMicroServer server, Map<String, String> env, boolean kill)
      throws Exception {
    if (kill) {
      server.kill();
    } else {
      server.shutdown();
    }
    long t = System.nanoTime();
    PayaraMicroServer again = PayaraMicroServer.startOwn("search-bench", true, env);
    log(
        "restart after %s, with this index: ready in %.1f s  (target ≤ 15 s; class data shared: %s)",
        kill ? "kill -9" : "a clean stop", seconds(t), again.sharesClassData() ? "yes" : "no");
    return again;
  }

  private double publishToSearchable(Api api) throws Exception {
    Items items = new Items(api);
    double[] ms = new double[10];
    for (int i = 0; i < ms.length; i++) {
      String word = "发布即检索" + Long.toString(System.nanoTime(), 36);
      Api.Reply published = items.published(word);
      assertThat(published.status()).isEqualTo(200);
      long t = System.nanoTime();
      while (api.get("api/v1/search?q=" + Api.encode(word)).send().json().getInt("total") == 0) {
        if (seconds(t) > 10) {
          throw new AssertionError("not searchable after 10 s: " + word);
        }
        Thread.sleep(5);
      }
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    log("publish to searchable (10 publications): median %.0f ms, max %.0f ms", ms[5], ms[9]);
    return ms[5];
  }

  /** VmRSS, and its parts: anonymous (heap, metaspace, threads) and file-backed (mapped index). */
  private long rss(long pid) throws Exception {
    long rss = -1;
    StringBuilder parts = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      } else if (line.startsWith("RssAnon:") || line.startsWith("RssFile:")) {
        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        parts.append(
            String.format(Locale.ROOT, " %s %,.0f MiB", line.substring(0, 8), kb / 1024.0));
      }
    }
    log("server memory: VmRSS %,.0f MiB;%s (JVM %s)", rss / 1048576.0, parts, HEAP);
    return rss;
  }

  private void row(String name, double p50, double p99, double qps) {
    log("%-52s %10s %10s %12s", name, fmt(p50, "%.2f"), fmt(p99, "%.2f"), fmt(qps, "%,.0f"));
  }

  private static String fmt(double v, String f) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, f, v);
  }

  /** How long both raw Lucene and the server run the mix before they are measured. */
  private static int warmUpSeconds(int n) {
    return n >= 100_000 ? 40 : 3;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private void log(String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    System.out.println(line);
    report.append(line).append('\n');
  }
}
