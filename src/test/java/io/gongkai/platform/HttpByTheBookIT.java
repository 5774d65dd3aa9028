package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** HTTP as clients and caches expect it: compression, links, status codes and their headers. */
class HttpByTheBookIT {

  private final Api api = new Api();

  /**
   * Browsers, proxies and load generators speak HTTP/1.1 to Gongkai (HTTP/2 comes over TLS at the
   * proxy); the listener compresses there. Over cleartext HTTP/2 (h2c), which only some API clients
   * ask for, bodies go uncompressed.
   */
  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void largeJsonIsGzippedForClientsThatAskAndVariesOnOneVaryHeader() throws Exception {
    HttpResponse<byte[]> plain = http11("api/v1/items?size=50", null);
    HttpResponse<byte[]> zipped = http11("api/v1/items?size=50", "gzip");

    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
    byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
    assertThat(unzipped).isEqualTo(plain.body());
    assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
    List<String> vary = zipped.headers().allValues("Vary");
    assertThat(vary).as("one Vary header").hasSize(1);
    assertThat(vary.get(0)).contains("Accept-Encoding").contains("Origin");
  }

  @Test
  void smallBodiesAndThemeScriptsFollowTheSameRules() throws Exception {
    HttpResponse<byte[]> small = http11("api/v1/organisations/jrjgfwzx", "gzip");
    HttpResponse<byte[]> script = http11("themes/default/catalogue.js", "gzip");

    assertThat(small.headers().firstValue("Content-Encoding")).as("below 1 KB").isEmpty();
    assertThat(script.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(script.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    String version = script.headers().firstValue("X-Theme-Version").orElseThrow();
    HttpResponse<byte[]> versioned = http11("themes/v/" + version + "/default/catalogue.js", null);
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(
            http11("themes/v/000000000000/default/catalogue.js", null)
                .headers()
                .firstValue("Cache-Control"))
        .as("an older version's address: today's file, briefly cached")
        .contains("public, max-age=300");
    assertThat(api.get("demo/").send().header("Cache-Control")).contains("no-cache");
  }

  @Test
  void themeFilesAreValidatedByTheirOwnDigestAndFoldersAreProblems() {
    Api.Reply file = api.get("themes/default/catalogue.js").send();
    String version = file.header("X-Theme-Version").orElseThrow();

    Api.Reply again =
        api.get("themes/default/catalogue.js").header("If-None-Match", file.etag()).send();
    Api.Reply versioned =
        api.get("themes/v/" + version + "/default/catalogue.js")
            .header("If-None-Match", "\"other\", W/" + file.etag())
            .send();
    Api.Reply folder = api.get("themes/default/").send();
    Api.Reply missing = api.get("themes/default/no-such.js").send();

    assertThat(file.etag()).as("strong, from the bytes").matches("\"[0-9a-f]{16}\"");
    assertThat(file.header("Last-Modified"))
        .as("the server's unpacking time is not a validator")
        .isEmpty();
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.header("Cache-Control")).contains("public, max-age=300");
    assertThat(versioned.status()).as(versioned + " after " + file.headers()).isEqualTo(304);
    assertThat(versioned.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    for (Api.Reply notAFile : List.of(folder, missing)) {
      assertThat(notAFile.status()).isEqualTo(404);
      assertThat(notAFile.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(notAFile.json().getString("type"))
          .isEqualTo("https://gongkai.io/problems/not-found");
    }
  }

  @Test
  void theApiIsDescribedAtOpenapiOnlyNotByAWadlListingEveryEndpoint() {
    Api.Reply wadl = api.get("api/v1/application.wadl").send();
    Api.Reply openapi = api.get("openapi").send();

    assertThat(wadl.status()).isEqualTo(404);
    assertThat(wadl.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(wadl.body()).doesNotContain("manage");
    assertThat(openapi.status()).isEqualTo(200);
  }

  @Test
  void aClientsHostHeaderNeverReachesALinkInACacheableFeed() throws IOException {
    String feedPath = "/api/v1/organisations/jrjgfwzx/channels/notices/feed";

    String raw = rawGet(feedPath, "Host: evil.example\r\n");

    assertThat(raw).startsWith("HTTP/1.1 200");
    assertThat(raw).doesNotContain("evil.example");
    assertThat(raw).contains("rel=\"self\"").contains(feedPath);
  }

  @Test
  void feedsLinkThemselvesThePublicPagesAndTheJsonAndCategoriseByChannel() {
    String title = Items.uniqueTitle("订阅链接");
    long id = Items.id(new Items(api).published(title));

    String feed = api.get("api/v1/organisations/jrjgfwzx/channels/notices/feed").send().body();

    assertThat(feed)
        .contains(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\""
                + api.server().base().toString().replaceAll("127\\.0\\.0\\.1", "localhost")
                + "api/v1/organisations/jrjgfwzx/channels/notices/feed\"")
        .contains("rel=\"alternate\" type=\"text/html\" href=\"")
        .contains("/demo/items.html?organisation=jrjgfwzx&amp;channel=notices\"")
        .contains("/demo/item.html?item=" + id + "\"")
        .contains(
            "<link rel=\"alternate\" type=\"application/json\" href=\""
                + api.server().base().toString().replaceAll("127\\.0\\.0\\.1", "localhost")
                + "api/v1/items/"
                + id
                + "\"")
        .contains("<category term=\"notices\" label=\"通知公告\"");
  }

  @Test
  void pagedListsLinkTheirPagesInTheBodyAndInALinkHeader() {
    Api.Reply second = api.get("api/v1/items?organisation=jrjgfwzx&size=2&page=2").send();

    JsonObject links = second.json().getJsonObject("links");
    long total = second.json().getJsonNumber("total").longValue();
    assertThat(total).isGreaterThan(4);
    assertThat(links.getString("first"))
        .isEqualTo("/api/v1/items?organisation=jrjgfwzx&size=2&page=1");
    assertThat(links.getString("prev"))
        .isEqualTo("/api/v1/items?organisation=jrjgfwzx&size=2&page=1");
    assertThat(links.getString("next"))
        .isEqualTo("/api/v1/items?organisation=jrjgfwzx&size=2&page=3");
    assertThat(links.getString("last"))
        .isEqualTo("/api/v1/items?organisation=jrjgfwzx&size=2&page=" + ((total + 1) / 2));
    assertThat(second.header("Link"))
        .hasValueSatisfying(
            h ->
                assertThat(h)
                    .contains("</api/v1/items?organisation=jrjgfwzx&size=2&page=3>; rel=\"next\"")
                    .contains("rel=\"first\"")
                    .contains("rel=\"prev\"")
                    .contains("rel=\"last\""));
    Api.Reply first = api.get("api/v1/items?organisation=jrjgfwzx&size=2").send();
    assertThat(first.json().getJsonObject("links").isNull("prev")).isTrue();

    Api.Reply search = api.get("api/v1/search?q=" + Api.encode("通知") + "&size=2").send();
    assertThat(search.json().getJsonObject("links").getString("next"))
        .contains("cursor=")
        .contains("page=2");
    assertThat(search.header("Link"))
        .hasValueSatisfying(h -> assertThat(h).contains("rel=\"next\""));
  }

  @Test
  void errorsCarryTheHeadersTheirStatusAsksForAndTheirInstance() throws IOException {
    Api.Reply unauthenticated = api.get("api/v1/manage/me").send();
    assertThat(unauthenticated.header("WWW-Authenticate")).contains("Bearer realm=\"gongkai\"");
    assertThat(unauthenticated.json().getString("instance")).isEqualTo("/api/v1/manage/me");

    Api.Reply notAllowed = api.delete("api/v1/items").send();
    assertThat(notAllowed.status()).isEqualTo(405);
    assertThat(notAllowed.header("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET"));
    assertThat(notAllowed.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    // a missing If-Match: the status line carries the standard reason phrase
    String token = api.login("demo-editor");
    long draft =
        Items.id(new Items(api).create(token, Items.draft(Items.uniqueTitle("前提")).build()));
    String raw =
        rawRequest(
            "PUT",
            "/api/v1/manage/items/" + draft,
            "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\n",
            "{}");
    assertThat(raw).startsWith("HTTP/1.1 428 Precondition Required");
  }

  @Test
  void tooManyFailedLoginsSayWhenToTryAgain() throws IOException {
    String user = "throttle-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String body = "{\"username\":\"" + user + "\",\"password\":\"wrong-password\"}";
    for (int i = 0; i < 5; i++) {
      api.post("api/v1/auth/token").json(body).send();
    }

    String raw =
        rawRequest("POST", "/api/v1/auth/token", "Content-Type: application/json\r\n", body);

    assertThat(raw).startsWith("HTTP/1.1 429 Too Many Requests");
    assertThat(raw).containsPattern("(?i)retry-after: [1-9][0-9]*");
  }

  private HttpResponse<byte[]> http11(String path, String acceptEncoding) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(api.server().base().resolve(path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return HTTP_1_1.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void metricsAndTheApiDescriptionAreServedToTheMonitoringNetworksOnly() throws IOException {
    for (String path : new String[] {"/metrics", "/openapi"}) {
      String outsider = rawRequest("GET", path, "", null, "127.0.0.2");
      String insider = rawRequest("GET", path, "", null, "127.0.0.1");

      assertThat(outsider).as(path).startsWith("HTTP/1.1 403").contains("application/problem+json");
      assertThat(insider).as(path).startsWith("HTTP/1.1 200");
    }
    assertThat(rawRequest("GET", "/health/ready", "", null, "127.0.0.2"))
        .as("load balancers check health from anywhere")
        .startsWith("HTTP/1.1 200");
  }

  private String rawGet(String path, String headers) throws IOException {
    return rawRequest("GET", path, headers, null);
  }

  /** One HTTP/1.1 exchange over a socket, for the headers a Java client will not let one set. */
  private String rawRequest(String method, String path, String headers, String body)
      throws IOException {
    return rawRequest(method, path, headers, body, "127.0.0.1");
  }

  private String rawRequest(String method, String path, String headers, String body, String from)
      throws IOException {
    URI base = api.server().base();
    try (Socket socket =
        new Socket(
            java.net.InetAddress.getByName(base.getHost()),
            base.getPort(),
            java.net.InetAddress.getByName(from),
            0)) {
      socket.setSoTimeout(30_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      String head =
          method
              + " "
              + path
              + " HTTP/1.1\r\n"
              + (headers.contains("Host:") ? "" : "Host: localhost\r\n")
              + headers
              + "Content-Length: "
              + content.length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
