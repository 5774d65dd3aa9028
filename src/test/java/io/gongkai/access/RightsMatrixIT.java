package io.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.ReportsIT;
import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, as one table: every editorial operation of {@code /openapi} (those that need a
 * bearer token) × anonymous, editor, reviewer, agency administrator (each in the organisation the
 * operation touches, and in another one) and the installation administrator, with the status each
 * must get. An operation the document lists without a row here fails the build, so a new endpoint
 * cannot ship without its rights being decided.
 *
 * <p>Editors draft (items and reports alike); what the public sees — publishing, withdrawing,
 * correcting a published report — needs a reviewer; channels, the organisation, its imports and its
 * people need its administrator; the index and other people's passwords the installation's.
 *
 * <p>Each operation runs against a fresh organisation (and report operations against one per case,
 * so report years never collide); everything it needs — a draft, a pending item, a channel, a user
 * — is made beforehand by the installation administrator.
 */
class RightsMatrixIT {

  /** The subjects, in the table's column order. {@code _OTHER}: the role in another agency. */
  enum Subject {
    ANONYMOUS,
    EDITOR,
    EDITOR_OTHER,
    REVIEWER,
    REVIEWER_OTHER,
    ADMIN,
    ADMIN_OTHER,
    INSTALLATION
  }

  /**
   * The expected status of each operation for each subject. Columns: anonymous · editor · editor of
   * another agency · reviewer · reviewer elsewhere · administrator · administrator elsewhere ·
   * installation administrator.
   */
  private static final String TABLE =
      """
      listAuditEntries        401 403 403 403 403 200 403 200
      updateChannel           401 403 403 403 403 200 403 200
      deleteChannel           401 403 403 403 403 204 403 204
      listManagedItems        401 200 403 200 403 200 403 200
      createItem              401 201 403 201 403 201 403 201
      getManagedItem          401 200 403 200 403 200 403 200
      previewItem             401 200 403 200 403 200 403 200
      updateItem              401 200 403 200 403 200 403 200
      deleteItem              401 204 403 204 403 204 403 204
      uploadAttachment        401 201 403 201 403 201 403 201
      deleteAttachment        401 204 403 204 403 204 403 204
      describeAttachment      401 200 403 200 403 200 403 200
      submitItem              401 200 403 200 403 200 403 200
      publishItem             401 403 403 200 403 200 403 200
      rejectItem              401 403 403 200 403 200 403 200
      withdrawItem            401 403 403 200 403 200 403 200
      listRevisions           401 200 403 200 403 200 403 200
      restoreRevision         401 200 403 200 403 200 403 200
      getMe                   401 200 200 200 200 200 200 200
      setPictureCookie        401 204 204 204 204 204 204 204
      createOrganisation      401 403 403 403 403 201 403 201
      getManagedOrganisation  401 403 403 403 403 200 403 200
      updateOrganisation      401 403 403 403 403 200 403 200
      listChannels            401 200 403 200 403 200 403 200
      createChannel           401 403 403 403 403 201 403 201
      startImport             401 403 403 403 403 202 403 202
      listImports             401 403 403 403 403 200 403 200
      getImport               401 403 403 403 403 200 403 200
      importReport            401 201 403 201 403 201 403 201
      createReport            401 201 403 201 403 201 403 201
      listManagedReports      401 200 403 200 403 200 403 200
      parseReport             401 200 403 200 403 200 403 200
      getManagedReport        401 200 403 200 403 200 403 200
      updateReport            401 200 403 200 403 200 403 200
      checkReport             401 200 403 200 403 200 403 200
      correctReport           401 403 403 200 403 200 403 200
      getDerivedFigures       401 200 403 200 403 200 403 200
      acceptDerivedFigures    401 200 403 200 403 200 403 200
      uploadReportOriginal    401 200 403 200 403 200 403 200
      publishReport           401 403 403 200 403 200 403 200
      listSearchMisses        401 200 200 200 200 200 200 200
      rebuildSearchIndex      401 403 403 403 403 403 403 202
      getSearchStatus         401 200 200 200 200 200 200 200
      listUsers               401 403 403 403 403 200 200 200
      createUser              401 403 403 403 403 201 201 201
      grantRole               401 403 403 403 403 200 403 200
      revokeRole              401 403 403 403 403 200 403 200
      changePassword          401 403 403 403 403 403 403 204
      disableUser             401 403 403 403 403 200 403 200
      enableUser              401 403 403 403 403 200 403 200
      logoutUser              401 403 403 403 403 204 403 204
      listRequests            401 200 403 200 403 200 403 200
      exportRequests          401 200 403 200 403 200 403 200
      requestChoices          401 200 403 200 403 200 403 200
      registerRequest         401 201 403 201 403 201 403 201
      getRequest              401 200 403 200 403 200 403 200
      updateRequest           401 200 403 200 403 200 403 200
      pauseRequest            401 200 403 200 403 200 403 200
      endPause                401 200 403 200 403 200 403 200
      extendRequest           401 403 403 200 403 200 403 200
      answerRequest           401 200 403 200 403 200 403 200
      closeRequest            401 403 403 200 403 200 403 200
      recordAppeal            401 200 403 200 403 200 403 200
      decideAppeal            401 200 403 200 403 200 403 200
      uploadRequestFile       401 201 403 201 403 201 403 201
      downloadRequestFile     401 200 403 200 403 200 403 200
      deleteRequestFile       401 204 403 204 403 204 403 204
      listSubmissions         401 200 403 200 403 200 403 200
      acceptSubmission        401 200 403 200 403 200 403 200
      voidSubmission          401 200 403 200 403 200 403 200
      """;

  /** A disclosure request received on Fri 18.9.2026. */
  private static final String REQUEST =
      "{\"channel\":\"online\",\"receivedOn\":\"2026-09-18\",\"applicantType\":\"naturalPerson\","
          + "\"applicant\":{\"name\":\"矩阵申请人\"},\"subject\":\"矩阵测试申请\"}";

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private static final String PASSWORD = "matrix-password-1";
  private static final Api API = new Api();
  private static final Map<String, String> TOKENS = new LinkedHashMap<>();
  private static String other;
  private static String editor;
  private static String reviewer;
  private static String admin;

  /** Runs one operation for one subject in a prepared world; returns the answer. */
  private interface Recipe extends BiFunction<World, String, Api.Reply> {}

  private static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

  /** Operations that make a report of one year: each subject gets its own organisation. */
  private static final java.util.Set<String> PER_CASE =
      java.util.Set.of(
          "importReport",
          "createReport",
          "getManagedReport",
          "updateReport",
          "checkReport",
          "correctReport",
          "getDerivedFigures",
          "acceptDerivedFigures",
          "uploadReportOriginal",
          "publishReport");

  static {
    RECIPES.put("listAuditEntries", (w, t) -> get(t, "manage/audit?organisation=" + w.org));
    RECIPES.put(
        "updateChannel",
        (w, t) -> {
          Api.Reply c = w.channel();
          return API.put("api/v1/manage/channels/" + c.json().getJsonNumber("id"))
              .as(t)
              .ifMatch(c.etag())
              .json("{\"name\":\"改名专栏\"}")
              .send();
        });
    RECIPES.put(
        "deleteChannel",
        (w, t) -> {
          Api.Reply c = w.channel();
          return API.delete("api/v1/manage/channels/" + c.json().getJsonNumber("id"))
              .as(t)
              .ifMatch(c.etag())
              .send();
        });
    RECIPES.put("listManagedItems", (w, t) -> get(t, "manage/items?organisation=" + w.org));
    RECIPES.put(
        "createItem",
        (w, t) -> API.post("api/v1/manage/items").as(t).json(w.itemJson("新建")).send());
    RECIPES.put("getManagedItem", (w, t) -> get(t, "manage/items/" + Items.id(w.draft())));
    RECIPES.put(
        "previewItem",
        (w, t) -> API.post("api/v1/manage/items/" + Items.id(w.draft()) + "/preview").as(t).send());
    RECIPES.put(
        "updateItem",
        (w, t) -> {
          Api.Reply d = w.draft();
          return API.put("api/v1/manage/items/" + Items.id(d))
              .as(t)
              .ifMatch(d.etag())
              .json(w.itemJson("修改"))
              .send();
        });
    RECIPES.put(
        "deleteItem",
        (w, t) -> {
          Api.Reply d = w.draft();
          return API.delete("api/v1/manage/items/" + Items.id(d)).as(t).ifMatch(d.etag()).send();
        });
    RECIPES.put(
        "uploadAttachment",
        (w, t) -> {
          Api.Reply d = w.draft();
          return API.post("api/v1/manage/items/" + Items.id(d) + "/attachments?name=a.png")
              .as(t)
              .ifMatch(d.etag())
              .bytes(PNG, "image/png")
              .send();
        });
    RECIPES.put(
        "deleteAttachment",
        (w, t) -> {
          Api.Reply d = w.draft();
          Api.Reply a =
              API.post("api/v1/manage/items/" + Items.id(d) + "/attachments?name=a.png")
                  .as(w.install)
                  .ifMatch(d.etag())
                  .bytes(PNG, "image/png")
                  .send();
          long attachment = a.json().getJsonNumber("id").longValue();
          return API.delete("api/v1/manage/items/" + Items.id(d) + "/attachments/" + attachment)
              .as(t)
              .ifMatch(a.etag())
              .send();
        });
    RECIPES.put(
        "describeAttachment",
        (w, t) -> {
          Api.Reply d = w.draft();
          Api.Reply a =
              API.post("api/v1/manage/items/" + Items.id(d) + "/attachments?name=a.png")
                  .as(w.install)
                  .ifMatch(d.etag())
                  .bytes(PNG, "image/png")
                  .send();
          long attachment = a.json().getJsonNumber("id").longValue();
          return API.put("api/v1/manage/items/" + Items.id(d) + "/attachments/" + attachment)
              .as(t)
              .ifMatch(a.etag())
              .json(Json.createObjectBuilder().add("alt", "图").add("cover", true).build())
              .send();
        });
    RECIPES.put(
        "setPictureCookie", (w, t) -> API.post("api/v1/manage/me/picture-cookie").as(t).send());
    RECIPES.put("submitItem", (w, t) -> w.act(t, w.draft(), "submit", null));
    RECIPES.put("publishItem", (w, t) -> w.act(t, w.pending(), "publish", null));
    RECIPES.put("rejectItem", (w, t) -> w.act(t, w.pending(), "reject", "{\"reason\":\"补充\"}"));
    RECIPES.put(
        "withdrawItem", (w, t) -> w.act(t, w.published(), "withdraw", "{\"reason\":\"有误\"}"));
    RECIPES.put(
        "listRevisions", (w, t) -> get(t, "manage/items/" + Items.id(w.draft()) + "/revisions"));
    RECIPES.put(
        "restoreRevision",
        (w, t) -> {
          Api.Reply d = w.draft();
          Api.Reply e =
              API.put("api/v1/manage/items/" + Items.id(d))
                  .as(w.install)
                  .ifMatch(d.etag())
                  .json(w.itemJson("第二版"))
                  .send();
          return API.post("api/v1/manage/items/" + Items.id(d) + "/revisions/1/restore")
              .as(t)
              .ifMatch(e.etag())
              .send();
        });
    RECIPES.put("getMe", (w, t) -> get(t, "manage/me"));
    RECIPES.put(
        "createOrganisation",
        (w, t) ->
            API.post("api/v1/manage/organisations")
                .as(t)
                .json(
                    Json.createObjectBuilder()
                        .add("slug", "sub-" + UUID.randomUUID().toString().substring(0, 8))
                        .add("code", code())
                        .add("name", "句容市矩阵测试科")
                        .add("parent", w.org)
                        .build())
                .send());
    RECIPES.put("getManagedOrganisation", (w, t) -> get(t, "manage/organisations/" + w.org));
    RECIPES.put(
        "updateOrganisation",
        (w, t) -> {
          Api.Reply current = get(w.install, "manage/organisations/" + w.org);
          return API.put("api/v1/manage/organisations/" + w.org)
              .as(t)
              .ifMatch(current.etag())
              .json(Json.createObjectBuilder(current.json()).remove("version").build())
              .send();
        });
    RECIPES.put("listChannels", (w, t) -> get(t, "manage/organisations/" + w.org + "/channels"));
    RECIPES.put(
        "createChannel",
        (w, t) ->
            API.post("api/v1/manage/organisations/" + w.org + "/channels")
                .as(t)
                .json(
                    "{\"code\":\"m-"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\","
                        + "\"name\":\"矩阵专栏\"}")
                .send());
    RECIPES.put("startImport", (w, t) -> w.startImport(t));
    RECIPES.put("listImports", (w, t) -> get(t, "manage/organisations/" + w.org + "/imports"));
    RECIPES.put(
        "getImport",
        (w, t) -> {
          String location = w.startImport(w.install).header("Location").orElseThrow();
          return get(t, location.substring(location.indexOf("manage/")));
        });
    RECIPES.put(
        "importReport",
        (w, t) ->
            API.post("api/v1/manage/organisations/" + w.org + "/reports/import")
                .as(t)
                .bytes(seedReport(), "text/plain; charset=UTF-8")
                .send());
    RECIPES.put(
        "createReport",
        (w, t) ->
            API.post("api/v1/manage/reports")
                .as(t)
                .json(ReportsIT.consistent2021(w.org, 2021))
                .send());
    RECIPES.put("listManagedReports", (w, t) -> get(t, "manage/reports?organisation=" + w.org));
    RECIPES.put(
        "parseReport",
        (w, t) ->
            API.post("api/v1/manage/reports/parse?year=2019&organisation=" + w.org)
                .as(t)
                .bytes(seedReport(), "text/plain; charset=UTF-8")
                .send());
    RECIPES.put("getManagedReport", (w, t) -> get(t, w.report().path()));
    RECIPES.put(
        "updateReport",
        (w, t) -> {
          Report r = w.report();
          return API.put("api/v1/" + r.path())
              .as(t)
              .ifMatch(r.etag())
              .json(
                  Json.createObjectBuilder(ReportsIT.consistent2021(w.org, 2021))
                      .remove("organisation")
                      .remove("year")
                      .build())
              .send();
        });
    RECIPES.put(
        "checkReport", (w, t) -> API.post("api/v1/" + w.report().path() + "/check").as(t).send());
    RECIPES.put(
        "correctReport",
        (w, t) -> {
          Report r = w.report();
          Api.Reply published =
              API.post("api/v1/" + r.path() + "/publish").as(w.install).ifMatch(r.etag()).send();
          return API.post("api/v1/" + r.path() + "/corrections")
              .as(t)
              .ifMatch(published.etag())
              .json(
                  Json.createObjectBuilder(ReportsIT.consistent2021(w.org, 2021))
                      .remove("organisation")
                      .remove("year")
                      .add("reason", "更正")
                      .build())
              .send();
        });
    RECIPES.put("getDerivedFigures", (w, t) -> get(t, w.report().path() + "/derived"));
    RECIPES.put(
        "acceptDerivedFigures",
        (w, t) -> {
          Report r = w.report();
          return API.post("api/v1/" + r.path() + "/derived")
              .as(t)
              .ifMatch(r.etag())
              .json("{\"accept\":[]}")
              .send();
        });
    RECIPES.put(
        "uploadReportOriginal",
        (w, t) -> {
          Report r = w.report();
          byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
          return API.put("api/v1/" + r.path() + "/original?name=report.pdf")
              .as(t)
              .ifMatch(r.etag())
              .bytes(pdf, "application/pdf")
              .send();
        });
    RECIPES.put(
        "publishReport",
        (w, t) -> {
          Report r = w.report();
          return API.post("api/v1/" + r.path() + "/publish").as(t).ifMatch(r.etag()).send();
        });
    RECIPES.put("listSearchMisses", (w, t) -> get(t, "manage/search/misses"));
    RECIPES.put(
        "rebuildSearchIndex", (w, t) -> API.post("api/v1/manage/search/rebuild").as(t).send());
    RECIPES.put("getSearchStatus", (w, t) -> get(t, "manage/search/status"));
    RECIPES.put("listUsers", (w, t) -> get(t, "manage/users"));
    RECIPES.put(
        "createUser",
        (w, t) ->
            API.post("api/v1/manage/users")
                .as(t)
                .json(
                    "{\"username\":\"n-"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"password\":\"long-enough-password\"}")
                .send());
    RECIPES.put(
        "grantRole",
        (w, t) ->
            API.post("api/v1/manage/users/" + w.user() + "/grants")
                .as(t)
                .json("{\"organisation\":\"" + w.org + "\",\"role\":\"REVIEWER\"}")
                .send());
    RECIPES.put(
        "revokeRole",
        (w, t) ->
            API.delete(
                    "api/v1/manage/users/"
                        + w.user()
                        + "/grants?organisation="
                        + w.org
                        + "&role=EDITOR")
                .as(t)
                .send());
    RECIPES.put(
        "changePassword",
        (w, t) ->
            API.put("api/v1/manage/users/" + w.user() + "/password")
                .as(t)
                .json("{\"password\":\"another-password-2\"}")
                .send());
    RECIPES.put(
        "disableUser",
        (w, t) -> API.post("api/v1/manage/users/" + w.user() + "/disable").as(t).send());
    RECIPES.put(
        "enableUser",
        (w, t) -> {
          String user = w.user();
          API.post("api/v1/manage/users/" + user + "/disable").as(w.install).send();
          return API.post("api/v1/manage/users/" + user + "/enable").as(t).send();
        });
    RECIPES.put(
        "logoutUser",
        (w, t) -> API.post("api/v1/manage/users/" + w.user() + "/logout").as(t).send());
    RECIPES.put("listRequests", (w, t) -> get(t, "manage/organisations/" + w.org + "/requests"));
    RECIPES.put(
        "requestChoices",
        (w, t) -> get(t, "manage/organisations/" + w.org + "/requests/choices?year=2023"));
    RECIPES.put(
        "exportRequests",
        (w, t) -> get(t, "manage/organisations/" + w.org + "/requests/export.csv"));
    RECIPES.put(
        "registerRequest",
        (w, t) ->
            API.post("api/v1/manage/organisations/" + w.org + "/requests")
                .as(t)
                .json(REQUEST)
                .send());
    RECIPES.put("getRequest", (w, t) -> get(t, w.request().path()));
    RECIPES.put(
        "updateRequest",
        (w, t) -> {
          Request r = w.request();
          return API.put("api/v1/" + r.path()).as(t).ifMatch(r.etag()).json(REQUEST).send();
        });
    RECIPES.put(
        "pauseRequest",
        (w, t) ->
            w.requestStep(
                    t,
                    w.request(),
                    "pauses",
                    "{\"kind\":\"fee\",\"startedOn\":\"2026-09-22\",\"dueOn\":\"2099-12-31\"}")
                .reply());
    RECIPES.put(
        "endPause",
        (w, t) -> {
          Request paused =
              w.requestStep(
                  w.install,
                  w.request(),
                  "pauses",
                  "{\"kind\":\"fee\",\"startedOn\":\"2026-09-22\",\"dueOn\":\"2099-12-31\"}");
          return w.requestStep(t, paused, "pauses/end", "{\"endedOn\":\"2026-09-24\"}").reply();
        });
    RECIPES.put(
        "extendRequest",
        (w, t) ->
            w.requestStep(
                    t,
                    w.request(),
                    "extension",
                    "{\"days\":5,\"reason\":\"调取档案\",\"extendedOn\":\"2026-10-20\"}")
                .reply());
    RECIPES.put(
        "answerRequest",
        (w, t) ->
            w.requestStep(
                    t,
                    w.request(),
                    "answer",
                    "{\"outcome\":\"disclosed\",\"repliedOn\":\"2026-09-30\"}")
                .reply());
    RECIPES.put(
        "recordAppeal",
        (w, t) ->
            w.requestStep(
                    t, w.request(), "appeals", "{\"kind\":\"review\",\"filedOn\":\"2026-10-20\"}")
                .reply());
    RECIPES.put(
        "decideAppeal",
        (w, t) -> {
          Request appealed =
              w.requestStep(
                  w.install,
                  w.request(),
                  "appeals",
                  "{\"kind\":\"review\",\"filedOn\":\"2026-10-20\"}");
          long appeal =
              appealed
                  .reply()
                  .json()
                  .getJsonArray("appeals")
                  .getJsonObject(0)
                  .getJsonNumber("id")
                  .longValue();
          return w.requestStep(
                  t,
                  appealed,
                  "appeals/" + appeal + "/result",
                  "{\"result\":\"upheld\",\"decidedOn\":\"2026-11-20\"}")
              .reply();
        });
    RECIPES.put(
        "closeRequest",
        (w, t) -> {
          Request answered =
              w.requestStep(
                  w.install,
                  w.request(),
                  "answer",
                  "{\"outcome\":\"disclosed\",\"repliedOn\":\"2026-09-30\"}");
          return w.requestStep(t, answered, "close", null).reply();
        });
    RECIPES.put("uploadRequestFile", (w, t) -> w.requestFile(t, w.request()));
    RECIPES.put(
        "downloadRequestFile",
        (w, t) -> {
          Api.Reply kept = w.requestFile(w.install, w.request());
          return get(t, kept.json().getString("url").substring("/api/v1/".length()));
        });
    RECIPES.put(
        "deleteRequestFile",
        (w, t) -> {
          Api.Reply kept = w.requestFile(w.install, w.request());
          return API.delete(kept.json().getString("url").substring(1))
              .as(t)
              .ifMatch(kept.etag())
              .send();
        });
  }

  static {
    RECIPES.put(
        "listSubmissions",
        (w, t) -> get(t, "manage/organisations/" + w.org + "/requests/submissions"));
    RECIPES.put(
        "acceptSubmission",
        (w, t) ->
            API.post(
                    "api/v1/manage/organisations/"
                        + w.org
                        + "/requests/submissions/"
                        + w.submission()
                        + "/accept")
                .as(t)
                .send());
    RECIPES.put(
        "voidSubmission",
        (w, t) ->
            API.post(
                    "api/v1/manage/organisations/"
                        + w.org
                        + "/requests/submissions/"
                        + w.submission()
                        + "/void")
                .as(t)
                .json("{\"reason\":\"test\"}")
                .send());
  }

  @BeforeAll
  static void people() {
    String install = API.login("it-admin");
    TOKENS.put("install", install);
    other = API.newOrganisation("mx-other", "句容市另一矩阵局");
    editor = user(install);
    reviewer = user(install);
    admin = user(install);
    for (Subject s : List.of(Subject.EDITOR_OTHER, Subject.REVIEWER_OTHER, Subject.ADMIN_OTHER)) {
      String name = user(install);
      grant(install, name, other, role(s));
      TOKENS.put(s.name(), login(name));
    }
    TOKENS.put(Subject.EDITOR.name(), login(editor));
    TOKENS.put(Subject.REVIEWER.name(), login(reviewer));
    TOKENS.put(Subject.ADMIN.name(), login(admin));
    TOKENS.put(Subject.INSTALLATION.name(), install);
  }

  @Test
  void everyEditorialOperationOfTheApiHasARowAndARecipe() {
    JsonObject paths = API.get("openapi?format=json").send().json().getJsonObject("paths");
    TreeSet<String> editorial = new TreeSet<>();
    for (var path : paths.entrySet()) {
      for (var op : path.getValue().asJsonObject().entrySet()) {
        if (!(op.getValue() instanceof JsonObject operation)) {
          continue;
        }
        JsonValue security = operation.get("security");
        if (security != null && !security.asJsonArray().isEmpty()) {
          editorial.add(operation.getString("operationId"));
        }
      }
    }

    assertThat(new TreeSet<>(expected().keySet()))
        .as("a row in TABLE for every editorial operation of /openapi, and none for others")
        .isEqualTo(editorial);
    assertThat(new TreeSet<>(RECIPES.keySet())).isEqualTo(editorial);
  }

  @TestFactory
  Stream<DynamicTest> eachOperationAnswersEachSubjectAsTheTableSays() {
    List<DynamicTest> tests = new ArrayList<>();
    for (var row : expected().entrySet()) {
      String operation = row.getKey();
      tests.add(
          DynamicTest.dynamicTest(
              operation,
              () -> {
                World shared = new World(operation);
                List<String> wrong = new ArrayList<>();
                for (Subject s : Subject.values()) {
                  World w = PER_CASE.contains(operation) ? new World(operation) : shared;
                  String token = s == Subject.ANONYMOUS ? null : TOKENS.get(s.name());
                  Api.Reply r = RECIPES.get(operation).apply(w, token);
                  int want = row.getValue().get(s);
                  if (r.status() != want) {
                    wrong.add(s + ": expected " + want + ", got " + r);
                  }
                  if (r.status() >= 400) {
                    assertThat(r.header("Content-Type"))
                        .as(operation + " " + s)
                        .hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                  }
                }
                assertThat(wrong).as(operation).isEmpty();
              }));
    }
    return tests.stream();
  }

  private static Map<String, Map<Subject, Integer>> expected() {
    Map<String, Map<Subject, Integer>> rows = new LinkedHashMap<>();
    for (String line : TABLE.strip().split("\n")) {
      String[] cells = line.strip().split("\\s+");
      Map<Subject, Integer> statuses = new EnumMap<>(Subject.class);
      for (Subject s : Subject.values()) {
        statuses.put(s, Integer.parseInt(cells[1 + s.ordinal()]));
      }
      rows.put(cells[0], statuses);
    }
    return rows;
  }

  /** A report draft: where it lives and its version. */
  private record Report(String path, String etag) {}

  /** A disclosure request: where it lives, its version and the answer that left it so. */
  private record Request(String path, String etag, Api.Reply reply) {}

  /** The organisation an operation acts in, its people's roles granted there, and its fixtures. */
  private static final class World {
    final String org;
    final String install = TOKENS.get(Subject.INSTALLATION.name());
    private final Items items = new Items(API);

    World(String operation) {
      org = API.newOrganisation("mx", "句容市矩阵测试局");
      grant(install, editor, org, "EDITOR");
      grant(install, reviewer, org, "REVIEWER");
      grant(install, admin, org, "ADMINISTRATOR");
    }

    JsonObject itemJson(String prefix) {
      return Items.draft(Items.uniqueTitle(prefix)).add("organisation", org).build();
    }

    Api.Reply draft() {
      return items.create(install, itemJson("草稿"));
    }

    Api.Reply pending() {
      return items.act(install, draft(), "submit", null);
    }

    Api.Reply published() {
      return items.act(install, pending(), "publish", null);
    }

    Api.Reply act(String token, Api.Reply current, String action, String body) {
      Api.Call call =
          API.post("api/v1/manage/items/" + Items.id(current) + "/" + action)
              .as(token)
              .ifMatch(current.etag());
      if (body != null) {
        call.json(body);
      }
      return call.send();
    }

    Api.Reply channel() {
      Api.Reply c =
          API.post("api/v1/manage/organisations/" + org + "/channels")
              .as(install)
              .json(
                  "{\"code\":\"c-"
                      + UUID.randomUUID().toString().substring(0, 8)
                      + "\","
                      + "\"name\":\"矩阵栏目\"}")
              .send();
      assertThat(c.status()).as(c.toString()).isEqualTo(201);
      return c;
    }

    Api.Reply startImport(String token) {
      String line =
          "{\"externalId\":\"m1\",\"title\":\"迁移测试\",\"channel\":\"notices\","
              + "\"publishedAt\":\"2020-01-02T00:00:00Z\"}\n";
      return API.post("api/v1/manage/organisations/" + org + "/imports?dryRun=true")
          .as(token)
          .bytes(line.getBytes(StandardCharsets.UTF_8), "application/x-ndjson")
          .send();
    }

    Report report() {
      Api.Reply r =
          API.post("api/v1/manage/reports")
              .as(install)
              .json(ReportsIT.consistent2021(org, 2021))
              .send();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      return new Report("manage/reports/" + org + "/2021", r.etag());
    }

    Request request() {
      Api.Reply r =
          API.post("api/v1/manage/organisations/" + org + "/requests")
              .as(install)
              .json(REQUEST)
              .send();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      return new Request(
          "manage/organisations/" + org + "/requests/" + r.json().getJsonNumber("id"), r.etag(), r);
    }

    Request requestStep(String token, Request current, String action, String body) {
      Api.Call call =
          API.post("api/v1/" + current.path() + "/" + action).as(token).ifMatch(current.etag());
      Api.Reply r = (body == null ? call : call.json(body)).send();
      return new Request(current.path(), r.status() < 300 ? r.etag() : current.etag(), r);
    }

    /** The request's letter (a PNG scan), uploaded by {@code token}. */
    Api.Reply requestFile(String token, Request r) {
      return API.post("api/v1/" + r.path() + "/files?kind=letter&name=scan.png")
          .as(token)
          .ifMatch(r.etag())
          .bytes(PNG, "image/png")
          .send();
    }

    private boolean online;

    /** A request sent through the online form here (switched on first); its id. */
    long submission() {
      if (!online) {
        Api.Reply current = get(install, "manage/organisations/" + org);
        Api.Reply on =
            API.put("api/v1/manage/organisations/" + org)
                .as(install)
                .ifMatch(current.etag())
                .json(
                    Json.createObjectBuilder(current.json())
                        .remove("version")
                        .add("requestsOnline", true)
                        .build())
                .send();
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        online = true;
      }
      String form =
          "{\"applicantType\":\"naturalPerson\",\"name\":\"矩阵申请人\",\"phone\":\"13800000000\","
              + "\"subject\":\"矩阵测试\",\"wantedForm\":\"paper\",\"delivery\":\"pickup\"}";
      Api.Reply sent =
          new io.gongkai.testing.OnlineForms(API.server())
              .submit(io.gongkai.testing.OnlineForms.freshAddress(), org, form);
      assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
      Api.Reply list = get(install, "manage/organisations/" + org + "/requests/submissions");
      String tracking = sent.json().getString("trackingNumber");
      return list.jsonArray().stream()
          .map(JsonValue::asJsonObject)
          .filter(s -> s.getString("trackingNumber").equals(tracking))
          .findFirst()
          .orElseThrow()
          .getJsonNumber("id")
          .longValue();
    }

    /** A fresh account with the editor's role here. */
    String user() {
      String name = RightsMatrixIT.user(install);
      grant(install, name, org, "EDITOR");
      return name;
    }
  }

  private static Api.Reply get(String token, String path) {
    return API.get("api/v1/" + path).as(token).send();
  }

  private static String user(String install) {
    String name = "mx-" + UUID.randomUUID().toString().substring(0, 10);
    Api.Reply r =
        API.post("api/v1/manage/users")
            .as(install)
            .json("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return name;
  }

  private static void grant(String install, String user, String org, String role) {
    Api.Reply r =
        API.post("api/v1/manage/users/" + user + "/grants")
            .as(install)
            .json("{\"organisation\":\"" + org + "\",\"role\":\"" + role + "\"}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  private static String login(String user) {
    Api.Reply r =
        API.post("api/v1/auth/token")
            .json("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getString("token");
  }

  private static String role(Subject s) {
    return switch (s) {
      case EDITOR, EDITOR_OTHER -> "EDITOR";
      case REVIEWER, REVIEWER_OTHER -> "REVIEWER";
      default -> "ADMINISTRATOR";
    };
  }

  private static String code() {
    return String.valueOf(
        100_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(899_999_999));
  }

  private static byte[] seedReport() {
    try (InputStream in =
        RightsMatrixIT.class.getResourceAsStream("/reports/jurong-jgfwzx-2019.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
