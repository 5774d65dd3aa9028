package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.PayaraMicroServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/backup.sh} and {@code deploy/restore.sh} as an operator runs them: a populated
 * installation is backed up, restored into an empty one, and the copy gives the same public answers
 * — items, attachments, search (its index rebuilt by itself from the restored database). On H2 the
 * source is a server of the test's own, stopped for the backup; on PostgreSQL it is the shared
 * server, backed up while it runs.
 */
class BackupRestoreIT {

  private static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private final List<PayaraMicroServer> started = new ArrayList<>();
  private String restoredDatabase;

  @AfterEach
  void stop() throws Exception {
    for (PayaraMicroServer s : started) {
      s.shutdown();
    }
    if (restoredDatabase != null) {
      try (var c = adminConnection()) {
        c.createStatement().execute("DROP DATABASE IF EXISTS " + restoredDatabase);
      }
    }
  }

  @Test
  void aRestoredBackupGivesTheSamePublicAnswers() throws Exception {
    boolean postgres = System.getProperty("gongkai.it.label", "h2").equals("postgres");
    Path work = Path.of(System.getProperty("gongkai.it.work", "target/it-work"));
    Api source = postgres ? new Api() : new Api(own("backup-source", false, Map.of()));
    String word = "备份" + Long.toString(System.nanoTime(), 36);
    List<Long> ids = populate(source, word);
    Map<String, String> before = answers(source, word, ids);

    Path archive = work.resolve("backup-" + UUID.randomUUID() + ".tar.gz");
    Map<String, String> sourceEnv = new HashMap<>();
    Map<String, String> copyEnv = new HashMap<>();
    Path copyData = work.resolve("backup-copy").resolve("data");
    deleteTree(work.resolve("backup-copy"));
    if (postgres) {
      sourceEnv.putAll(database(System.getProperty("gongkai.it.db.url")));
      restoredDatabase = "gongkai_restore_" + UUID.randomUUID().toString().substring(0, 8);
      try (var c = adminConnection()) {
        c.createStatement().execute("CREATE DATABASE " + restoredDatabase);
      }
      String url = System.getProperty("gongkai.it.db.url");
      copyEnv.putAll(database(url.substring(0, url.lastIndexOf('/') + 1) + restoredDatabase));
    } else {
      source.server().shutdown(); // the embedded database is open by one process at a time
      sourceEnv.put("GONGKAI_DATA_DIR", source.server().dataDir().toString());
      copyEnv.put("GONGKAI_DATA_DIR", copyData.toString());
    }

    run(sourceEnv, "deploy/backup.sh", archive.toString());
    run(copyEnv, "deploy/restore.sh", archive.toString());
    Map<String, String> serverEnv = new HashMap<>(copyEnv);
    serverEnv.remove("GONGKAI_DATA_DIR"); // the server's data folder is where it was restored
    Api copy = new Api(own("backup-copy", true, serverEnv));

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> search(copy, word).equals(before.get("search")));
    assertThat(answers(copy, word, ids)).isEqualTo(before);
  }

  private PayaraMicroServer own(String name, boolean keep, Map<String, String> env)
      throws Exception {
    PayaraMicroServer s = PayaraMicroServer.startOwn(name, keep, env);
    started.add(s);
    return s;
  }

  /** Three published items, one with a picture, and a draft that must stay hidden. */
  private static List<Long> populate(Api api, String word) {
    Items items = new Items(api);
    String editor = api.login("demo-editor");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(Items.id(items.published(word + "第" + i + "篇")));
    }
    Api.Reply draft = items.create(editor, Items.draft(word + "附件").build());
    Api.Reply picture =
        api.post("api/v1/manage/items/" + Items.id(draft) + "/attachments?name=图.png")
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(PNG, "image/png")
            .send();
    assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
    Api.Reply current = api.get("api/v1/manage/items/" + Items.id(draft)).as(editor).send();
    ids.add(Items.id(items.act(api.login("demo-reviewer"), current, "publish", null)));
    items.create(editor, Items.draft(word + "草稿").build());
    await().atMost(Duration.ofSeconds(10)).until(() -> search(api, word).contains("\"total\":4"));
    return ids;
  }

  /** What the public sees of the items: each item, its attachments' bytes, the search. */
  private static Map<String, String> answers(Api api, String word, List<Long> ids) {
    Map<String, String> out = new LinkedHashMap<>();
    for (long id : ids) {
      Api.Reply item = api.get("api/v1/items/" + id).send();
      assertThat(item.status()).as(item.toString()).isEqualTo(200);
      out.put("item " + id, item.body());
      for (var a : item.json().getJsonArray("attachments")) {
        String url = a.asJsonObject().getString("url").substring(1);
        Api.Reply bytes = api.get(url).send();
        out.put(url, bytes.status() + " " + java.util.HexFormat.of().formatHex(bytes.bytes()));
      }
    }
    out.put("search", search(api, word));
    return out;
  }

  /** The items found, in id order (scores depend on each index's history), and their count. */
  private static String search(Api api, String word) {
    Api.Reply r = api.get("api/v1/search?exact=true&size=20&q=" + Api.encode(word)).send();
    if (r.status() != 200) {
      return "status " + r.status();
    }
    return r.json().getJsonArray("hits").stream()
            .map(h -> h.asJsonObject().get("id") + " " + h.asJsonObject().getString("title"))
            .sorted()
            .toList()
        + " \"total\":"
        + r.json().getInt("total");
  }

  private static Map<String, String> database(String url) {
    return Map.of(
        "GONGKAI_DB_URL", url,
        "GONGKAI_DB_USER", System.getProperty("gongkai.it.db.user"),
        "GONGKAI_DB_PASSWORD", System.getProperty("gongkai.it.db.password", ""));
  }

  private static java.sql.Connection adminConnection() throws Exception {
    String url = System.getProperty("gongkai.it.db.url");
    return DriverManager.getConnection(
        url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
        System.getProperty("gongkai.it.db.user"),
        System.getProperty("gongkai.it.db.password", ""));
  }

  private static void run(Map<String, String> env, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of("bash"));
    line.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("GONGKAI_"));
    builder.environment().putAll(env);
    builder
        .environment()
        .put("GONGKAI_WAR", System.getProperty("gongkai.it.war", "target/gongkai.war"));
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + ":\n" + output).isZero();
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
