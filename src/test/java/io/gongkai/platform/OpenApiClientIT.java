package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

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
import io.gongkai.client.model.ItemView;
import io.gongkai.client.model.Problem;
import io.gongkai.client.model.ResultJson;
import io.gongkai.client.model.TransitionRequest;
import io.gongkai.client.model.Validity;
import io.gongkai.testing.Api;
import io.gongkai.testing.PayaraMicroServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The API as an integrator meets it: the document at {@code /openapi}, and a Java client generated
 * from it (openapi-generator, library native) that logs in, drafts an item, has it submitted and
 * published, reads it publicly and finds it by search — with no other code between the test and the
 * server.
 */
class OpenApiClientIT {

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

  private String logIn(String username) throws ApiException {
    return new AuthApi(client(null))
        .createToken(new Credentials().username(username).password(server.demoPassword()))
        .getToken();
  }

  private ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(server.base().resolve("api/v1").toString());
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
