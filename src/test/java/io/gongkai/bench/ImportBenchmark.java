package io.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Imports;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The migration benchmark: N generated items, each with a legacy 索引号, imported through the endpoint
 * into the embedded H2 (one NDJSON upload, followed until the job is done), next to the same rows
 * inserted with plain JDBC batches in the same run, and the time until the whole batch is
 * searchable. Prints the figures and writes them to {@code target/import-benchmark.txt}.
 */
final class ImportBenchmark {

  private static final System.Logger LOG = System.getLogger(ImportBenchmark.class.getName());
  private static final StringBuilder REPORT = new StringBuilder();

  /** The figures of a run. */
  record Figures(
      int items,
      double importPerSecond,
      double jdbcPerSecond,
      double searchableSeconds,
      int failed) {}

  Figures run(int n) throws Exception {
    log("Import benchmark, %,d generated items with legacy 索引号", n);
    PayaraMicroServer server = PayaraMicroServer.startOwn("import-bench", false, Map.of());
    Api api = new Api(server);
    String baselineOrg = api.newOrganisation("jdbc", "基准对照单位");
    String target = api.newOrganisation("import", "迁移基准单位");
    server.shutdown();
    Path data = server.dataDir();
    String url =
        "jdbc:h2:file:"
            + data.resolve("db").resolve("gongkai")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    Corpus corpus;
    double itemRowsPerSecond;
    double jdbcPerSecond;
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      List<Corpus.Organisation> orgs =
          Corpus.organisations(c).stream().filter(o -> isSlug(c, o, baselineOrg)).toList();
      corpus = new Corpus(orgs, 20261204L);
      long t = System.nanoTime();
      corpus.write(c, n, done -> {});
      itemRowsPerSecond = n / seconds(t);
      t = System.nanoTime();
      corpus.writeAsImported(c, n);
      jdbcPerSecond = n / seconds(t);
      corpus.removeImported(c, n);
    }
    log("plain JDBC batches, item rows only: %,d items, %.0f items/s", n, itemRowsPerSecond);
    log(
        "plain JDBC batches, the same rows an import writes (item, revision, audit entry,"
            + " change-log row): %,d items, %.0f items/s",
        n, jdbcPerSecond);

    Path file = data.getParent().resolve("import-bench.ndjson");
    writeLines(corpus, n, file);
    log("import file: %,d lines, %.1f MB", n, Files.size(file) / 1e6);

    server = PayaraMicroServer.startOwn("import-bench", true, Map.of());
    try {
      api = new Api(server);
      Imports imports = new Imports(api);
      String admin = api.login("it-admin");
      long t = System.nanoTime();
      Api.Reply accepted =
          api.post(
                  "api/v1/manage/organisations/"
                      + target
                      + "/imports?defaultChannel=other-documents")
              .as(admin)
              .bytes(Files.readAllBytes(file), "application/x-ndjson")
              .send();
      JsonObject job = imports.follow(accepted);
      double importSeconds = seconds(t);
      assertThat(job.getString("state")).isEqualTo("DONE");
      long searchable = waitForIndex(api, admin);
      double searchableSeconds = (searchable - t) / 1e9;
      double perSecond = job.getInt("created") / importSeconds;
      log(
          "import through the endpoint: %,d created, %,d failed in %.1f s = %.0f items/s",
          job.getInt("created"), job.getInt("failed"), importSeconds, perSecond);
      log(
          "ratio to plain JDBC batches of the same rows: %.2f (target ≥ 0.3, and ≥ 1,000"
              + " items/s); to item rows only: %.2f",
          perSecond / jdbcPerSecond, perSecond / itemRowsPerSecond);
      log("whole batch searchable %.1f s after the upload started", searchableSeconds);
      Files.writeString(Path.of("target/import-benchmark.txt"), REPORT, StandardCharsets.UTF_8);
      return new Figures(n, perSecond, jdbcPerSecond, searchableSeconds, job.getInt("failed"));
    } finally {
      server.shutdown();
    }
  }

  private static boolean isSlug(Connection c, Corpus.Organisation o, String slug) {
    try (var s = c.prepareStatement("SELECT slug FROM organisation WHERE id = ?")) {
      s.setLong(1, o.id());
      try (var r = s.executeQuery()) {
        return r.next() && r.getString(1).equals(slug);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same items as the JDBC rows, as import lines with legacy numbers of their own. */
  private static void writeLines(Corpus corpus, int n, Path file) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        Corpus.Item item = corpus.item(i);
        w.write(
            Json.createObjectBuilder()
                .add("externalId", "old-" + i)
                .add("title", item.title())
                .add("body", item.body())
                .add("documentNumber", item.documentNumber())
                .add("indexNumber", "L" + item.indexNumber())
                .add(
                    "publishedAt",
                    item.publishedAt()
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toOffsetDateTime()
                        .toString())
                .add("originalUrl", "http://old.example.gov.cn/art/" + i + ".html")
                .build()
                .toString());
        w.write('\n');
      }
    }
  }

  /** Waits until the index has applied every change; returns when (System.nanoTime). */
  private static long waitForIndex(Api api, String admin) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofMinutes(30))
        .pollInterval(java.time.Duration.ofMillis(50))
        .until(
            () ->
                api.get("api/v1/manage/search/status")
                        .as(admin)
                        .send()
                        .json()
                        .getJsonNumber("lag")
                        .longValue()
                    == 0);
    return System.nanoTime();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(String format, Object... args) {
    String line = String.format(format, args);
    REPORT.append(line).append('\n');
    LOG.log(System.Logger.Level.INFO, line);
    System.out.println(line);
  }
}
