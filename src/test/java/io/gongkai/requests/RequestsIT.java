package io.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The register of disclosure requests over HTTP: a request registered by an editor, extended by a
 * reviewer, answered with one outcome of table 三 and closed; applicant details never reach anyone
 * outside the organisation; bad input is a problem document and changes nothing.
 */
class RequestsIT {

  private static final Api API = new Api();
  private static final String PASSWORD = "requests-password-1";
  private static String org;
  private static String install;
  private static String editor;
  private static String reviewer;
  private static String otherEditor;
  private static String other;

  @BeforeAll
  static void people() {
    install = API.login("it-admin");
    org = API.newOrganisation("rq", "句容市依申请测试局");
    other = API.newOrganisation("rq-other", "句容市另一依申请局");
    editor = person(org, "EDITOR");
    reviewer = person(org, "REVIEWER");
    otherEditor = person(other, "EDITOR");
  }

  /** Received Fri 18.9.2026: due Thu 22.10 (9.20 班 = 1 … 9.25–27 and 10.1–7 休, 10.10 班). */
  static JsonObjectBuilder request(String applicant, String receivedOn) {
    return Json.createObjectBuilder()
        .add("channel", "post")
        .add("receivedOn", receivedOn)
        .add("applicantType", "naturalPerson")
        .add(
            "applicant",
            Json.createObjectBuilder()
                .add("name", applicant)
                .add("identity", "320000199001010000")
                .add("contact", "句容市华阳镇某路1号"))
        .add("subject", "2025年华阳镇道路维修经费的使用情况")
        .add("wantedForm", "纸质");
  }

  static Api.Reply register(String token, JsonObject body) {
    return API.post(base(org)).as(token).json(body).send();
  }

  static String base(String slug) {
    return "api/v1/manage/organisations/" + slug + "/requests";
  }

  static String path(Api.Reply r) {
    return base(r.json().getString("organisation")) + "/" + r.json().getJsonNumber("id");
  }

  static Api.Reply step(String token, Api.Reply current, String action, String json) {
    Api.Call call = API.post(path(current) + "/" + action).as(token).ifMatch(current.etag());
    return (json == null ? call : call.json(json)).send();
  }

  @Nested
  class FromRegistrationToClosing {

    @Test
    void anEditorRegistersAReviewerExtendsAnEditorAnswersAndAReviewerCloses() {
      Api.Reply registered = register(editor, request("王五", "2026-09-18").build());
      assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
      assertThat(registered.header("Location")).hasValue("/" + path(registered));
      assertThat(registered.json().getJsonObject("clock").getString("dueOn"))
          .isEqualTo("2026-10-22");

      // decided Tue 20.10, 10 more: 10.23 = 21; 10.26–30 = 22–26; 11.2–5 = 27–30.
      Api.Reply extended =
          step(
              reviewer,
              registered,
              "extension",
              "{\"days\":10,\"reason\":\"需要调取档案\",\"extendedOn\":\"2026-10-20\"}");
      assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
      assertThat(extended.json().getJsonObject("clock").getString("dueOn")).isEqualTo("2026-11-05");
      assertThat(extended.json().getJsonObject("extension").getString("approvedBy")).isNotBlank();

      Api.Reply answered =
          step(
              editor,
              extended,
              "answer",
              "{\"outcome\":\"partlyDisclosed\",\"repliedOn\":\"2026-11-04\"}");
      assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
      assertThat(answered.json().getString("state")).isEqualTo("ANSWERED");
      assertThat(answered.json().getInt("reportYear")).isEqualTo(2026);
      assertThat(answered.json().getString("outcomeLabel")).startsWith("（二）部分公开");
      assertThat(answered.json().getJsonObject("clock").getBoolean("late")).isFalse();

      Api.Reply closed = step(reviewer, answered, "close", null);
      assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
      assertThat(closed.json().getString("state")).isEqualTo("CLOSED");
    }

    @Test
    void aConsultationSuspendsTheClockAndItsDaysAreAddedWhenItEnds() {
      Api.Reply registered = register(editor, request("赵六", "2026-09-18").build());

      Api.Reply paused =
          step(
              editor,
              registered,
              "pauses",
              // a deadline the register's own lapse (see Deadlines) cannot reach during the test
              "{\"kind\":\"consultation\",\"startedOn\":\"2026-09-22\",\"dueOn\":\"2099-12-31\"}");
      assertThat(paused.json().getJsonObject("clock").getBoolean("paused")).isTrue();
      assertThat(paused.json().getJsonObject("clock").isNull("dueOn")).isTrue();
      Api.Reply resumed = step(editor, paused, "pauses/end", "{\"endedOn\":\"2026-09-24\"}");

      // suspended after Tue 9.22 up to Thu 9.24: 9.23, 9.24 → due two working days after 10.22.
      assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
      assertThat(resumed.json().getJsonObject("clock").getString("dueOn")).isEqualTo("2026-10-26");
    }

    @Test
    void theAuditLogNamesEachStepButNeverTheApplicant() {
      String applicant = "审计" + UUID.randomUUID().toString().substring(0, 6);
      Api.Reply registered = register(editor, request(applicant, "2026-09-18").build());
      step(
          editor, registered, "answer", "{\"outcome\":\"disclosed\",\"repliedOn\":\"2026-09-30\"}");

      Api.Reply audit = API.get("api/v1/manage/audit?organisation=" + org).as(install).send();

      assertThat(audit.body())
          .contains("request.register", "request.answer")
          .doesNotContain(applicant);
    }
  }

  /** What the register does by itself when a pause's deadline passes with nothing received. */
  @Nested
  class Deadlines {

    /** The register's sweep runs every half minute: wait for it, up to two and a half rounds. */
    private Api.Reply awaitState(Api.Reply current, String state) throws InterruptedException {
      long until = System.nanoTime() + java.time.Duration.ofSeconds(75).toNanos();
      Api.Reply now = current;
      while (System.nanoTime() < until) {
        now = API.get(path(current)).as(editor).send();
        if (now.json().getString("state").equals(state)) {
          return now;
        }
        Thread.sleep(250);
      }
      throw new AssertionError("still " + now.json().getString("state") + ": " + now.body());
    }

    @Test
    void anUncorrectedRequestIsAnsweredByTheRegisterAndAnEditorCanTakeThatBack()
        throws InterruptedException {
      Api.Reply registered = register(editor, request("吴十", "2026-09-18").build());
      Api.Reply paused =
          step(
              editor,
              registered,
              "pauses",
              "{\"kind\":\"correction\",\"startedOn\":\"2026-09-22\",\"dueOn\":\"2026-09-30\"}");
      assertThat(paused.status()).as(paused.toString()).isEqualTo(200);

      // 第三十条: no correction by the deadline → treated as withdrawn, 其他处理 row 1, the next day.
      Api.Reply lapsed = awaitState(paused, "ANSWERED");
      assertThat(lapsed.json().getString("outcome")).isEqualTo("other.noCorrection");
      assertThat(lapsed.json().getString("outcomeLabel")).contains("逾期不补正");
      assertThat(lapsed.json().getString("repliedOn")).isEqualTo("2026-10-01");
      assertThat(lapsed.json().getString("answeredBy")).isEqualTo("system");
      var pause = lapsed.json().getJsonArray("pauses").getJsonObject(0);
      assertThat(pause.getBoolean("lapsed")).isTrue();
      assertThat(pause.getString("endedOn")).isEqualTo("2026-09-30");
      assertThat(lapsed.etag()).isNotEqualTo(paused.etag());
      assertThat(step(editor, paused, "pauses/end", "{\"endedOn\":\"2026-09-29\"}").status())
          .as("the form read before the lapse is stale")
          .isEqualTo(412);
      assertThat(API.get("api/v1/manage/audit?organisation=" + org).as(install).send().body())
          .contains("request.lapse")
          .doesNotContain("吴十");

      // the corrected request had in fact arrived on Tue 9.29: afresh from there, 9.30 = 1,
      // 10.1–7 休, 10.8–9 = 2–3, Sat 10.10 班 = 4, 10.12–16 = 5–9, 10.19–23 = 10–14,
      // 10.26–30 = 15–19, 11.2 = 20.
      Api.Reply corrected = step(editor, lapsed, "pauses/end", "{\"endedOn\":\"2026-09-29\"}");
      assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
      assertThat(corrected.json().getString("state")).isEqualTo("OPEN");
      assertThat(corrected.json().isNull("outcome")).isTrue();
      assertThat(corrected.json().getJsonObject("clock").getString("dueOn"))
          .isEqualTo("2026-11-02");
      assertThat(corrected.json().getJsonArray("pauses").getJsonObject(0).getBoolean("lapsed"))
          .isFalse();
    }

    @Test
    void aCorrectionNoticeWithoutItsDeadlineIsRefused() {
      Api.Reply registered = register(editor, request("郑十一", "2026-09-18").build());

      Api.Reply refused =
          step(
              editor,
              registered,
              "pauses",
              "{\"kind\":\"correction\",\"startedOn\":\"2026-09-22\"}");

      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.body()).contains("dueOn", "补正期限");
      assertThat(API.get(path(registered)).as(editor).send().json().getJsonArray("pauses"))
          .isEmpty();
    }
  }

  @Nested
  class ReviewsAndLawsuits {

    @Test
    void aReviewThenALawsuitAfterItAreRecordedWithTheirResults() {
      Api.Reply answered =
          step(
              editor,
              register(editor, request("周九", "2026-09-18").build()),
              "answer",
              "{\"outcome\":\"withheld.thirdPartyRights\",\"repliedOn\":\"2026-10-15\"}");

      Api.Reply early =
          step(
              editor,
              answered,
              "appeals",
              "{\"kind\":\"litigationAfterReview\",\"filedOn\":\"2026-10-20\"}");
      Api.Reply reviewed =
          step(editor, answered, "appeals", "{\"kind\":\"review\",\"filedOn\":\"2026-10-20\"}");
      long review =
          reviewed.json().getJsonArray("appeals").getJsonObject(0).getJsonNumber("id").longValue();
      Api.Reply decided =
          step(
              editor,
              reviewed,
              "appeals/" + review + "/result",
              "{\"result\":\"upheld\",\"decidedOn\":\"2026-11-20\"}");
      Api.Reply sued =
          step(
              editor,
              decided,
              "appeals",
              "{\"kind\":\"litigationAfterReview\",\"filedOn\":\"2026-11-25\"}");

      assertThat(early.status()).isEqualTo(409);
      assertThat(decided.json().getJsonArray("appeals").getJsonObject(0).getString("resultLabel"))
          .isEqualTo("结果维持");
      assertThat(sued.status()).as(sued.toString()).isEqualTo(200);
      assertThat(sued.json().getJsonArray("appeals")).hasSize(2);
      assertThat(sued.json().getJsonArray("appeals").getJsonObject(1).getString("result"))
          .isEqualTo("pending");
    }
  }

  @Nested
  class ListFilters {

    @Test
    void overdueAndDueWithinSeparateALateRequestFromOneReceivedToday() {
      String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
      long late =
          register(editor, request("迟办", "2026-09-18").build())
              .json()
              .getJsonNumber("id")
              .longValue();
      long fresh =
          register(editor, request("新收", today).build()).json().getJsonNumber("id").longValue();

      String overdue = API.get(base(org) + "?overdue=true&size=100").as(editor).send().body();
      String dueSoon = API.get(base(org) + "?dueWithin=30&size=100").as(editor).send().body();

      assertThat(overdue).contains("\"id\":" + late + ",").doesNotContain("\"id\":" + fresh + ",");
      assertThat(dueSoon).contains("\"id\":" + fresh + ",").doesNotContain("\"id\":" + late + ",");
    }

    @Test
    void applicantTypeAndOutcomeAndYearFilter() {
      JsonObject enterprise =
          request("某公司", "2026-09-18").add("applicantType", "enterprise").build();
      Api.Reply r = register(editor, enterprise);
      step(
          editor,
          r,
          "answer",
          "{\"outcome\":\"unableToProvide.notHeld\",\"repliedOn\":\"2026-09-30\"}");

      Api.Reply byType =
          API.get(base(org) + "?applicantType=enterprise&year=2026&size=100").as(editor).send();
      Api.Reply byOutcome =
          API.get(base(org) + "?outcome=unableToProvide.notHeld").as(editor).send();
      Api.Reply lastYear =
          API.get(base(org) + "?applicantType=enterprise&year=2025").as(editor).send();

      assertThat(byType.json().getJsonArray("items"))
          .allSatisfy(
              i -> assertThat(i.asJsonObject().getString("applicantType")).isEqualTo("enterprise"))
          .isNotEmpty();
      assertThat(byOutcome.json().getInt("total")).isGreaterThanOrEqualTo(1);
      assertThat(lastYear.json().getInt("total")).isZero();
    }
  }

  @Nested
  class Privacy {

    @Test
    void anonymousCallersGetAProblemAndNoApplicantData() {
      String applicant = "隐私" + UUID.randomUUID().toString().substring(0, 6);
      Api.Reply registered = register(editor, request(applicant, "2026-09-18").build());

      Api.Reply list = API.get(base(org)).send();
      Api.Reply one = API.get(path(registered)).send();
      Api.Reply search = API.get("api/v1/search?q=" + Api.encode(applicant)).send();

      assertThat(list.status()).isEqualTo(401);
      assertThat(one.status()).isEqualTo(401);
      assertThat(list.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(list.body() + one.body()).doesNotContain(applicant);
      assertThat(search.json().getInt("total")).isZero();
    }

    @Test
    void anotherAgencysEditorSeesNeitherTheListNorTheRequest() {
      String applicant = "他局" + UUID.randomUUID().toString().substring(0, 6);
      Api.Reply registered = register(editor, request(applicant, "2026-09-18").build());
      String id = String.valueOf(registered.json().getJsonNumber("id"));

      Api.Reply list = API.get(base(org)).as(otherEditor).send();
      Api.Reply direct = API.get(path(registered)).as(otherEditor).send();
      Api.Reply underOwn = API.get(base(other) + "/" + id).as(otherEditor).send();
      Api.Reply ownList = API.get(base(other) + "?size=100").as(otherEditor).send();

      assertThat(list.status()).isEqualTo(403);
      assertThat(direct.status()).isEqualTo(403);
      assertThat(underOwn.status()).isEqualTo(404);
      assertThat(list.body() + direct.body() + underOwn.body() + ownList.body())
          .doesNotContain(applicant);
    }
  }

  @Nested
  class Export {

    @Test
    void theCsvLeavesApplicantDetailsOutUnlessAskedFor() {
      String applicant = "导出" + UUID.randomUUID().toString().substring(0, 6);
      register(editor, request(applicant, "2026-09-18").build());

      Api.Reply plain = API.get(base(org) + "/export.csv?year=2026").as(editor).send();
      Api.Reply full =
          API.get(base(org) + "/export.csv?year=2026&applicantDetails=true").as(editor).send();
      Api.Reply anonymous = API.get(base(org) + "/export.csv?applicantDetails=true").send();

      assertThat(plain.status()).isEqualTo(200);
      assertThat(plain.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
      assertThat(plain.body()).contains("2025年华阳镇道路维修经费的使用情况").doesNotContain(applicant);
      assertThat(full.body()).contains(applicant);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.body()).doesNotContain(applicant);
    }
  }

  @Nested
  class BadInput {

    private Api.Reply open() {
      Api.Reply r = register(editor, request("钱七", "2026-09-18").build());
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      return r;
    }

    private void unchanged(Api.Reply before, Api.Reply refused, int status) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
      assertThat(refused.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      Api.Reply now = API.get(path(before)).as(editor).send();
      assertThat(now.etag()).isEqualTo(before.etag());
      assertThat(now.json().getString("state")).isEqualTo(before.json().getString("state"));
    }

    @Test
    void aReplyDatedBeforeReceiptIs400() {
      Api.Reply r = open();

      unchanged(
          r,
          step(editor, r, "answer", "{\"outcome\":\"disclosed\",\"repliedOn\":\"2026-09-17\"}"),
          400);
    }

    @Test
    void aPauseDatedBeforeReceiptIs400() {
      Api.Reply r = open();

      unchanged(
          r, step(editor, r, "pauses", "{\"kind\":\"fee\",\"startedOn\":\"2026-09-01\"}"), 400);
    }

    @Test
    void anOutcomeCannotBeGivenWithTheRegistrationNorCanAnOpenRequestBeClosed() {
      Api.Reply r = open();

      Api.Reply withOutcome =
          register(editor, request("钱七", "2026-09-18").add("outcome", "disclosed").build());
      assertThat(withOutcome.status()).isEqualTo(400);
      unchanged(r, step(reviewer, r, "close", null), 409);
    }

    @Test
    void aSecondOutcomeIs409() {
      Api.Reply answered =
          step(
              editor, open(), "answer", "{\"outcome\":\"disclosed\",\"repliedOn\":\"2026-09-30\"}");

      unchanged(
          answered,
          step(
              editor,
              answered,
              "answer",
              "{\"outcome\":\"partlyDisclosed\",\"repliedOn\":\"2026-09-30\"}"),
          409);
    }

    @Test
    void anOutcomeOutsideTableThreeIs400() {
      Api.Reply r = open();

      unchanged(
          r,
          step(editor, r, "answer", "{\"outcome\":\"total\",\"repliedOn\":\"2026-09-30\"}"),
          400);
    }

    @Test
    void anExtensionBeyondTwentyWorkingDaysIs400() {
      Api.Reply r = open();

      unchanged(
          r,
          step(
              reviewer,
              r,
              "extension",
              "{\"days\":21,\"reason\":\"太久\",\"extendedOn\":\"2026-10-20\"}"),
          400);
    }

    @Test
    void anExtensionAfterTheDeadlineIs409() {
      Api.Reply r = open();

      unchanged(
          r,
          step(
              reviewer,
              r,
              "extension",
              "{\"days\":5,\"reason\":\"过期\",\"extendedOn\":\"2026-10-23\"}"),
          409);
    }

    @Test
    void aReceiptDateInTheFutureIs400NamingTheField() {
      String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

      Api.Reply r = register(editor, request("孙八", tomorrow).build());

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).contains("receivedOn");
    }

    @Test
    void writesNeedTheVersionRead() {
      Api.Reply r = open();

      Api.Reply without = API.post(path(r) + "/close").as(reviewer).send();
      Api.Reply stale = API.post(path(r) + "/close").as(reviewer).ifMatch("\"999\"").send();

      unchanged(r, without, 428);
      unchanged(r, stale, 412);
    }
  }

  private static String person(String organisation, String role) {
    return API.person("rq", PASSWORD, organisation, role);
  }
}
