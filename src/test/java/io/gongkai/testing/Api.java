package io.gongkai.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small HTTP client for the deployed WAR: requests as the tests speak them, replies with JSON
 * access.
 */
public final class Api {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final PayaraMicroServer server;
  private final URI base;

  /** Speaks to the server shared by the test run. */
  public Api() {
    this(PayaraMicroServer.get());
  }

  /** Speaks to a server of the test's own. */
  public Api(PayaraMicroServer server) {
    this(server, server.base());
  }

  /** Speaks to {@code server} through {@code base}, e.g. a reverse proxy in front of it. */
  public Api(PayaraMicroServer server, URI base) {
    this.server = server;
    this.base = base;
  }

  /** One reply. */
  public record Reply(int status, Map<String, java.util.List<String>> headers, byte[] bytes) {

    public String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst();
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body())).readObject();
    }

    public JsonArray jsonArray() {
      return Json.createReader(new StringReader(body())).readArray();
    }

    public String etag() {
      return header("ETag")
          .orElseThrow(() -> new AssertionError("no ETag in " + status + " " + body()));
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body();
    }
  }

  /** A request being built. */
  public final class Call {
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    public Call as(String token) {
      if (token != null) {
        headers.put("Authorization", "Bearer " + token);
      }
      return this;
    }

    public Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    public Call ifMatch(String etag) {
      return header("If-Match", etag);
    }

    public Call json(String json) {
      headers.put("Content-Type", "application/json");
      body = HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
      return this;
    }

    public Call json(JsonValue json) {
      return json(json.toString());
    }

    public Call bytes(byte[] bytes, String contentType) {
      headers.put("Content-Type", contentType);
      body = HttpRequest.BodyPublishers.ofByteArray(bytes);
      return this;
    }

    public Reply send() {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofSeconds(60))
              .method(method, body);
      headers.forEach(b::header);
      try {
        HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), r.headers().map(), r.body());
      } catch (Exception e) {
        throw new IllegalStateException(method + " " + path, e);
      }
    }
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call put(String path) {
    return new Call("PUT", path);
  }

  public Call delete(String path) {
    return new Call("DELETE", path);
  }

  public Call options(String path) {
    return new Call("OPTIONS", path);
  }

  public PayaraMicroServer server() {
    return server;
  }

  /** Logs in with a demo user's password and returns the bearer token. */
  public String login(String username) {
    String password = username.equals("it-admin") ? server.adminPassword() : server.demoPassword();
    Reply r =
        post("api/v1/auth/token")
            .json(
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("password", password)
                    .build())
            .send();
    if (r.status() != 200) {
      throw new AssertionError("login " + username + ": " + r);
    }
    return r.json().getString("token");
  }

  /**
   * A fresh user (named {@code prefix} and a random tail, with {@code password}) holding {@code
   * role} in {@code organisation} (no grant when null), created by the installation's
   * administrator; returns the user's bearer token.
   */
  public String person(String prefix, String password, String organisation, String role) {
    String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 10);
    String admin = login("it-admin");
    String credentials =
        Json.createObjectBuilder()
            .add("username", name)
            .add("password", password)
            .build()
            .toString();
    expect(post("api/v1/manage/users").as(admin).json(credentials).send(), 201);
    if (organisation != null) {
      expect(
          post("api/v1/manage/users/" + name + "/grants")
              .as(admin)
              .json(
                  Json.createObjectBuilder()
                      .add("organisation", organisation)
                      .add("role", role)
                      .build())
              .send(),
          200);
    }
    return expect(post("api/v1/auth/token").json(credentials).send(), 200)
        .json()
        .getString("token");
  }

  private static Reply expect(Reply r, int status) {
    if (r.status() != status) {
      throw new AssertionError("expected " + status + ": " + r);
    }
    return r;
  }

  /**
   * Registers a fresh organisation below 句容市人民政府 (as it-admin) so a test never meets another's
   * data.
   */
  public String newOrganisation(String prefix, String name) {
    String slug = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String code =
        String.valueOf(
            100_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(899_999_999));
    Reply r =
        post("api/v1/manage/organisations")
            .as(login("it-admin"))
            .json(
                Json.createObjectBuilder()
                    .add("slug", slug)
                    .add("code", code)
                    .add("name", name)
                    .add("parent", "jrszf")
                    .build())
            .send();
    if (r.status() != 201) {
      throw new AssertionError("new organisation: " + r);
    }
    return slug;
  }

  /**
   * A word no other page holds: the prefix and letters from the clock. Letters only, because
   * letters and digits alternating (j79t4d9s7) are searched as one-character pieces, which leave
   * the prefix's words to find other pages; a test that expects nothing would then find some.
   */
  public static String uniqueWord(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static URI uri(String s) {
    return URI.create(s);
  }
}
