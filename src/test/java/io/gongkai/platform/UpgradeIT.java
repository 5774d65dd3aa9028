package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.access.control.Passwords;
import io.gongkai.testing.Api;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An installation of the first release — its schema (V1) with an agency, a published item with an
 * attachment and an editor in it — is started with today's Gongkai: the schema migrates to today's
 * and nothing is lost. The public sees the item as before (found by its 索引号 and by search, the
 * attachment's bytes unchanged), and its editor logs in with the password of then and works on.
 */
class UpgradeIT {

  private static final Instant PUBLISHED = Instant.parse("2020-03-02T02:00:00Z");
  private static final String INDEX_NUMBER = "113211830140567890/2020-00001";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private PayaraMicroServer server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.shutdown();
    }
  }

  @Test
  void theFirstReleasesDataMigratesToTodaysSchemaWithNothingLost() throws Exception {
    // once per build: the migrations run on both databases in every other test
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("gongkai.it.label", "h2").equals("h2"));
    Path work = Path.of(System.getProperty("gongkai.it.work", "target/it-work")).resolve("upgrade");
    deleteTree(work);
    String url = ConfiguredDataSource.embeddedUrl(work.resolve("data"));
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("1")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      firstReleaseData(c);
    }

    server = PayaraMicroServer.startOwn("upgrade", true, Map.of("READY_MARK", "jrsjj"));
    Api api = new Api(server);

    Api.Reply item = api.get("api/v1/items/103").send();
    assertThat(item.status()).as(item.toString()).isEqualTo(200);
    JsonObject json = item.json();
    assertThat(json.getString("title")).isEqualTo("关于2020年度内部审计工作安排的通知");
    assertThat(json.getString("indexNumber")).isEqualTo(INDEX_NUMBER);
    assertThat(json.getString("documentNumber")).isEqualTo("句审〔2020〕3号");
    assertThat(json.getString("body")).contains("各科室");
    assertThat(json.getString("publishedOn")).isEqualTo("2020-03-02");
    assertThat(json.getString("genre")).isEqualTo("通知");
    assertThat(json.getJsonArray("extraChannels").getJsonObject(0).getString("code"))
        .isEqualTo("work");
    assertThat(json.getJsonArray("keywords").toString()).contains("内部审计", "工作安排");
    String attachment = json.getJsonArray("attachments").getJsonObject(0).getString("url");
    assertThat(api.get(attachment.substring(1)).send().bytes()).isEqualTo(PDF);
    assertThat(
            api.get("api/v1/items/by-index-number?value=" + Api.encode(INDEX_NUMBER))
                .send()
                .status())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                api.get("api/v1/search?q=" + Api.encode("内部审计工作安排"))
                    .send()
                    .body()
                    .contains("\"id\":103"));

    Api.Reply login =
        api.post("api/v1/auth/token")
            .json("{\"username\":\"sj-editor\",\"password\":\"password-of-2020\"}")
            .send();
    assertThat(login.status()).as(login.toString()).isEqualTo(200);
    Api.Reply created =
        api.post("api/v1/manage/items")
            .as(login.json().getString("token"))
            .json(
                Json.createObjectBuilder()
                    .add("organisation", "jrsjj")
                    .add("title", "升级后的第一条信息")
                    .add("body", "<p>正文</p>")
                    .add("channel", "notices")
                    .add("genre", "通知")
                    .build())
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }

  /** What the first release stored: written with its schema, as it wrote it. */
  private static void firstReleaseData(Connection c) throws Exception {
    Timestamp at = Timestamp.from(PUBLISHED);
    exec(
        c,
        "INSERT INTO organisation (id, slug, code, name, short_name, version, created_at,"
            + " updated_at) VALUES (101, 'jrsjj', '113211830140567890', '句容市审计局', '审计局', 0,"
            + " ?, ?)",
        at,
        at);
    exec(
        c,
        "INSERT INTO channel (id, organisation_id, code, name, sort_order, kind, version,"
            + " updated_at) VALUES (102, 101, 'notices', '通知公告', 1, 'ITEM_LIST', 0, ?)",
        at);
    exec(
        c,
        "INSERT INTO item (id, organisation_id, primary_channel_id, index_number, title, summary,"
            + " body, document_number, written_on, published_at, genre, keywords,"
            + " disclosure_method, disclosure_scope, time_limit, validity, state, created_by,"
            + " created_at, updated_at, version) VALUES (103, 101, 102, ?,"
            + " '关于2020年度内部审计工作安排的通知', '内部审计工作安排',"
            + " '<p>各科室：现将2020年度内部审计工作安排通知如下。</p>', '句审〔2020〕3号',"
            + " DATE '2020-02-28', ?, 'NOTICE', ?, 'PROACTIVE', 'PUBLIC', 'LONG_TERM', 'VALID',"
            + " 'PUBLISHED', 'sj-editor', ?, ?, 2)",
        INDEX_NUMBER,
        at,
        "内部审计\n工作安排",
        at,
        at);
    exec(
        c,
        "INSERT INTO channel (id, organisation_id, code, name, sort_order, kind, version,"
            + " updated_at) VALUES (108, 101, 'work', '工作动态', 2, 'ITEM_LIST', 0, ?)",
        at);
    exec(c, "INSERT INTO item_channel (item_id, channel_id) VALUES (103, 108)");
    exec(
        c,
        "INSERT INTO attachment (id, item_id, sort_order, file_name, content_type, size_bytes,"
            + " sha256, created_at) VALUES (104, 103, 0, '审计工作安排.pdf', 'application/pdf', ?,"
            + " ?, ?)",
        (long) PDF.length,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
        at);
    exec(c, "INSERT INTO attachment_content (attachment_id, content) VALUES (104, ?)", PDF);
    exec(
        c,
        "INSERT INTO index_counter (organisation_id, counter_year, last_seq) VALUES (101, 2020,"
            + " 1)");
    exec(
        c,
        "INSERT INTO account (id, username, display_name, password_hash, enabled, created_at,"
            + " version) VALUES (105, 'sj-editor', '审计局编辑', ?, TRUE, ?, 0)",
        Passwords.hash("password-of-2020"),
        at);
    exec(
        c,
        "INSERT INTO role_grant (id, account_id, organisation_id, role_name) VALUES (106, 105,"
            + " 101, 'EDITOR')");
    exec(
        c,
        "INSERT INTO audit_entry (id, occurred_at, actor, action, target_type, target_id,"
            + " organisation_id, detail) VALUES (107, ?, 'sj-editor', 'item.publish', 'item',"
            + " '103', 101, ?)",
        at,
        INDEX_NUMBER);
  }

  private static void exec(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
