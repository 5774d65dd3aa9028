package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.gongkai.client.ApiClient;
import io.gongkai.client.ApiException;
import io.gongkai.client.ApiResponse;
import io.gongkai.client.api.AuthApi;
import io.gongkai.client.api.ItemsApi;
import io.gongkai.client.api.ManageItemsApi;
import io.gongkai.client.api.SearchApi;
import io.gongkai.client.model.Credentials;
import io.gongkai.client.model.DocumentType;
import io.gongkai.client.model.HitJson;
import io.gongkai.client.model.ItemDetail;
import io.gongkai.client.model.ItemInput;
import io.gongkai.client.model.ItemState;
import io.gongkai.client.model.ItemSummary;
import io.gongkai.client.model.ItemView;
import io.gongkai.client.model.Problem;
import io.gongkai.client.model.ResultJson;
import io.gongkai.client.model.TransitionRequest;
import io.gongkai.client.model.Validity;
import io.gongkai.testing.Api;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The API as an integrator meets it: the document at {@code /openapi}, and a Java client generated
 * from it (openapi-generator, library native) that logs in, drafts an item, has it submitted and
 * published, reads it publicly and finds it by search — with no other code between the test and the
 * server.
 */
class OpenApiClientIT {

  /**
   * Documented response headers that every such answer carries (Last-Modified only where the date
   * is known; Link, WWW-Authenticate and Retry-After where the situation calls for them).
   */
  private static final java.util.Set<String> ALWAYS_SENT =
      java.util.Set.of(
          "ETag",
          "Cache-Control",
          "Content-Disposition",
          "Location",
          "Link",
          "WWW-Authenticate",
          "Retry-After");

  private final PayaraMicroServer server = PayaraMicroServer.get();

  @Test
  void theDocumentIsServedAsYamlAndAsJson() {
    Api api = new Api();

    Api.Reply yaml = api.get("openapi").send();
    Api.Reply json = api.get("openapi?format=json").send();

    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml").contains("UTF-8"));
    assertThat(yaml.body()).contains("openapi: 3.0.3").contains("  /manage/items/{id}/publish:");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json").contains("UTF-8"));
    assertThat(json.json().getJsonObject("paths").keySet()).contains("/items/{id}", "/search");
    assertThat(json.json().getJsonArray("servers").getJsonObject(0).getString("url"))
        .isEqualTo("/api/v1");
    assertThat(api.get("openapi?format=xml").send().header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  @Test
  void anItemIsDraftedSubmittedPublishedReadAndFoundWithTheGeneratedClientOnly()
      throws ApiException {
    ManageItemsApi editor = new ManageItemsApi(client(logIn("demo-editor")));
    ManageItemsApi reviewer = new ManageItemsApi(client(logIn("demo-reviewer")));
    ItemsApi items = new ItemsApi(client(null));
    SearchApi search = new SearchApi(client(null));
    String title = "开放接口往返测试 " + UUID.randomUUID().toString().substring(0, 8);

    ApiResponse<ItemView> created =
        editor.createItemWithHttpInfo(
            new ItemInput()
                .organisation("jrjgfwzx")
                .title(title)
                .body("<p>" + title + "的正文。</p>")
                .channel("notices")
                .genre(ItemInput.GenreEnum.NOTICE)
                .keywords(List.of("接口")));
    assertThat(created.getStatusCode()).isEqualTo(201);
    ItemView draft = created.getData();
    long id = draft.getItem().getId();
    assertThat(draft.getState()).isEqualTo(ItemState.DRAFT);
    assertThat(header(created, "Location")).endsWith("/api/v1/manage/items/" + id);

    ApiResponse<ItemView> submitted =
        editor.submitItemWithHttpInfo(id, header(created, "ETag"), null);
    assertThat(submitted.getData().getState()).isEqualTo(ItemState.PENDING_REVIEW);
    ItemView published =
        reviewer.publishItem(id, header(submitted, "ETag"), new TransitionRequest());
    assertThat(published.getState()).isEqualTo(ItemState.PUBLISHED);

    ItemDetail page = items.getItem(id, null);
    assertThat(page.getTitle()).isEqualTo(title);
    assertThat(page.getIndexNumber()).isEqualTo(published.getItem().getIndexNumber());
    assertThat(page.getGenre()).isEqualTo(ItemDetail.GenreEnum.NOTICE);
    assertThat(page.getValidity()).isEqualTo(Validity.VALID);
    assertThat(page.getPublishedOn()).isNotNull();
    assertThat(items.getItemByIndexNumber(page.getIndexNumber(), null).getId()).isEqualTo(id);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              ResultJson found =
                  search.search(
                      title,
                      "jrjgfwzx",
                      null,
                      DocumentType.ITEM,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null);
              assertThat(found.getHits())
                  .extracting(HitJson::getId, HitJson::getType)
                  .contains(org.assertj.core.groups.Tuple.tuple(id, DocumentType.ITEM));
            });
  }

  @Test
  void errorsArriveAsProblemsTheClientReads() throws Exception {
    ItemsApi items = new ItemsApi(client(null));

    ApiException missing = catchThrowableOfType(ApiException.class, () -> items.getItem(-1L, null));
    ApiException anonymous =
        catchThrowableOfType(
            ApiException.class, () -> new ManageItemsApi(client(null)).getManagedItem(1L));

    assertThat(missing.getCode()).isEqualTo(404);
    assertThat(missing.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    Problem problem =
        client(null).getObjectMapper().readValue(missing.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(404);
    assertThat(problem.getType().toString()).isEqualTo("https://gongkai.io/problems/not-found");
    assertThat(anonymous.getCode()).isEqualTo(401);
    assertThat(client(null).getObjectMapper().readValue(anonymous.getResponseBody(), Problem.class))
        .satisfies(p -> assertThat(p.getTitle()).isNotBlank())
        .satisfies(p -> assertThat(p.getStatus()).isEqualTo(401));
  }

  /**
   * Every GET of the document, called with real parameters (a published item, the seed report, demo
   * users): the status is one the operation documents, and a JSON answer is exactly what its schema
   * says — every required property, null only where nullable, dates as dates, closed lists within
   * their enums, and no property the schema does not list. Problems included.
   */
  @TestFactory
  Stream<DynamicTest> everyGetAnswersWhatTheDocumentSays() throws ApiException {
    Map<String, Object> document =
        map(
            new Load(LoadSettings.builder().build())
                .loadFromString(new String(OpenApiDocument.read(), StandardCharsets.UTF_8)));
    Api api = new Api();
    String admin = api.login("demo-admin");
    ItemSummary published =
        new ItemsApi(client(null))
            .listItems("jrjgfwzx", null, null, null, null, null, 1, 1, null)
            .getItems()
            .get(0);
    String preview =
        api.post("api/v1/manage/items/" + published.getId() + "/preview")
            .as(admin)
            .send()
            .json()
            .getString("api");
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("token", preview.substring(preview.lastIndexOf('/') + 1)),
            Map.entry("slug", "jrjgfwzx"),
            Map.entry("year", "2019"),
            Map.entry("code", "notices"),
            Map.entry("username", "demo-editor"),
            Map.entry("number", "1"),
            Map.entry("organisation", "jrjgfwzx"),
            Map.entry("value", published.getIndexNumber()),
            Map.entry("url", "https://old.example.gov.cn/art/2019/1/1/art_1_1.html"),
            Map.entry("role", "EDITOR"),
            Map.entry("file", "999999"),
            // a well-formed tracking number no request has: the documented 404
            Map.entry("tracking", "7QX4-M2PA-9KDT-W3EB"));
    List<DynamicTest> tests = new ArrayList<>();
    map(document.get("paths"))
        .forEach(
            (template, item) -> {
              Object get = map(item).get("get");
              if (get == null) {
                return;
              }
              Map<String, Object> operation = map(get);
              tests.add(
                  DynamicTest.dynamicTest(
                      "GET " + template,
                      () -> {
                        String path = template;
                        List<String> query = new ArrayList<>();
                        for (Object p : parameters(document, operation)) {
                          Map<String, Object> parameter = map(p);
                          String name = (String) parameter.get("name");
                          String value =
                              name.equals("id")
                                  ? (template.contains("imports")
                                      ? "999999"
                                      : "" + published.getId())
                                  : name.equals("attachment") ? "999999" : values.get(name);
                          if ("path".equals(parameter.get("in"))) {
                            path = path.replace("{" + name + "}", Api.encode(value));
                          } else if ("query".equals(parameter.get("in"))
                              && Boolean.TRUE.equals(parameter.get("required"))) {
                            query.add(name + "=" + Api.encode(value));
                          }
                        }
                        Api.Call call =
                            api.get(
                                "api/v1"
                                    + path
                                    + (query.isEmpty() ? "" : "?" + String.join("&", query)));
                        if (template.startsWith("/manage/")) {
                          call = call.as(admin);
                        }
                        Api.Reply reply = call.send();
                        Map<String, Object> responses = map(operation.get("responses"));
                        assertThat(responses)
                            .as("%s answered %s", path, reply)
                            .containsKey(String.valueOf(reply.status()));
                        Map<String, Object> response =
                            resolve(document, responses.get(String.valueOf(reply.status())));
                        Object headers = response.get("headers");
                        for (String header :
                            headers == null ? List.<String>of() : map(headers).keySet()) {
                          if (ALWAYS_SENT.contains(header)) {
                            assertThat(reply.header(header))
                                .as("%s answers %s with %s", path, reply.status(), header)
                                .isPresent();
                          }
                        }
                        Map<String, Object> content = map(response.get("content"));
                        String type = reply.header("Content-Type").orElse("").split(";")[0];
                        assertThat(content).as("%s answered %s", path, type).isNotNull();
                        if (type.endsWith("json")) {
                          assertThat(content).containsKey(type);
                          JsonValue body =
                              Json.createReader(new StringReader(reply.body())).readValue();
                          assertThat(
                                  SchemaCheck.errors(
                                      document, map(content.get(type)).get("schema"), body))
                              .as("%s against its schema", path)
                              .isEmpty();
                        } else {
                          assertThat(content.keySet())
                              .as("%s answered %s", path, type)
                              .anyMatch(
                                  documented ->
                                      documented.equals(type) || documented.equals("*/*"));
                        }
                      }));
            });
    assertThat(tests).hasSizeGreaterThan(30);
    return tests.stream();
  }

  private static List<Object> parameters(
      Map<String, Object> document, Map<String, Object> operation) {
    List<Object> all = new ArrayList<>();
    Object declared = operation.get("parameters");
    for (Object p : declared == null ? List.of() : (List<?>) declared) {
      all.add(resolve(document, p));
    }
    return all;
  }

  private static Map<String, Object> resolve(Map<String, Object> document, Object node) {
    Map<String, Object> m = map(node);
    Object ref = m.get("$ref");
    if (ref == null) {
      return m;
    }
    Object target = document;
    for (String part : ((String) ref).substring(2).split("/")) {
      target = map(target).get(part);
    }
    return map(target);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private String logIn(String username) throws ApiException {
    return new AuthApi(client(null))
        .createToken(new Credentials().username(username).password(server.demoPassword()))
        .getToken();
  }

  private ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(server.base().resolve("api/v1").toString());
    // a property the server sends and the document does not describe fails the call
    client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  private static String header(ApiResponse<?> response, String name) {
    return response.getHeaders().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " header"));
  }
}
