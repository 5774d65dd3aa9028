package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.Nginx;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The production shape of one instance: Debian's nginx with the shipped {@code
 * deploy/nginx/gongkai.conf} in front of the test server. Gongkai's answers pass through unchanged,
 * writes are never cached, theme files are; what the application server never sees (requests nginx
 * cannot parse, bodies over the limit) or cannot answer itself (an instance still starting, none
 * reachable) is answered as Chinese problem+json; a dead instance is skipped.
 */
class BehindNginxIT {

  private static final PayaraMicroServer SERVER = PayaraMicroServer.get();
  private static Nginx nginx;
  private final Api api = new Api(SERVER, nginx.base());

  @BeforeAll
  static void startNginx() throws Exception {
    nginx = Nginx.start("front", List.of(SERVER.base()));
  }

  @AfterAll
  static void stopNginx() throws Exception {
    nginx.close();
  }

  @Test
  void answersOfTheInstancePassThroughUnchanged() throws Exception {
    Api direct = new Api(SERVER);
    Api.Reply missing = api.get("api/v1/items/999999999").send();
    Api.Reply missingDirect = direct.get("api/v1/items/999999999").send();
    Api.Reply zipped = api.get("api/v1/items?size=50").header("Accept-Encoding", "gzip").send();

    assertThat(api.get("health/ready").send().status()).isEqualTo(200);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Type")).isEqualTo(missingDirect.header("Content-Type"));
    assertThat(missing.json())
        .as("Gongkai's own problem, not nginx's")
        .isEqualTo(missingDirect.json());
    assertThat(zipped.header("Content-Encoding")).contains("gzip");
    String unzipped =
        new String(
            new GZIPInputStream(new ByteArrayInputStream(zipped.bytes())).readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(Json.createReader(new StringReader(unzipped)).readObject().getJsonArray("items"))
        .isNotEmpty();
  }

  @Test
  void editorsWriteThroughItAndTheirAnswersAreNeverStored() {
    String editor = api.login("demo-editor");
    String title = Items.uniqueTitle("经nginx写入");

    Api.Reply created =
        api.post("api/v1/manage/items").as(editor).json(Items.draft(title).build()).send();
    Api.Reply read =
        api.get(created.header("Location").orElseThrow().substring(1)).as(editor).send();

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.etag()).isEqualTo("\"1\"");
    assertThat(created.header("Cache-Control")).contains("no-store");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getJsonObject("item").getString("title")).isEqualTo(title);
    assertThat(read.header("X-Cache-Status")).as("nginx's cache is not asked").isEmpty();
  }

  @Test
  void versionedThemeFilesAreServedFromNginxsCacheAndCompressedThere() throws Exception {
    String version =
        api.get("themes/default/gongkai.js").send().header("X-Theme-Version").orElseThrow();
    String path = "themes/v/" + version + "/default/gongkai.js";

    Api.Reply first = api.get(path).header("Accept-Encoding", "gzip").send();
    Api.Reply second = api.get(path).header("Accept-Encoding", "gzip").send();

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    assertThat(second.header("X-Cache-Status")).contains("HIT");
    assertThat(second.header("Content-Encoding")).contains("gzip");
    assertThat(
            new String(
                new GZIPInputStream(new ByteArrayInputStream(second.bytes())).readAllBytes(),
                StandardCharsets.UTF_8))
        .contains("customElements");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad percent-encoding       | /api/v1/items/%zz   | 0     | 0        | 400 | bad-request",
        "a NUL in the path          | /api/v1/items/%00   | 0     | 0        | 400 | bad-request",
        "a 70 KB header             | /api/v1/organisations | 70000 | 0      | 431 | headers-too-large",
        "a 20 KB address            | /api/v1/items?q=LONG | 0    | 0        | 414 | uri-too-long",
        "an upload of 50 MB + 1 byte | /api/v1/manage/items/1/attachments?name=a.pdf | 0 | 52428801 | 413 | upload-too-large",
      })
  void whatNginxRefusesItselfIsAChineseProblem(
      String name, String path, int header, long declaredBody, int status, String type)
      throws Exception {
    String target = path.replace("LONG", "a".repeat(20_000));
    String headers = header == 0 ? "" : "X-Big: " + "a".repeat(header) + "\r\n";
    String method = declaredBody == 0 ? "GET" : "POST";

    Raw reply = Raw.exchange(nginx.port(), method, target, headers, declaredBody);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertChineseProblem(reply, status, type);
  }

  @Test
  void headersUpToThirtyTwoKilobytesReachTheInstance() throws Exception {
    String seven = "a".repeat(7000);
    Raw reply =
        Raw.exchange(
            nginx.port(),
            "GET",
            "/api/v1/organisations",
            "X-A: " + seven + "\r\nX-B: " + seven + "\r\nX-C: " + seven + "\r\n",
            0);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void aDeadInstanceIsSkippedForReadsAndForWritesNeverSent() throws Exception {
    int dead = Nginx.freePort();
    try (Nginx pair =
        Nginx.start("dead-first", List.of(URI.create("http://127.0.0.1:" + dead), SERVER.base()))) {
      Api through = new Api(SERVER, pair.base());
      int ok = 0;
      for (int i = 0; i < 10; i++) {
        ok += through.get("api/v1/organisations").send().status() == 200 ? 1 : 0;
      }
      String token = through.login("demo-editor");

      assertThat(ok).as(pair.accessLog()).isEqualTo(10);
      assertThat(token).isNotBlank();
      assertThat(pair.accessLog()).as("the dead instance was tried").contains(":" + dead);
    }
  }

  @Test
  void anInstanceStillStartingAndNoInstanceAtAllAreChineseProblems() throws Exception {
    // what Payara Micro answers while it deploys: 500 with an empty body
    HttpServer starting =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    starting.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    starting.start();
    URI startingUri = URI.create("http://127.0.0.1:" + starting.getAddress().getPort());
    try (Nginx alone = Nginx.start("starting", List.of(startingUri));
        Nginx beside = Nginx.start("starting-beside", List.of(startingUri, SERVER.base()))) {
      Raw duringStart = Raw.exchange(alone.port(), "GET", "/api/v1/organisations", "", 0);
      Raw retried = Raw.exchange(beside.port(), "GET", "/api/v1/organisations", "", 0);
      starting.stop(0);
      Raw none = Raw.exchange(alone.port(), "GET", "/api/v1/organisations", "", 0);

      assertThat(duringStart.status()).as(duringStart.toString()).isEqualTo(500);
      assertChineseProblem(duringStart, 500, "internal");
      assertThat(retried.status()).as("a GET goes on to the next instance").isEqualTo(200);
      assertThat(none.status()).as(none.toString()).isEqualTo(502);
      assertChineseProblem(none, 502, "upstream-unavailable");
      assertThat(none.headers()).containsEntry("retry-after", "10");
    } finally {
      starting.stop(0);
    }
  }

  private static void assertChineseProblem(Raw reply, int status, String type) {
    assertThat(reply.headers())
        .containsEntry("content-type", "application/problem+json; charset=utf-8")
        .containsEntry("cache-control", "no-store");
    JsonObject problem = Json.createReader(new StringReader(reply.body())).readObject();
    assertThat(problem.getString("type")).isEqualTo("https://gongkai.io/problems/" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).containsPattern("\\p{IsHan}");
    assertThat(problem.getString("detail")).containsPattern("\\p{IsHan}");
  }

  /** One HTTP/1.1 exchange over a socket: requests no Java client would send. */
  record Raw(int status, Map<String, String> headers, String body) {

    static Raw exchange(int port, String method, String target, String headers, long declared)
        throws IOException {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.setSoTimeout(30_000);
        String head =
            method
                + " "
                + target
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + headers
                + (declared > 0
                    ? "Content-Type: application/octet-stream\r\nContent-Length: "
                        + declared
                        + "\r\n"
                    : "")
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        if (declared > 0) {
          socket.shutdownOutput(); // the body never comes: nginx answers on the headers alone
        }
        InputStream in = socket.getInputStream();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> parsed = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
          int colon = lines[i].indexOf(':');
          parsed.put(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).trim());
        }
        return new Raw(Integer.parseInt(lines[0].split(" ")[1]), parsed, text.substring(end + 4));
      }
    }
  }
}
