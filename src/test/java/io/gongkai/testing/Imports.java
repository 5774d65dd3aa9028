package io.gongkai.testing;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** The steps of an import as a client takes them: upload, follow the job, look items up. */
public final class Imports {

  private final Api api;

  public Imports(Api api) {
    this.api = api;
  }

  /** Uploads as it-admin; {@code query} is appended to the URL (e.g. {@code dryRun=true}). */
  public Api.Reply upload(String org, byte[] body, String contentType, String query) {
    return api.post(
            "api/v1/manage/organisations/"
                + org
                + "/imports"
                + (query.isEmpty() ? "" : "?" + query))
        .as(api.login("it-admin"))
        .bytes(body, contentType)
        .send();
  }

  /** Uploads NDJSON and waits for the job to end. */
  public JsonObject run(String org, String ndjson, String query) {
    return follow(
        upload(org, ndjson.getBytes(StandardCharsets.UTF_8), "application/x-ndjson", query));
  }

  /** Follows an accepted job's Location until it is DONE or FAILED. */
  public JsonObject follow(Api.Reply accepted) {
    if (accepted.status() != 202) {
      throw new AssertionError("import not accepted: " + accepted);
    }
    String location = accepted.header("Location").orElseThrow();
    String path = location.substring(location.indexOf("api/v1/"));
    String token = api.login("it-admin");
    JsonObject[] last = new JsonObject[1];
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              last[0] = api.get(path).as(token).send().json();
              String state = last[0].getString("state");
              return state.equals("DONE") || state.equals("FAILED");
            });
    return last[0];
  }

  public Api.Reply byIndexNumber(String number) {
    return api.get("api/v1/items/by-index-number?value=" + Api.encode(number)).send();
  }

  /** How many public search hits a query has, once the index has caught up. */
  public int searchTotal(String q) {
    int[] total = new int[1];
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              total[0] = api.get("api/v1/search?q=" + Api.encode(q)).send().json().getInt("total");
              return total[0] > 0;
            });
    return total[0];
  }

  public List<Integer> errorLines(JsonObject job) {
    return job.getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getInt("line"))
        .distinct()
        .toList();
  }

  public List<String> errorFields(JsonObject job) {
    return job.getJsonArray("errors").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> !e.isNull("field"))
        .map(e -> e.getString("field"))
        .toList();
  }
}
