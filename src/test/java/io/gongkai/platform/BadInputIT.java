package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input gets a problem+json with a stable type, never a 500, and stores nothing.
 */
class BadInputIT {

  private final Api api = new Api();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON        | {\"title\": \"未闭合                          | 400 | malformed-json |",
        "unknown field         | {\"title\":\"x\",\"channel\":\"notices\",\"colour\":\"red\"} | 400 | malformed-json | colour",
        "unknown genre         | {\"title\":\"x\",\"channel\":\"notices\",\"genre\":\"小说\"} | 400 | validation | genre",
        "unknown validity      | {\"title\":\"x\",\"channel\":\"notices\",\"validity\":\"永久\"} | 400 | validation | validity",
        "title over 200 chars  | TITLE201                                         | 400 | validation | title",
        "missing title         | {\"channel\":\"notices\"}                        | 400 | validation | title",
        "invalid date          | {\"title\":\"x\",\"channel\":\"notices\",\"writtenOn\":\"2024-02-30\"} | 400 | malformed-json | writtenOn",
        "unknown channel       | {\"title\":\"x\",\"channel\":\"no-such\"}        | 400 | validation | channel",
        "single-page channel   | {\"title\":\"x\",\"channel\":\"guide\"}          | 400 | validation | channel",
        "wrong type            | {\"title\":[1,2],\"channel\":\"notices\"}        | 400 | malformed-json | title",
      })
  void badItemIsRefusedWithAProblemAndNothingIsStored(
      String name, String body, int status, String type, String field) {
    String editor = api.login("demo-editor");
    String title = Items.uniqueTitle("坏输入");
    String json =
        body.equals("TITLE201")
            ? "{\"title\":\"" + "长".repeat(201) + "\",\"channel\":\"notices\"}"
            : body;
    json = json.replace("{\"", "{\"organisation\":\"jrjgfwzx\",\"summary\":\"" + title + "\",\"");
    long before = total(editor);

    Api.Reply r = api.post("api/v1/manage/items").as(editor).json(json).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = r.json();
    assertThat(problem.getString("type")).isEqualTo("https://gongkai.io/problems/" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail"))
        .isNotBlank()
        .doesNotContainPattern("java\\.|jakarta\\.|Exception|Yasson|yasson");
    if (field != null) {
      assertThat(problem.getJsonArray("fields")).as(problem.toString()).isNotNull();
      assertThat(problem.getJsonArray("fields").toString()).contains("\"" + field + "\"");
    }
    assertThat(total(editor)).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "page size too large   | api/v1/items?size=101                        | 400 | validation |",
        "page size zero        | api/v1/items?size=0                          | 400 | validation |",
        "page zero             | api/v1/items?page=0                          | 400 | validation |",
        "page not a number     | api/v1/items?page=abc                        | 400 | validation | page",
        "page beyond int       | api/v1/items?page=99999999999                | 400 | validation | page",
        "year not a number     | api/v1/items?year=abc                        | 400 | validation | year",
        "search page not a number | api/v1/search?q=通知&page=abc              | 400 | validation | page",
        "report year not a number | api/v1/reports/jrjgfwzx/abc               | 404 | not-found |",
        "unknown organisation  | api/v1/items?organisation=nowhere            | 404 | not-found |",
        "unknown channel       | api/v1/items?organisation=jrjgfwzx&channel=x | 404 | not-found |",
        "channel without org   | api/v1/items?channel=notices                 | 400 | validation |",
        "unknown sort          | api/v1/items?sort=title                      | 400 | validation |",
        "unknown genre filter  | api/v1/items?genre=x                         | 400 | validation |",
        "absurd year           | api/v1/items?year=99999                      | 400 | validation |",
        "unknown item          | api/v1/items/999999999                       | 404 | not-found |",
        "unknown path          | api/v1/nothing-here                          | 404 | not-found |",
        "unknown organisation page | api/v1/organisations/nowhere/catalogue   | 404 | not-found |",
        "no token              | api/v1/manage/me                             | 401 | unauthenticated |",
      })
  void badQueriesGetProblems(String name, String path, int status, String type, String field) {
    Api.Reply r = api.get(path).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.json().getString("type")).isEqualTo("https://gongkai.io/problems/" + type);
    if (field != null) {
      assertThat(r.json().getJsonArray("fields").toString()).contains("\"" + field + "\"");
    }
    assertThat(r.json().getString("detail")).doesNotContainPattern("java\\.|jakarta\\.|Exception");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "it-admin    | POST | api/v1/manage/organisations               | required",
        "demo-editor | POST | api/v1/manage/items                       | required",
        "demo-editor | PUT  | api/v1/manage/items/1                     | required",
        "it-admin    | POST | api/v1/manage/users                       | required",
        "demo-editor | PUT  | api/v1/manage/users/demo-editor/password  | required",
        "anonymous   | POST | api/v1/auth/token                         | required",
        "demo-editor | POST | api/v1/manage/items/1/submit              | optional",
        "demo-editor | POST | api/v1/manage/items/1/publish             | optional",
        "demo-editor | POST | api/v1/manage/items/1/reject              | optional",
        "demo-editor | POST | api/v1/manage/items/1/withdraw            | optional",
      })
  void aBodyThatIsNotAJsonObjectIsA400NeverA500(
      String who, String method, String path, String body) {
    String token = who.equals("anonymous") ? null : api.login(who);
    boolean optional = body.equals("optional");
    int withoutBody = send(method, path, token, "").status();
    assertThat(withoutBody).as("no body").isBetween(400, 499);
    for (String sent : new String[] {"null", "[]", "\"text\"", "42", "true", "{\"a\":"}) {
      Api.Reply r = send(method, path, token, sent);

      if (optional && sent.equals("null")) {
        // generated clients send null for an omitted optional body: the same as sending none
        assertThat(r.status()).as(sent + " → " + r).isEqualTo(withoutBody);
        continue;
      }
      assertThat(r.status()).as(sent + " → " + r).isEqualTo(400);
      assertThat(r.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(r.json().getString("detail"))
          .as(sent)
          .doesNotContainPattern("java\\.|jakarta\\.|Exception|Yasson");
    }
  }

  private Api.Reply send(String method, String path, String token, String body) {
    Api.Call call = method.equals("PUT") ? api.put(path) : api.post(path);
    if (token != null) {
      call.as(token);
    }
    return call.ifMatch("\"0\"").json(body).send();
  }

  @org.junit.jupiter.api.Test
  void controlCharactersAndUnpairedSurrogatesNeverReachTheStore() {
    String editor = api.login("demo-editor");
    String title = Items.uniqueTitle("控制字符");
    String json =
        "{\"organisation\":\"jrjgfwzx\",\"channel\":\"notices\",\"title\":\""
            + title.substring(0, 2)
            + "\\u0000\\u0007\\ud800"
            + title.substring(2)
            + "\",\"summary\":\"摘\\u001b要\"}";

    Api.Reply r = api.post("api/v1/manage/items").as(editor).json(json).send();

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject item = r.json().getJsonObject("item");
    assertThat(item.getString("title")).isEqualTo(title);
    assertThat(item.getString("summary")).isEqualTo("摘要");
  }

  private long total(String editor) {
    return api.get("api/v1/manage/items?organisation=jrjgfwzx&size=1")
        .as(editor)
        .send()
        .json()
        .getJsonNumber("total")
        .longValue();
  }
}
