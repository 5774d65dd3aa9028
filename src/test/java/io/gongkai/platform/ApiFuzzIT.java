package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API fuzzed from its own description: Portman (from the npm registry) turns {@code /openapi}
 * into requests — one per operation with generated values, and fuzzed ones that leave out required
 * fields, cross minimum and maximum, and make strings too short or too long — and Newman sends
 * them, once anonymously and once with the installation administrator's token. No answer may be a
 * 5xx, every error must be problem+json, and the anonymous run must leave the public content
 * exactly as it was. It runs on a server of its own, so the administrator's writes (a disabled demo
 * user, say) reach no other test.
 */
class ApiFuzzIT {

  private static final Path TOOLS = Path.of("src/test/openapi");
  private static final Path WORK = Path.of("target/fuzz");
  private static PayaraMicroServer server;

  @BeforeAll
  static void start() throws Exception {
    // its server runs on its own H2 database: once per build is enough
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("gongkai.it.label", "h2").equals("h2"));
    server = PayaraMicroServer.startOwn("fuzz", false, Map.of());
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.kill();
    }
  }

  @Test
  void requestsMadeFromTheDocumentGetNoServerErrorAndTheAnonymousOnesChangeNothing()
      throws Exception {
    Api api = new Api(server);
    Files.createDirectories(WORK);
    Path document = WORK.resolve("openapi.json");
    Files.writeString(document, withoutCycles(api.get("openapi?format=json").send().json()));
    Path collection = WORK.resolve("collection.json");
    run(
        "portman",
        "-l",
        document.toAbsolutePath().toString(),
        "-b",
        server.base().resolve("api/v1").toString(),
        "-c",
        TOOLS.resolve("portman-config.json").toAbsolutePath().toString(),
        "-o",
        collection.toAbsolutePath().toString());

    String before = publicContent(api);
    List<Answer> anonymous = newman(collection, "anonymous", "");
    String after = publicContent(api);
    List<Answer> administrator = newman(collection, "administrator", api.login("it-admin"));

    System.out.printf(
        "[fuzz] %d requests anonymously, %d as the installation administrator; statuses %s / %s%n",
        anonymous.size(), administrator.size(), statuses(anonymous), statuses(administrator));
    assertThat(anonymous.size()).as("requests sent").isGreaterThan(100);
    assertThat(after).as("public content after the anonymous run").isEqualTo(before);
    for (List<Answer> run : List.of(anonymous, administrator)) {
      assertThat(run).filteredOn(a -> a.status() >= 500).as("server errors").isEmpty();
      assertThat(run)
          .filteredOn(a -> a.status() >= 400)
          .allSatisfy(
              a -> assertThat(a.type()).as(a.toString()).startsWith("application/problem+json"));
    }
  }

  /** One request of a run and its answer. */
  record Answer(String request, int status, String type) {}

  /**
   * The document with its one recursive schema (a catalogue node's children) cut to a plain object:
   * Portman cannot follow a cycle.
   */
  private static String withoutCycles(JsonObject document) {
    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    JsonObject node = schemas.getJsonObject("CatalogueNode");
    JsonObject children =
        Json.createObjectBuilder(node.getJsonObject("properties").getJsonObject("children"))
            .add("items", Json.createObjectBuilder().add("type", "object"))
            .build();
    JsonObject flat =
        Json.createObjectBuilder(node)
            .add(
                "properties",
                Json.createObjectBuilder(node.getJsonObject("properties"))
                    .add("children", children))
            .build();
    return Json.createObjectBuilder(document)
        .add(
            "components",
            Json.createObjectBuilder(document.getJsonObject("components"))
                .add("schemas", Json.createObjectBuilder(schemas).add("CatalogueNode", flat)))
        .build()
        .toString();
  }

  private List<Answer> newman(Path collection, String name, String token) throws Exception {
    Path report = WORK.resolve(name + ".json");
    Files.deleteIfExists(report);
    runAllowingFailedTests(
        "newman",
        "run",
        collection.toAbsolutePath().toString(),
        "--env-var",
        "bearerToken=" + token,
        "--timeout-request",
        "20000",
        "--reporters",
        "json",
        "--reporter-json-export",
        report.toAbsolutePath().toString());
    JsonArray executions =
        Json.createReader(new StringReader(Files.readString(report)))
            .readObject()
            .getJsonObject("run")
            .getJsonArray("executions");
    List<Answer> answers = new ArrayList<>();
    for (JsonValue v : executions) {
      JsonObject e = v.asJsonObject();
      String request = e.getJsonObject("item").getString("name");
      JsonObject response = e.getJsonObject("response");
      assertThat(response).as("an answer to " + request).isNotNull();
      String type = "";
      for (JsonValue h : response.getJsonArray("header")) {
        if (h.asJsonObject().getString("key").equalsIgnoreCase("Content-Type")) {
          type = h.asJsonObject().getString("value");
        }
      }
      answers.add(new Answer(request, response.getInt("code"), type));
    }
    return answers;
  }

  private static Map<Integer, Integer> statuses(List<Answer> run) {
    Map<Integer, Integer> counts = new TreeMap<>();
    run.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
    return counts;
  }

  /** A digest of everything public: organisations, every catalogue, every listed item, reports. */
  private static String publicContent(Api api) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    JsonArray organisations = api.get("api/v1/organisations").send().jsonArray();
    digest.update(organisations.toString().getBytes(StandardCharsets.UTF_8));
    for (JsonValue o : organisations) {
      String slug = o.asJsonObject().getString("slug");
      digest.update(api.get("api/v1/organisations/" + slug + "/catalogue").send().bytes());
      digest.update(api.get("api/v1/reports?organisation=" + slug).send().bytes());
    }
    for (int page = 1; page < 1000; page++) {
      JsonObject p = api.get("api/v1/items?size=100&page=" + page).send().json();
      digest.update(p.getJsonArray("items").toString().getBytes(StandardCharsets.UTF_8));
      if (p.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void run(String tool, String... args) throws Exception {
    int exit = execute(tool, args);
    assertThat(exit).as(tool + " exit status (see target/fuzz/" + tool + ".log)").isZero();
  }

  /** Newman exits non-zero when a generated contract test fails; the answers are judged here. */
  private static void runAllowingFailedTests(String tool, String... args) throws Exception {
    execute(tool, args);
  }

  private static int execute(String tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(TOOLS.resolve("node_modules/.bin/" + tool).toAbsolutePath().toString());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve(tool + ".log").toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(tool + " took longer than five minutes");
    }
    return p.exitValue();
  }
}
