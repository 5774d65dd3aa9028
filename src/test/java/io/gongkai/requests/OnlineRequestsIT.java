package io.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.OnlineForms;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The public online request form (网上申请) over HTTP, as a specification: only an organisation that
 * switched it on takes requests; a request sent gets a tracking number and waits (待确认) until an
 * editor of that organisation confirms it into the register (第三十一条) or voids it; the tracking
 * number shows the state as the register's clock and outcome have it, and nothing personal; the
 * form is bounded, checked field by field and limited per client address and per organisation.
 */
class OnlineRequestsIT {

  private static final Api API = new Api();
  private static final OnlineForms FORMS = new OnlineForms(API.server());
  private static final String PASSWORD = "online-password-1";
  private static final String TRACKING = "[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";
  private static String install;
  private static String org;
  private static String other;
  private static String off;
  private static String editor;
  private static String otherEditor;

  @BeforeAll
  static void organisations() {
    install = API.login("it-admin");
    org = API.newOrganisation("online", "句容市网上申请测试局");
    other = API.newOrganisation("online-other", "句容市另一网上申请局");
    off = API.newOrganisation("online-off", "句容市未开通网上申请局");
    acceptOnline(org);
    acceptOnline(other);
    editor = person(org, "EDITOR");
    otherEditor = person(other, "EDITOR");
  }

  static JsonObjectBuilder form(String name, String subject) {
    return Json.createObjectBuilder()
        .add("applicantType", "naturalPerson")
        .add("name", name)
        .add("identity", "320000199001011234")
        .add("phone", "13812345678")
        .add("email", "applicant@example.com")
        .add("postalAddress", "江苏省句容市华阳镇某路1号")
        .add("subject", subject)
        .add("wantedForm", "electronic")
        .add("delivery", "email");
  }

  static Api.Reply submit(String slug, JsonObjectBuilder body) {
    return FORMS.submit(OnlineForms.freshAddress(), slug, body.build().toString());
  }

  static String tracking(Api.Reply submitted) {
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    return submitted.json().getString("trackingNumber");
  }

  static JsonObject status(String tracking) {
    Api.Reply r = FORMS.status(OnlineForms.freshAddress(), tracking);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.header("Cache-Control")).hasValue("no-store");
    return r.json();
  }

  static JsonObject pending(String token, String slug, String tracking) {
    Api.Reply list = API.get(submissions(slug)).as(token).send();
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("trackingNumber").equals(tracking))
        .findFirst()
        .orElseThrow(() -> new AssertionError(tracking + " not listed: " + list.body()));
  }

  static String submissions(String slug) {
    return "api/v1/manage/organisations/" + slug + "/requests/submissions";
  }

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  @Nested
  class TheSetting {

    @Test
    void anOrganisationWithoutOnlineRequestsRefusesThemInChinese() {
      Api.Reply refused = submit(off, form("张三", "某项信息"));

      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(refused.json().getString("type")).endsWith("/online-requests-off");
      assertThat(refused.json().getString("detail")).contains("句容市未开通网上申请局", "未开通网上申请");
      assertThat(API.get("api/v1/organisations/" + off).send().json().getBoolean("requestsOnline"))
          .isFalse();
      assertThat(API.get("api/v1/organisations/" + org).send().json().getBoolean("requestsOnline"))
          .isTrue();
    }
  }

  @Nested
  class FromSubmissionToAnswer {

    @Test
    void aSubmissionGetsATrackingNumberAndWaitsForConfirmation() {
      Api.Reply submitted = submit(org, form("李四", "2025年本局公务接待费用支出情况"));

      String tracking = tracking(submitted);
      assertThat(tracking).matches(TRACKING);
      assertThat(submitted.header("Location")).hasValue("/api/v1/request-status/" + tracking);
      assertThat(submitted.header("Cache-Control")).hasValue("no-store");
      assertThat(submitted.json().getString("stateLabel")).isEqualTo("待确认");
      assertThat(submitted.json().getString("next")).contains("第三十一条", "20 个工作日");
      JsonObject status = status(tracking);
      assertThat(status.getString("state")).isEqualTo("PENDING");
      assertThat(status.getString("stateLabel")).isEqualTo("待确认");
      assertThat(status.getString("organisationName")).isEqualTo("句容市网上申请测试局");
      assertThat(status.getString("submittedOn")).isEqualTo(today());
      assertThat(status(tracking.toLowerCase().replace("-", "%20")).getString("trackingNumber"))
          .as("case, spaces and dashes do not matter")
          .isEqualTo(tracking);
    }

    @Test
    void anAcceptedRequestIsInTheRegisterAndItsStatusFollowsTheRegistersClockAndOutcome() {
      String tracking = tracking(submit(org, form("王五", "2025年本局车辆购置情况")));
      JsonObject waiting = pending(editor, org, tracking);
      assertThat(waiting.getJsonObject("applicant").getString("name")).isEqualTo("王五");

      Api.Reply accepted =
          API.post(submissions(org) + "/" + waiting.getJsonNumber("id") + "/accept")
              .as(editor)
              .send();

      assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
      assertThat(accepted.json().getString("state")).isEqualTo("ACCEPTED");
      String request =
          "api/v1/manage/organisations/"
              + org
              + "/requests/"
              + accepted.json().getJsonNumber("request");
      Api.Reply registered = API.get(request).as(editor).send();
      assertThat(registered.json().getString("channel")).isEqualTo("online");
      assertThat(registered.json().getString("receivedOn")).isEqualTo(today());
      assertThat(registered.json().getJsonObject("applicant").getString("name")).isEqualTo("王五");
      assertThat(registered.json().getString("subject")).isEqualTo("2025年本局车辆购置情况");
      assertThat(registered.json().getString("wantedForm")).contains("电子文本", "电子邮件");
      JsonObject acceptedStatus = status(tracking);
      assertThat(acceptedStatus.getString("stateLabel")).isEqualTo("已受理");
      assertThat(acceptedStatus.getString("receivedOn")).isEqualTo(today());
      assertThat(acceptedStatus.getString("dueOn"))
          .isEqualTo(registered.json().getJsonObject("clock").getString("dueOn"));

      Api.Reply answered =
          API.post(request + "/answer")
              .as(editor)
              .ifMatch(registered.etag())
              .json("{\"outcome\":\"withheld.stateSecret\",\"repliedOn\":\"" + today() + "\"}")
              .send();
      assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
      JsonObject answeredStatus = status(tracking);
      assertThat(answeredStatus.getString("state")).isEqualTo("ANSWERED");
      assertThat(answeredStatus.getString("stateLabel")).isEqualTo("已答复");
      assertThat(answeredStatus.getString("repliedOn")).isEqualTo(today());
      assertThat(answeredStatus.getString("outcome")).isEqualTo("withheld.stateSecret");
      assertThat(answeredStatus.getString("outcomeLabel"))
          .isEqualTo(answered.json().getString("outcomeLabel"))
          .contains("不予公开", "属于国家秘密");
      assertThat(answeredStatus.isNull("dueOn")).isTrue();

      Api.Reply closed = API.post(request + "/close").as(install).ifMatch(answered.etag()).send();
      assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
      assertThat(status(tracking).getString("stateLabel")).isEqualTo("已办结");
    }

    @Test
    void theEditorMayNameAnEarlierReceiptDayButNotOneBeforeTheRequestWasSent() {
      String tracking = tracking(submit(org, form("钱七", "2025年本局会议费支出情况")));
      long id = pending(editor, org, tracking).getJsonNumber("id").longValue();

      Api.Reply early =
          API.post(submissions(org) + "/" + id + "/accept")
              .as(editor)
              .json("{\"receivedOn\":\"" + LocalDate.parse(today()).minusDays(1) + "\"}")
              .send();

      assertThat(early.status()).as(early.toString()).isEqualTo(400);
      assertThat(early.json().getJsonArray("fields").getJsonObject(0).getString("name"))
          .isEqualTo("receivedOn");
      assertThat(pending(editor, org, tracking).getString("state")).isEqualTo("PENDING");
    }

    @Test
    void aVoidedSubmissionShowsItsReasonAndCannotBeAcceptedAfterwards() {
      String tracking = tracking(submit(org, form("赵六", "重复的申请")));
      long id = pending(editor, org, tracking).getJsonNumber("id").longValue();

      Api.Reply withoutReason =
          API.post(submissions(org) + "/" + id + "/void").as(editor).json("{}").send();
      Api.Reply voided =
          API.post(submissions(org) + "/" + id + "/void")
              .as(editor)
              .json("{\"reason\":\"duplicate\",\"note\":\"与前一件相同\"}")
              .send();
      Api.Reply acceptedAfter = API.post(submissions(org) + "/" + id + "/accept").as(editor).send();

      assertThat(withoutReason.status()).isEqualTo(400);
      assertThat(withoutReason.json().getJsonArray("fields").getJsonObject(0).getString("name"))
          .isEqualTo("reason");
      assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
      assertThat(acceptedAfter.status()).isEqualTo(409);
      JsonObject status = status(tracking);
      assertThat(status.getString("stateLabel")).isEqualTo("已作废");
      assertThat(status.getString("voidReasonLabel")).isEqualTo("重复提交");
      assertThat(status.toString()).doesNotContain("与前一件相同");
      Api.Reply audit = API.get("api/v1/manage/audit?organisation=" + org).as(install).send();
      assertThat(audit.body()).contains("request.submission-void").doesNotContain("赵六");
    }
  }

  @Nested
  class Privacy {

    @Test
    void theStatusHoldsNoNameIdentityContactOrTextOfTheRequest() {
      String unique = UUID.randomUUID().toString().substring(0, 6);
      String name = "隐私" + unique;
      String identity = "32000019800101" + unique.substring(0, 4);
      String phone = "0511-8" + (1000000 + Math.abs(unique.hashCode() % 8999999));
      String subject = "关于" + unique + "项目的审批文件";
      String tracking =
          tracking(
              submit(
                  org,
                  form(name, subject)
                      .add("identity", identity)
                      .add("phone", phone)
                      .add("email", unique + "@example.com")));
      String pendingBody = FORMS.status(OnlineForms.freshAddress(), tracking).body();
      long id = pending(editor, org, tracking).getJsonNumber("id").longValue();
      API.post(submissions(org) + "/" + id + "/accept").as(editor).send();

      String acceptedBody = FORMS.status(OnlineForms.freshAddress(), tracking).body();

      for (String body : List.of(pendingBody, acceptedBody)) {
        assertThat(body)
            .contains(tracking)
            .doesNotContain(name, identity, phone, subject, unique + "@example.com");
      }
      Api.Reply audit = API.get("api/v1/manage/audit?organisation=" + org).as(install).send();
      assertThat(audit.body()).contains("request.submission-accept").doesNotContain(name);
    }

    @Test
    void anotherOrganisationsEditorCanNeitherSeeNorAcceptIt() {
      String tracking = tracking(submit(org, form("孙八", "另一机构不应看到的申请")));
      long id = pending(editor, org, tracking).getJsonNumber("id").longValue();

      Api.Reply list = API.get(submissions(org)).as(otherEditor).send();
      Api.Reply accept = API.post(submissions(org) + "/" + id + "/accept").as(otherEditor).send();
      Api.Reply viaOwn = API.post(submissions(other) + "/" + id + "/accept").as(otherEditor).send();
      Api.Reply own = API.get(submissions(other)).as(otherEditor).send();
      Api.Reply anonymous = API.get(submissions(org)).send();

      assertThat(list.status()).isEqualTo(403);
      assertThat(accept.status()).isEqualTo(403);
      assertThat(viaOwn.status()).isEqualTo(404);
      assertThat(own.status()).isEqualTo(200);
      assertThat(own.body()).doesNotContain(tracking, "孙八");
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(pending(editor, org, tracking).getString("state")).isEqualTo("PENDING");
    }

    @Test
    void submissionsAreNeverInPublicListsSearchOrFeeds() {
      String word = "网申" + UUID.randomUUID().toString().substring(0, 8);
      String tracking = tracking(submit(org, form("周九", word + "的相关文件")));
      long id = pending(editor, org, tracking).getJsonNumber("id").longValue();
      API.post(submissions(org) + "/" + id + "/accept").as(editor).send();

      // as typed: a search that finds nothing may otherwise answer with pages holding part of the
      // query, or a correction of it, which other tests' items provide (3 such hits while another
      // build loaded the machine)
      Api.Reply search = API.get("api/v1/search?exact=true&q=" + Api.encode(word)).send();
      Api.Reply items = API.get("api/v1/items?organisation=" + org).send();
      Api.Reply feed = API.get("api/v1/organisations/" + org + "/channels/notices/feed").send();
      Api.Reply guide = API.get("api/v1/organisations/" + org + "/guide").send();

      assertThat(search.status()).isEqualTo(200);
      assertThat(search.json().getInt("total")).isZero();
      assertThat(search.json().getJsonArray("hits").toString()).doesNotContain(word, tracking);
      assertThat(items.json().getInt("total")).isZero();
      for (Api.Reply r : List.of(items, feed, guide)) {
        assertThat(r.body()).doesNotContain(word, "周九", tracking);
      }
    }
  }

  @Nested
  class Abuse {

    @Test
    void anOversizedBodyIs413() {
      String huge = "很长的申请内容".repeat(3000);

      Api.Reply r = submit(org, form("吴十", huge));

      assertThat(r.status()).as(r.toString()).isEqualTo(413);
      assertThat(r.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void missingFieldsAre400NamingEachField() {
      Api.Reply empty = FORMS.submit(OnlineForms.freshAddress(), org, "{}");
      Api.Reply noAddress =
          submit(org, form("郑一", "邮寄的申请").addNull("postalAddress").add("delivery", "post"));
      Api.Reply tooLong = submit(org, form("王".repeat(101), "名字过长"));

      assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
      assertThat(fields(empty))
          .contains("applicantType", "name", "phone", "subject", "wantedForm", "delivery");
      assertThat(empty.json().getJsonArray("fields").getJsonObject(0).getString("reason"))
          .as("the reasons are Chinese")
          .matches(".*[\\u4e00-\\u9fff].*");
      assertThat(fields(noAddress)).containsExactly("postalAddress");
      assertThat(fields(tooLong)).containsExactly("name");
    }

    @Test
    void theSixthSubmissionFromOneAddressInAnHourIs429() {
      String address = OnlineForms.freshAddress();
      for (int i = 1; i <= 5; i++) {
        Api.Reply r = FORMS.submit(address, org, form("频繁" + i, "第" + i + "件").build().toString());
        assertThat(r.status()).as("submission %d: %s", i, r).isEqualTo(201);
      }

      Api.Reply sixth = FORMS.submit(address, org, form("频繁6", "第6件").build().toString());

      assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
      assertThat(sixth.header("Retry-After"))
          .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 3601L));
      assertThat(sixth.json().getString("detail")).contains("分钟");
      assertThat(
              FORMS
                  .submit(OnlineForms.freshAddress(), org, form("别处", "另一地址").build().toString())
                  .status())
          .as("another address may still send")
          .isEqualTo(201);
    }

    @Test
    void anOrganisationTakesAtMostAHundredADay() {
      String busy = API.newOrganisation("online-busy", "句容市热门申请局");
      acceptOnline(busy);
      for (int i = 1; i <= 100; i++) {
        Api.Reply r = submit(busy, form("申请人" + i, "第" + i + "件申请"));
        assertThat(r.status()).as("submission %d: %s", i, r).isEqualTo(201);
      }

      Api.Reply hundredFirst = submit(busy, form("申请人101", "第101件申请"));

      assertThat(hundredFirst.status()).as(hundredFirst.toString()).isEqualTo(429);
      assertThat(hundredFirst.header("Retry-After")).isPresent();
      assertThat(submit(org, form("别处", "另一机构")).status()).isEqualTo(201);
    }

    @Test
    void unknownAndMalformedTrackingNumbersAreTheSame404() {
      Api.Reply unknown = FORMS.status(OnlineForms.freshAddress(), "7QX4-M2PA-9KDT-W3EB");
      Api.Reply malformed = FORMS.status(OnlineForms.freshAddress(), "not-a-number");

      assertThat(unknown.status()).isEqualTo(404);
      assertThat(malformed.status()).isEqualTo(404);
      assertThat(malformed.json().getString("type")).isEqualTo(unknown.json().getString("type"));
      assertThat(malformed.json().getString("detail"))
          .isEqualTo(unknown.json().getString("detail"));
      assertThat(malformed.json().getString("title")).isEqualTo(unknown.json().getString("title"));
    }

    @Test
    void lookingUpUnknownNumbersOverAndOverIsStopped() {
      String address = OnlineForms.freshAddress();
      for (int i = 0; i < 20; i++) {
        assertThat(FORMS.status(address, "0000-0000-0000-00" + (10 + i)).status()).isEqualTo(404);
      }

      Api.Reply limited = FORMS.status(address, "0000-0000-0000-0099");

      assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isPresent();
    }

    @Test
    void aRobotFillingTheHiddenFieldIsToldNothingButNothingIsKept() {
      String name = "机器人" + UUID.randomUUID().toString().substring(0, 6);

      Api.Reply r = submit(org, form(name, "自动提交").add("homepage", "http://spam.example"));

      String tracking = tracking(r);
      assertThat(FORMS.status(OnlineForms.freshAddress(), tracking).status()).isEqualTo(404);
      assertThat(API.get(submissions(org)).as(editor).send().body()).doesNotContain(name);
    }
  }

  private static List<String> fields(Api.Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    return r.json().getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("name"))
        .toList();
  }

  /** Switches online requests on, through the organisation management API. */
  static void acceptOnline(String slug) {
    Api.Reply current = API.get("api/v1/manage/organisations/" + slug).as(install).send();
    Api.Reply changed =
        API.put("api/v1/manage/organisations/" + slug)
            .as(install)
            .ifMatch(current.etag())
            .json(
                Json.createObjectBuilder(current.json())
                    .remove("version")
                    .add("requestsOnline", true)
                    .build())
            .send();
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getBoolean("requestsOnline")).isTrue();
  }

  private static String person(String organisation, String role) {
    return API.person("ol", PASSWORD, organisation, role);
  }
}
