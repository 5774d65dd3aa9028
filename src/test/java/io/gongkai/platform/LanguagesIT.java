package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Everything a client reads is Chinese unless its Accept-Language prefers English: problem
 * documents (title, detail, each field's reason) and the rule findings of a report; the answer says
 * which language it is in and that it varies with Accept-Language. Types and statuses never change.
 */
class LanguagesIT {

  private final Api api = new Api();

  @Nested
  class NotFound {

    @Test
    void isChineseByDefault() {
      Api.Reply r = api.get("api/v1/items/987654321").send();

      assertProblem(r, 404, "not-found", "zh-CN");
      assertThat(r.json().getString("title")).isEqualTo("未找到");
      assertThat(r.json().getString("detail")).isEqualTo("信息 987654321 不存在");
    }

    @Test
    void isEnglishWhenAskedFor() {
      Api.Reply r = api.get("api/v1/items/987654321").header("Accept-Language", "en").send();

      assertProblem(r, 404, "not-found", "en");
      assertThat(r.json().getString("title")).isEqualTo("Not found");
      assertThat(r.json().getString("detail")).isEqualTo("Item 987654321 does not exist");
    }

    @Test
    void staysChineseWhenChineseIsPreferred() {
      Api.Reply r =
          api.get("api/v1/items/987654321").header("Accept-Language", "zh-CN,en;q=0.5").send();

      assertProblem(r, 404, "not-found", "zh-CN");
      assertThat(r.json().getString("title")).isEqualTo("未找到");
    }

    @Test
    void ofAnAddressNoResourceServesIsTranslatedToo() {
      Api.Reply zh = api.get("api/v1/no-such-thing").send();
      Api.Reply en = api.get("api/v1/no-such-thing").header("Accept-Language", "en-US").send();

      assertProblem(zh, 404, "not-found", "zh-CN");
      assertProblem(en, 404, "not-found", "en");
      assertThat(zh.json().getString("title")).isEqualTo("未找到");
      assertThat(en.json().getString("title")).isEqualTo("Not found");
    }
  }

  @Nested
  class Validation {

    @Test
    void namesTheFieldAndGivesTheReasonInChineseByDefault() {
      Api.Reply r = api.get("api/v1/items?organisation=jrjgfwzx&size=0").send();

      assertProblem(r, 400, "validation", "zh-CN");
      assertThat(r.json().getString("title")).isEqualTo("输入有误");
      assertThat(r.json().getString("detail")).isEqualTo("size：须在 1 至 100 之间");
      JsonObject field = r.json().getJsonArray("fields").getJsonObject(0);
      assertThat(field.getString("name")).isEqualTo("size");
      assertThat(field.getString("reason")).isEqualTo("须在 1 至 100 之间");
    }

    @Test
    void isEnglishWhenAskedFor() {
      Api.Reply r =
          api.get("api/v1/items?organisation=jrjgfwzx&size=0")
              .header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.1")
              .send();

      assertProblem(r, 400, "validation", "en");
      assertThat(r.json().getString("title")).isEqualTo("Invalid input");
      JsonObject field = r.json().getJsonArray("fields").getJsonObject(0);
      assertThat(field.getString("name")).isEqualTo("size");
      assertThat(field.getString("reason")).isEqualTo("from 1 to 100");
    }

    @Test
    void ofAnEditorsWriteIsTranslatedToo() {
      String editor = api.login("demo-editor");
      String body = "{\"organisation\":\"jrjgfwzx\",\"channel\":\"notices\"}";

      Api.Reply zh = api.post("api/v1/manage/items").as(editor).json(body).send();
      Api.Reply en =
          api.post("api/v1/manage/items")
              .as(editor)
              .header("Accept-Language", "en")
              .json(body)
              .send();

      assertProblem(zh, 400, "validation", "zh-CN");
      assertProblem(en, 400, "validation", "en");
      assertThat(zh.json().getJsonArray("fields").toString())
          .contains("\"name\":\"title\"")
          .contains("必填");
      assertThat(en.json().getJsonArray("fields").toString())
          .contains("\"name\":\"title\"")
          .contains("required");
    }
  }

  @Test
  void unauthenticatedIsTranslated() {
    Api.Reply zh = api.get("api/v1/manage/me").send();
    Api.Reply en = api.get("api/v1/manage/me").header("Accept-Language", "en").send();

    assertProblem(zh, 401, "unauthenticated", "zh-CN");
    assertProblem(en, 401, "unauthenticated", "en");
    assertThat(zh.json().getString("title")).isEqualTo("需要登录");
    assertThat(en.json().getString("title")).isEqualTo("Authentication required");
  }

  @Test
  void aPublicReportVariesWithTheLanguageOfItsFindings() {
    Api.Reply zh = api.get("api/v1/reports/jrjgfwzx/2019").send();
    Api.Reply en = api.get("api/v1/reports/jrjgfwzx/2019").header("Accept-Language", "en").send();

    assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
    assertThat(zh.header("Content-Language")).hasValue("zh-CN");
    assertThat(en.header("Content-Language")).hasValue("en");
    assertThat(zh.header("Vary"))
        .hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
    if (!zh.json().getJsonArray("checks").isEmpty()) {
      assertThat(zh.etag()).isNotEqualTo(en.etag());
      assertThat(zh.json().getJsonArray("checks").getJsonObject(0).getString("message"))
          .isNotEqualTo(en.json().getJsonArray("checks").getJsonObject(0).getString("message"));
    }
  }

  @Test
  void theLandingPageIsChineseUnlessEnglishIsPreferred() {
    Api.Reply zh = api.get("").send();
    Api.Reply en = api.get("").header("Accept-Language", "en-US,en;q=0.9").send();
    Api.Reply index = api.get("index.html").header("Accept-Language", "en").send();

    assertThat(zh.status()).as(zh.toString()).isEqualTo(200);
    assertThat(zh.body()).contains("<html lang=\"zh-CN\">").contains("管理控制台");
    assertThat(zh.header("Content-Language")).hasValue("zh-CN");
    assertThat(en.status()).as(en.toString()).isEqualTo(200);
    assertThat(en.body()).contains("<html lang=\"en\">").contains("Editor console");
    assertThat(en.header("Content-Language")).hasValue("en");
    assertThat(en.header("Vary"))
        .hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
    assertThat(index.body()).contains("Editor console");
  }

  private static void assertProblem(Api.Reply r, int status, String type, String language) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.json().getString("type")).isEqualTo("https://gongkai.io/problems/" + type);
    assertThat(r.json().getInt("status")).isEqualTo(status);
    assertThat(r.header("Content-Language")).hasValue(language);
    assertThat(r.header("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
  }
}
