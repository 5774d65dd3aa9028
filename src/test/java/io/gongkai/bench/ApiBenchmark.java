package io.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Latency and throughput of the public API over HTTP against the deployed WAR, with a baseline
 * measured in the same run (the cheapest database-backed read, one organisation). Not part of the
 * test suite; run with:
 *
 * <pre>mvn -B verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiBenchmark
 * </pre>
 */
class ApiBenchmark {

  private static final int EXTRA_ITEMS = 2_000;
  private static final int SAMPLES = 600;

  private final Api api = new Api();

  @Test
  void publicApiFigures() throws Exception {
    long loaded = load();
    String editor = api.login("demo-editor");
    long item =
        api.get("api/v1/items?organisation=jrjgfwzx&size=1")
            .send()
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String etag = api.get("api/v1/items?organisation=jrjgfwzx").send().etag();
    byte[] seed = api.get("api/v1/reports/jrjgfwzx/2019/docx").send().bytes();
    log(
        "published items in the database: %d (jrjgfwzx), samples per endpoint: %d, 1 client thread",
        loaded, SAMPLES);
    double base =
        measure(
            "baseline GET /organisations/{slug}",
            () -> api.get("api/v1/organisations/jrjgfwzx"),
            0);
    measure(
        "GET /items?organisation (page 1 of 20)",
        () -> api.get("api/v1/items?organisation=jrjgfwzx"),
        base);
    measure(
        "GET /items?organisation&page=50",
        () -> api.get("api/v1/items?organisation=jrjgfwzx&page=50"),
        base);
    measure(
        "GET /items?organisation&channel=proactive&year",
        () -> api.get("api/v1/items?organisation=jrjgfwzx&channel=proactive&year=2026"),
        base);
    measure(
        "GET /items (304, If-None-Match)",
        () -> api.get("api/v1/items?organisation=jrjgfwzx").header("If-None-Match", etag),
        base);
    measure("GET /items/{id}", () -> api.get("api/v1/items/" + item), base);
    measure(
        "GET /organisations/{slug}/catalogue",
        () -> api.get("api/v1/organisations/jrjgfwzx/catalogue"),
        base);
    measure(
        "GET /reports/{slug}/2019 (JSON + checks)",
        () -> api.get("api/v1/reports/jrjgfwzx/2019"),
        base);
    measure(
        "GET /reports/{slug}/2019/html", () -> api.get("api/v1/reports/jrjgfwzx/2019/html"), base);
    measure(
        "GET /reports/{slug}/2019/docx", () -> api.get("api/v1/reports/jrjgfwzx/2019/docx"), base);
    measure(
        "POST /manage/reports/parse (.docx)",
        () ->
            api.post("api/v1/manage/reports/parse")
                .as(editor)
                .bytes(
                    seed,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        base);
    throughput("GET /items?organisation", () -> api.get("api/v1/items?organisation=jrjgfwzx"), 4);
    throughput(
        "baseline GET /organisations/{slug}", () -> api.get("api/v1/organisations/jrjgfwzx"), 4);
  }

  /** Publishes {@link #EXTRA_ITEMS} items so lists page over real volume; returns the total. */
  private long load() throws Exception {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    Items items = new Items(api);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < EXTRA_ITEMS; i++) {
      int n = i;
      done.add(
          pool.submit(
              () ->
                  items.act(
                      reviewer,
                      items.create(
                          editor,
                          Items.draft("基准测试信息" + n)
                              .add("body", "<p>" + "句容市机关服务中心做好机关事务保障工作。".repeat(20) + "</p>")
                              .build()),
                      "publish",
                      null)));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    log(
        "loaded %d items through the editorial API in %.1f s",
        EXTRA_ITEMS, (System.nanoTime() - start) / 1e9);
    return api.get("api/v1/items?organisation=jrjgfwzx&size=1")
        .send()
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private double measure(String name, Supplier<Api.Call> call, double baseline) {
    for (int i = 0; i < 100; i++) {
      call.get().send();
    }
    double[] ms = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long t = System.nanoTime();
      Api.Reply r = call.get().send();
      ms[i] = (System.nanoTime() - t) / 1e6;
      assertThat(r.status()).as(name).isIn(200, 304);
    }
    Arrays.sort(ms);
    double median = ms[SAMPLES / 2];
    log(
        "%-48s median %6.2f ms  p99 %6.2f ms  %s",
        name,
        median,
        ms[(int) (SAMPLES * 0.99)],
        baseline == 0
            ? "(baseline)"
            : String.format(Locale.ROOT, "%.1f× baseline", median / baseline));
    return median;
  }

  private void throughput(String name, Supplier<Api.Call> call, int threads) throws Exception {
    AtomicLong count = new AtomicLong();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    IntStream.range(0, threads)
        .forEach(
            t ->
                pool.submit(
                    () -> {
                      while (System.nanoTime() < until) {
                        call.get().send();
                        count.incrementAndGet();
                      }
                    }));
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    log("%-48s %6.0f requests/s with %d client threads", name, count.get() / 10.0, threads);
  }

  private static void log(String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    System.getLogger("benchmark").log(System.Logger.Level.INFO, line);
    System.err.println("BENCH " + line);
    System.err.flush();
  }
}
