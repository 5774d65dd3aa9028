package io.gongkai.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelsIT {

  private final Api api = new Api();

  @Test
  void newOrganisationGetsTheStandardCatalogue() {
    String root = api.login("it-admin");
    String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);

    Api.Reply created =
        api.post("api/v1/manage/organisations")
            .as(root)
            .json(
                "{\"slug\":\""
                    + slug
                    + "\",\"code\":\"91321183MB"
                    + (int) (Math.random() * 90000000 + 10000000)
                    + "\",\"name\":\"句容市数据局\",\"parent\":\"jrszf\"}")
            .send();

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String catalogue = api.get("api/v1/organisations/" + slug + "/catalogue").send().body();
    assertThat(catalogue)
        .contains(
            "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "机构职能", "规范性文件", "财政预决算", "政府信息公开工作年度报告", "依申请公开");
  }

  @Test
  void channelIsCreatedRenamedMovedAndDeletedOnlyWhenEmpty() {
    String admin = api.login("demo-admin");
    String code = "topic-" + UUID.randomUUID().toString().substring(0, 6);
    Api.Reply created =
        api.post("api/v1/manage/organisations/jrjgfwzx/channels")
            .as(admin)
            .json(
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"专题专栏\",\"parent\":\"proactive\",\"position\":30}")
            .send();
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();

    Api.Reply renamed =
        api.put("api/v1/manage/channels/" + id)
            .as(admin)
            .ifMatch(created.etag())
            .json("{\"name\":\"重点专题\",\"parent\":\"work-news\",\"position\":0}")
            .send();
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    JsonObject channel = renamed.json();
    assertThat(channel.getString("name")).isEqualTo("重点专题");
    assertThat(channel.getString("parent")).isEqualTo("work-news");

    String editor = api.login("demo-editor");
    Api.Reply item =
        new Items(api)
            .create(editor, Items.draft(Items.uniqueTitle("专题")).add("channel", code).build());
    Api.Reply refused =
        api.delete("api/v1/manage/channels/" + id).as(admin).ifMatch(renamed.etag()).send();
    assertThat(refused.status()).isEqualTo(409);
    assertThat(
            api.delete("api/v1/manage/items/" + Items.id(item))
                .as(editor)
                .ifMatch(item.etag())
                .send()
                .status())
        .isEqualTo(204);

    Api.Reply stale =
        api.delete("api/v1/manage/channels/" + id).as(admin).ifMatch(created.etag()).send();
    Api.Reply deleted =
        api.delete("api/v1/manage/channels/" + id).as(admin).ifMatch(renamed.etag()).send();

    assertThat(stale.status()).isEqualTo(412);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(api.get("api/v1/organisations/jrjgfwzx/catalogue").send().body())
        .doesNotContain(code);
  }

  @Test
  void channelCannotBeMovedBelowItself() {
    String admin = api.login("demo-admin");
    String code = "loop-" + UUID.randomUUID().toString().substring(0, 6);
    Api.Reply parent =
        api.post("api/v1/manage/organisations/jrjgfwzx/channels")
            .as(admin)
            .json("{\"code\":\"" + code + "\",\"name\":\"上级\"}")
            .send();
    api.post("api/v1/manage/organisations/jrjgfwzx/channels")
        .as(admin)
        .json("{\"code\":\"" + code + "-child\",\"name\":\"下级\",\"parent\":\"" + code + "\"}")
        .send();

    Api.Reply r =
        api.put("api/v1/manage/channels/" + parent.json().getJsonNumber("id"))
            .as(admin)
            .ifMatch(parent.etag())
            .json("{\"name\":\"上级\",\"parent\":\"" + code + "-child\"}")
            .send();

    assertThat(r.status()).isEqualTo(400);
  }
}
