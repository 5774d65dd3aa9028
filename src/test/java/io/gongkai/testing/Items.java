package io.gongkai.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Makes the items a test needs through the editorial API, and moves them through the workflow. */
public final class Items {

  private final Api api;

  public Items(Api api) {
    this.api = api;
  }

  /** A valid new item of the 机关服务中心, titled uniquely so tests never see each other's data. */
  public static JsonObjectBuilder draft(String title) {
    return Json.createObjectBuilder()
        .add("organisation", "jrjgfwzx")
        .add("title", title)
        .add("body", "<p>" + title + "的正文。</p>")
        .add("channel", "notices")
        .add("genre", "通知")
        .add("keywords", Json.createArrayBuilder().add("测试"));
  }

  public static String uniqueTitle(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates a draft as {@code token}; returns the editorial view (with version). */
  public Api.Reply create(String token, JsonObject item) {
    Api.Reply r = api.post("api/v1/manage/items").as(token).json(item).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r;
  }

  /** Runs a workflow action and expects success. */
  public Api.Reply act(String token, Api.Reply current, String action, String body) {
    long id = id(current);
    Api.Call call =
        api.post("api/v1/manage/items/" + id + "/" + action).as(token).ifMatch(current.etag());
    if (body != null) {
      call.json(body);
    }
    Api.Reply r = call.send();
    if (r.status() != 200) {
      // what the item is now tells a refused action from one that ran twice
      Api.Reply now = api.get("api/v1/manage/items/" + id).as(token).send();
      Api.Reply revisions = api.get("api/v1/manage/items/" + id + "/revisions").as(token).send();
      assertThat(r.status())
          .as(
              action
                  + " with version "
                  + current.etag()
                  + ": "
                  + r
                  + "\nnow: "
                  + now
                  + "\n"
                  + revisions)
          .isEqualTo(200);
    }
    return r;
  }

  /** Creates, submits and publishes an item now; returns the published editorial view. */
  public Api.Reply published(String title) {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    Api.Reply draft = create(editor, draft(title).build());
    Api.Reply pending = act(editor, draft, "submit", null);
    return act(reviewer, pending, "publish", null);
  }

  public static long id(Api.Reply view) {
    return view.json().getJsonObject("item").getJsonNumber("id").longValue();
  }
}
