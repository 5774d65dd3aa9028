package io.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each role × each editorial action, in its own organisation (jrjgfwzx) and in another
 * (demo-editor2 of jrjyj).
 */
class RightsIT {

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private final Api api = new Api();
  private final Items items = new Items(api);

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "anonymous,     create item,        401",
    "demo-editor,   create item,        201",
    "demo-reviewer, create item,        201",
    "demo-admin,    create item,        201",
    "demo-editor2,  create item,        403",
    "anonymous,     edit draft,         401",
    "demo-editor,   edit draft,         200",
    "demo-editor2,  edit draft,         403",
    "demo-editor,   submit,             200",
    "demo-editor2,  submit,             403",
    "demo-editor,   publish,            403",
    "demo-reviewer, publish,            200",
    "demo-admin,    publish,            200",
    "demo-editor2,  publish,            403",
    "demo-editor,   withdraw,           403",
    "demo-reviewer, withdraw,           200",
    "demo-editor2,  withdraw,           403",
    "demo-editor,   edit published,     403",
    "demo-reviewer, edit published,     200",
    "demo-editor,   read draft,         200",
    "demo-editor2,  read draft,         403",
    "demo-editor2,  list items,         403",
    "demo-editor,   list items,         200",
    "demo-editor,   create channel,     403",
    "demo-reviewer, create channel,     403",
    "demo-admin,    create channel,     201",
    "demo-editor2,  create channel,     403",
    "demo-editor,   read organisation,  403",
    "demo-admin,    read organisation,  200",
    "demo-editor2,  read organisation,  403",
    "demo-editor,   update organisation,403",
    "demo-admin,    update organisation,200",
    "demo-editor,   read audit,         403",
    "demo-admin,    read audit,         200",
    "demo-admin,    create organisation,403",
    "it-admin,      create organisation,201",
    "demo-admin,    grant own,          200",
    "demo-admin,    grant other,        403",
    "demo-editor,   grant own,          403",
    "demo-editor,   upload attachment,  201",
    "demo-editor2,  upload attachment,  403",
    "demo-editor,   delete draft,       204",
    "demo-editor2,  delete draft,       403",
    "demo-editor,   restore revision,   200",
    "demo-editor2,  restore revision,   403",
    "demo-editor2,  read revisions,     403",
    "demo-editor,   reject,             403",
    "demo-reviewer, reject,             200",
    "demo-editor,   update channel,     403",
    "demo-admin,    update channel,     200",
    "demo-editor,   create user,        403",
    "demo-admin,    create user,        201",
    "demo-admin,    read other audit,   403",
    "demo-editor2,  read other audit,   403",
  })
  void rightsFollowTheRoleInTheItemsOwnOrganisation(String who, String action, int expected) {
    String token = who.equals("anonymous") ? null : api.login(who);

    Api.Reply r = perform(action.strip(), token);

    assertThat(r.status()).as(r.toString()).isEqualTo(expected);
    if (r.status() >= 400) {
      assertThat(r.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
  }

  @Test
  void anAgencysAdministratorCannotMoveItInTheTreeWithoutRightsOverBothParents() {
    String agency = api.newOrganisation("mv", "句容市搬迁测试局");
    String other = api.newOrganisation("mv-other", "句容市另一测试局");
    String user = "mv-" + UUID.randomUUID().toString().substring(0, 8);
    String installation = api.login("it-admin");
    api.post("api/v1/manage/users")
        .as(installation)
        .json("{\"username\":\"" + user + "\",\"password\":\"long-enough-password\"}")
        .send();
    for (String org : new String[] {agency, other}) {
      api.post("api/v1/manage/users/" + user + "/grants")
          .as(installation)
          .json("{\"organisation\":\"" + org + "\",\"role\":\"ADMINISTRATOR\"}")
          .send();
    }
    String admin =
        api.post("api/v1/auth/token")
            .json("{\"username\":\"" + user + "\",\"password\":\"long-enough-password\"}")
            .send()
            .json()
            .getString("token");

    assertThat(move(admin, agency, null).status()).as("to the top level").isEqualTo(403);
    assertThat(move(admin, agency, other).status())
        .as("administers the new parent, not the old one (jrszf)")
        .isEqualTo(403);
    assertThat(move(admin, agency, "jrszf").status())
        .as("unchanged parent: an edit")
        .isEqualTo(200);
    assertThat(parentOf(agency)).isEqualTo("jrszf");

    assertThat(move(installation, agency, other).status()).isEqualTo(200);
    assertThat(parentOf(agency)).isEqualTo(other);
    assertThat(move(admin, agency, "jrszf").status())
        .as("administers the old parent, not the new one")
        .isEqualTo(403);
    assertThat(parentOf(agency)).isEqualTo(other);
  }

  private Api.Reply move(String token, String slug, String parent) {
    Api.Reply current =
        api.get("api/v1/manage/organisations/" + slug).as(api.login("it-admin")).send();
    var body = Json.createObjectBuilder(current.json()).remove("version");
    if (parent == null) {
      body.addNull("parent");
    } else {
      body.add("parent", parent);
    }
    return api.put("api/v1/manage/organisations/" + slug)
        .as(token)
        .ifMatch(current.etag())
        .json(body.build())
        .send();
  }

  private String parentOf(String slug) {
    JsonObject o = api.get("api/v1/organisations/" + slug).send().json();
    return o.isNull("parent") ? null : o.getString("parent");
  }

  private Api.Reply perform(String action, String token) {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    String title = Items.uniqueTitle("权限");
    return switch (action) {
      case "create item" ->
          api.post("api/v1/manage/items").as(token).json(Items.draft(title).build()).send();
      case "edit draft" -> {
        Api.Reply d = items.create(editor, Items.draft(title).build());
        yield api.put("api/v1/manage/items/" + Items.id(d))
            .as(token)
            .ifMatch(d.etag())
            .json(Items.draft(title + "改").build())
            .send();
      }
      case "submit" -> {
        Api.Reply d = items.create(editor, Items.draft(title).build());
        yield api.post("api/v1/manage/items/" + Items.id(d) + "/submit")
            .as(token)
            .ifMatch(d.etag())
            .send();
      }
      case "publish" -> {
        Api.Reply d =
            items.act(editor, items.create(editor, Items.draft(title).build()), "submit", null);
        yield api.post("api/v1/manage/items/" + Items.id(d) + "/publish")
            .as(token)
            .ifMatch(d.etag())
            .send();
      }
      case "withdraw" -> {
        Api.Reply p = items.published(title);
        yield api.post("api/v1/manage/items/" + Items.id(p) + "/withdraw")
            .as(token)
            .ifMatch(p.etag())
            .json("{\"reason\":\"测试撤稿\"}")
            .send();
      }
      case "edit published" -> {
        Api.Reply p = items.published(title);
        yield api.put("api/v1/manage/items/" + Items.id(p))
            .as(token)
            .ifMatch(p.etag())
            .json(Items.draft(title + "更正").build())
            .send();
      }
      case "read draft" ->
          api.get(
                  "api/v1/manage/items/"
                      + Items.id(items.create(editor, Items.draft(title).build())))
              .as(token)
              .send();
      case "list items" -> api.get("api/v1/manage/items?organisation=jrjgfwzx").as(token).send();
      case "create channel" ->
          api.post("api/v1/manage/organisations/jrjgfwzx/channels")
              .as(token)
              .json(
                  "{\"code\":\"c-"
                      + UUID.randomUUID().toString().substring(0, 8)
                      + "\",\"name\":\"专题\",\"parent\":\"proactive\"}")
              .send();
      case "update organisation" -> {
        Api.Reply current =
            api.get("api/v1/manage/organisations/jrjgfwzx").as(api.login("demo-admin")).send();
        yield api.put("api/v1/manage/organisations/jrjgfwzx")
            .as(token)
            .ifMatch(current.etag())
            .json(Json.createObjectBuilder(current.json()).remove("version").build())
            .send();
      }
      case "read organisation" -> api.get("api/v1/manage/organisations/jrjgfwzx").as(token).send();
      case "read audit" -> api.get("api/v1/manage/audit?organisation=jrjgfwzx").as(token).send();
      case "create organisation" ->
          api.post("api/v1/manage/organisations")
              .as(token)
              .json(
                  Json.createObjectBuilder()
                      .add("slug", "org-" + UUID.randomUUID().toString().substring(0, 8))
                      .add("code", String.valueOf(100000000 + (int) (Math.random() * 899999999)))
                      .add("name", "句容市测试局")
                      .build())
              .send();
      case "grant own", "grant other" -> {
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("api/v1/manage/users")
            .as(api.login("it-admin"))
            .json(
                "{\"username\":\""
                    + user
                    + "\",\"displayName\":\"测试\",\"password\":\"long-enough-password\"}")
            .send();
        String org = action.equals("grant own") ? "jrjgfwzx" : "jrjyj";
        yield api.post("api/v1/manage/users/" + user + "/grants")
            .as(token)
            .json("{\"organisation\":\"" + org + "\",\"role\":\"EDITOR\"}")
            .send();
      }
      case "upload attachment" -> {
        Api.Reply d = items.create(editor, Items.draft(title).build());
        yield api.post("api/v1/manage/items/" + Items.id(d) + "/attachments?name=a.png")
            .as(token)
            .ifMatch(d.etag())
            .bytes(PNG, "image/png")
            .send();
      }
      case "delete draft" -> {
        Api.Reply d = items.create(editor, Items.draft(title).build());
        yield api.delete("api/v1/manage/items/" + Items.id(d)).as(token).ifMatch(d.etag()).send();
      }
      case "restore revision", "read revisions" -> {
        Api.Reply d = items.create(editor, Items.draft(title).build());
        Api.Reply e =
            api.put("api/v1/manage/items/" + Items.id(d))
                .as(editor)
                .ifMatch(d.etag())
                .json(Items.draft(title + "二").build())
                .send();
        yield action.equals("read revisions")
            ? api.get("api/v1/manage/items/" + Items.id(d) + "/revisions").as(token).send()
            : api.post("api/v1/manage/items/" + Items.id(d) + "/revisions/1/restore")
                .as(token)
                .ifMatch(e.etag())
                .send();
      }
      case "reject" -> {
        Api.Reply d =
            items.act(editor, items.create(editor, Items.draft(title).build()), "submit", null);
        yield api.post("api/v1/manage/items/" + Items.id(d) + "/reject")
            .as(token)
            .ifMatch(d.etag())
            .json("{\"reason\":\"请补充文号\"}")
            .send();
      }
      case "update channel" -> {
        Api.Reply c =
            api.post("api/v1/manage/organisations/jrjgfwzx/channels")
                .as(api.login("demo-admin"))
                .json(
                    "{\"code\":\"u-"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"name\":\"专栏\"}")
                .send();
        yield api.put("api/v1/manage/channels/" + c.json().getJsonNumber("id"))
            .as(token)
            .ifMatch(c.etag())
            .json("{\"name\":\"改名专栏\"}")
            .send();
      }
      case "create user" ->
          api.post("api/v1/manage/users")
              .as(token)
              .json(
                  "{\"username\":\"n-"
                      + UUID.randomUUID().toString().substring(0, 8)
                      + "\",\"password\":\"long-enough-password\"}")
              .send();
      case "read other audit" -> api.get("api/v1/manage/audit?organisation=jrjyj").as(token).send();
      default -> throw new IllegalArgumentException(action);
    };
  }
}
