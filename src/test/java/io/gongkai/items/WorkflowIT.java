package io.gongkai.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkflowIT {

  private final Api api = new Api();
  private final Items items = new Items(api);

  @Test
  void draftIsSubmittedPublishedWithdrawnAndRepublishedWithTheSameIndexNumber() {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    String title = Items.uniqueTitle("工作流");

    Api.Reply draft = items.create(editor, Items.draft(title).build());
    long id = Items.id(draft);
    assertThat(draft.json().getString("state")).isEqualTo("DRAFT");
    assertThat(draft.json().getJsonObject("item").isNull("indexNumber")).isTrue();
    assertThat(api.get("api/v1/items/" + id).send().status()).isEqualTo(404);

    Api.Reply pending = items.act(editor, draft, "submit", null);
    assertThat(pending.json().getString("state")).isEqualTo("PENDING_REVIEW");
    assertThat(api.get("api/v1/items/" + id).send().status()).isEqualTo(404);

    Api.Reply published = items.act(reviewer, pending, "publish", null);
    String indexNumber = published.json().getJsonObject("item").getString("indexNumber");
    int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    assertThat(indexNumber).matches("014119467/" + year + "-\\d{5}");
    JsonObject page = api.get("api/v1/items/" + id).send().json();
    assertThat(page.getString("title")).isEqualTo(title);
    assertThat(page.getString("indexNumber")).isEqualTo(indexNumber);
    assertThat(
            api.get("api/v1/items/by-index-number?value=" + Api.encode(indexNumber))
                .send()
                .json()
                .getJsonNumber("id")
                .longValue())
        .isEqualTo(id);
    String list = "api/v1/items?organisation=jrjgfwzx&channel=notices&size=100";
    assertThat(api.get(list).send().body()).contains(title);

    Api.Reply withdrawn = items.act(reviewer, published, "withdraw", "{\"reason\":\"内容有误\"}");
    assertThat(withdrawn.json().getString("state")).isEqualTo("WITHDRAWN");
    assertThat(api.get("api/v1/items/" + id).send().status()).isEqualTo(404);
    assertThat(
            api.get("api/v1/items/by-index-number?value=" + Api.encode(indexNumber))
                .send()
                .status())
        .isEqualTo(404);
    // the same page asked again: the answer kept for it was made before the withdrawal
    assertThat(api.get(list).send().body()).doesNotContain(title);

    Api.Reply republished = items.act(reviewer, withdrawn, "publish", null);
    assertThat(republished.json().getJsonObject("item").getString("indexNumber"))
        .isEqualTo(indexNumber);
    assertThat(api.get("api/v1/items/" + id).send().status()).isEqualTo(200);
    assertThat(api.get(list).send().body()).contains(title);
  }

  @Test
  void scheduledItemStaysHiddenUntilItsTimeThenAppears() {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    String title = Items.uniqueTitle("定时发布");
    Api.Reply draft = items.create(editor, Items.draft(title).build());
    long id = Items.id(draft);
    Instant at = Instant.now().plusSeconds(4);

    Api.Reply scheduled = items.act(reviewer, draft, "publish", "{\"at\":\"" + at + "\"}");

    assertThat(scheduled.json().getBoolean("scheduled")).isTrue();
    assertThat(api.get("api/v1/items/" + id).send().status()).isEqualTo(404);
    assertThat(api.get("api/v1/items?organisation=jrjgfwzx&size=100").send().body())
        .doesNotContain(title);
    assertThat(api.get("api/v1/organisations/jrjgfwzx/channels/notices/feed").send().body())
        .doesNotContain(title);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> api.get("api/v1/items/" + id).send().status() == 200);
    assertThat(api.get("api/v1/items?organisation=jrjgfwzx&size=100").send().body())
        .contains(title);
  }

  @Test
  void expiredItemDisappearsAtItsExpiry() {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    String title = Items.uniqueTitle("限时公开");
    Instant expires = Instant.now().plusSeconds(5);
    Api.Reply draft =
        items.create(editor, Items.draft(title).add("expiresAt", expires.toString()).build());
    long id = Items.id(draft);

    items.act(reviewer, draft, "publish", null);

    assertThat(api.get("api/v1/items/" + id).send().status()).isEqualTo(200);
    assertThat(api.get("api/v1/items?organisation=jrjgfwzx&size=100").send().body())
        .contains(title);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> api.get("api/v1/items/" + id).send().status() == 404);
    assertThat(api.get("api/v1/items?organisation=jrjgfwzx&size=100").send().body())
        .doesNotContain(title);
    await()
        .atMost(Duration.ofSeconds(45))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> api.get("api/v1/manage/items/" + id).as(editor).send().json().getString("state"),
            "WITHDRAWN"::equals);
  }

  @Test
  void staleWriteIsRefusedWith412AndChangesNothing() {
    String editor = api.login("demo-editor");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("并发")).build());
    long id = Items.id(draft);
    Api.Reply first =
        api.put("api/v1/manage/items/" + id)
            .as(editor)
            .ifMatch(draft.etag())
            .json(Items.draft("第一次修改").build())
            .send();
    assertThat(first.status()).isEqualTo(200);

    Api.Reply second =
        api.put("api/v1/manage/items/" + id)
            .as(editor)
            .ifMatch(draft.etag())
            .json(Items.draft("第二次修改（基于旧版本）").build())
            .send();

    assertThat(second.status()).isEqualTo(412);
    assertThat(second.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(
            api.get("api/v1/manage/items/" + id)
                .as(editor)
                .send()
                .json()
                .getJsonObject("item")
                .getString("title"))
        .isEqualTo("第一次修改");
  }

  @Test
  void writeWithoutIfMatchIsRefusedWith428() {
    String editor = api.login("demo-editor");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("无版本")).build());

    Api.Reply r =
        api.put("api/v1/manage/items/" + Items.id(draft))
            .as(editor)
            .json(Items.draft("改").build())
            .send();

    assertThat(r.status()).isEqualTo(428);
  }

  @Test
  void transitionNotAllowedFromCurrentStateIsAConflict() {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("状态")).build());

    Api.Reply r =
        api.post("api/v1/manage/items/" + Items.id(draft) + "/withdraw")
            .as(reviewer)
            .ifMatch(draft.etag())
            .json("{\"reason\":\"x\"}")
            .send();

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().getString("type")).endsWith("/transition-not-allowed");
    assertThat(
            api.get("api/v1/manage/items/" + Items.id(draft))
                .as(editor)
                .send()
                .json()
                .getString("state"))
        .isEqualTo("DRAFT");
  }

  @Test
  void everySaveKeepsARevisionThatCanBeRestored() {
    String editor = api.login("demo-editor");
    Api.Reply draft = items.create(editor, Items.draft("原标题").build());
    long id = Items.id(draft);
    Api.Reply edited =
        api.put("api/v1/manage/items/" + id)
            .as(editor)
            .ifMatch(draft.etag())
            .json(
                Items.draft("新标题")
                    .add("body", "<p>原标题的正文。</p>")
                    .add("documentNumber", "句机服〔2025〕7号")
                    .build())
            .send();

    var revisions =
        api.get("api/v1/manage/items/" + id + "/revisions").as(editor).send().jsonArray();
    assertThat(revisions).hasSize(2);
    assertThat(revisions.getJsonObject(0).getJsonArray("changedFields").toString())
        .contains("title")
        .contains("documentNumber")
        .doesNotContain("body");
    assertThat(revisions.getJsonObject(0).getString("author")).isEqualTo("demo-editor");

    Api.Reply restored =
        api.post("api/v1/manage/items/" + id + "/revisions/1/restore")
            .as(editor)
            .ifMatch(edited.etag())
            .send();

    assertThat(restored.status()).isEqualTo(200);
    assertThat(restored.json().getJsonObject("item").getString("title")).isEqualTo("原标题");
    assertThat(restored.json().getJsonObject("item").isNull("documentNumber")).isTrue();
    assertThat(api.get("api/v1/manage/items/" + id + "/revisions").as(editor).send().jsonArray())
        .hasSize(3);
  }

  @Test
  void editorialActionsAreInTheAuditLog() {
    String title = Items.uniqueTitle("审计");
    Api.Reply published = items.published(title);
    String admin = api.login("demo-admin");

    var entries =
        api.get("api/v1/manage/audit?organisation=jrjgfwzx&limit=50").as(admin).send().jsonArray();

    String id = String.valueOf(Items.id(published));
    assertThat(
            entries.stream()
                .map(v -> v.asJsonObject())
                .filter(e -> id.equals(e.getString("targetId", null)))
                .map(e -> e.getString("action") + "/" + e.getString("actor")))
        .contains(
            "item.create/demo-editor", "item.submit/demo-editor", "item.publish/demo-reviewer");
    assertThat(entries.getJsonObject(0).getString("address")).isEqualTo("127.0.0.1");
  }
}
