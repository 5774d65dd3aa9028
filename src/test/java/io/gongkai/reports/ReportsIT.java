package io.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class ReportsIT {

  private static final List<String> APPLICANTS =
      List.of(
          "naturalPerson",
          "enterprise",
          "researchInstitution",
          "publicInterestOrganisation",
          "legalServiceProvider",
          "otherOrganisation",
          "total");

  private final Api api = new Api();

  /** A new organisation per test, so report years never collide between tests. */
  private String organisation() {
    String slug = api.newOrganisation("rep", "句容市测试局");
    String user = "off-" + slug;
    api.post("api/v1/manage/users")
        .as(api.login("it-admin"))
        .json(
            "{\"username\":\"" + user + "\",\"password\":\"" + api.server().demoPassword() + "\"}")
        .send();
    api.post("api/v1/manage/users/" + user + "/grants")
        .as(api.login("it-admin"))
        .json("{\"organisation\":\"" + slug + "\",\"role\":\"REVIEWER\"}")
        .send();
    return slug;
  }

  /** Every cell of the 2021 format as 0, with a few real figures that add up. */
  public static JsonObject consistent2021(String slug, int year) {
    JsonObjectBuilder requests = Json.createObjectBuilder();
    for (String row :
        List.of(
            "received",
            "carriedOver",
            "disclosed",
            "partlyDisclosed",
            "withheld.stateSecret",
            "withheld.prohibitedByLaw",
            "withheld.securityAndStability",
            "withheld.thirdPartyRights",
            "withheld.internalAffairs",
            "withheld.processInformation",
            "withheld.enforcementFiles",
            "withheld.administrativeQuery",
            "unableToProvide.notHeld",
            "unableToProvide.needsCreation",
            "unableToProvide.stillUnclear",
            "notProcessed.petitionOrComplaint",
            "notProcessed.repeated",
            "notProcessed.publication",
            "notProcessed.excessive",
            "notProcessed.confirmation",
            "other.noCorrection",
            "other.feeUnpaid",
            "other.other",
            "total",
            "carriedForward")) {
      int n =
          Map.of(
                  "received",
                  9,
                  "carriedOver",
                  1,
                  "disclosed",
                  6,
                  "unableToProvide.notHeld",
                  3,
                  "total",
                  9,
                  "carriedForward",
                  1)
              .getOrDefault(row, 0);
      JsonObjectBuilder cells = Json.createObjectBuilder();
      APPLICANTS.forEach(c -> cells.add(c, c.equals("naturalPerson") || c.equals("total") ? n : 0));
      requests.add(row, cells);
    }
    JsonObjectBuilder appeals = Json.createObjectBuilder();
    for (String row : List.of("review", "litigationDirect", "litigationAfterReview")) {
      appeals.add(
          row,
          Json.createObjectBuilder()
              .add("upheld", row.equals("review") ? 1 : 0)
              .add("corrected", 0)
              .add("other", 0)
              .add("pending", 0)
              .add("total", row.equals("review") ? 1 : 0));
    }
    JsonObjectBuilder proactive =
        Json.createObjectBuilder()
            .add(
                "regulations",
                Json.createObjectBuilder()
                    .add("issuedThisYear", 0)
                    .add("repealedThisYear", 0)
                    .add("inForce", 0))
            .add(
                "normativeDocuments",
                Json.createObjectBuilder()
                    .add("issuedThisYear", 2)
                    .add("repealedThisYear", 1)
                    .add("inForce", 5))
            .add("licensing", Json.createObjectBuilder().add("decisions", 120))
            .add("punishment", Json.createObjectBuilder().add("decisions", 3))
            .add("coercion", Json.createObjectBuilder().add("decisions", 0))
            .add("fees", Json.createObjectBuilder().add("feeAmount", 160.5964));
    return Json.createObjectBuilder()
        .add("organisation", slug)
        .add("year", year)
        .add("overview", "<p>" + year + "年，本局主动公开政府信息20条，其中通知公告12条，部门动态8条。</p>")
        .add("problems", "<p>公开内容的及时性有待提高，下一步将完善审核流程。</p>")
        .add("other", "<p>本年度未收取信息处理费。</p>")
        .add(
            "tables",
            Json.createObjectBuilder()
                .add("proactive", proactive)
                .add("requests", requests)
                .add("appeals", appeals))
        .build();
  }

  @Test
  void consistentReportIsDraftedCheckedPublishedAndShownWithLabelsAndKeys() {
    String slug = organisation();
    String reviewer = api.login("off-" + slug);
    Api.Reply draft =
        api.post("api/v1/manage/reports").as(reviewer).json(consistent2021(slug, 2023)).send();
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    assertThat(draft.json().getJsonObject("format").getString("id")).isEqualTo("2021");
    assertThat(api.get("api/v1/reports/" + slug + "/2023").send().status()).isEqualTo(404);
    assertThat(api.get("api/v1/reports?organisation=" + slug).send().jsonArray()).isEmpty();

    Api.Reply published =
        api.post("api/v1/manage/reports/" + slug + "/2023/publish")
            .as(reviewer)
            .ifMatch(draft.etag())
            .send();
    assertThat(published.status()).as(published.toString()).isEqualTo(200);

    JsonObject report = api.get("api/v1/reports/" + slug + "/2023").send().json();
    assertThat(report.getString("state")).isEqualTo("PUBLISHED");
    assertThat(
            report
                .getJsonObject("tables")
                .getJsonObject("requests")
                .getJsonObject("received")
                .getInt("naturalPerson"))
        .isEqualTo(9);
    assertThat(
            report
                .getJsonObject("tables")
                .getJsonObject("proactive")
                .getJsonObject("fees")
                .getJsonNumber("feeAmount")
                .bigDecimalValue())
        .isEqualByComparingTo("160.5964");
    assertThat(report.getJsonObject("format").toString())
        .contains("本年制发件数", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "复议后起诉");
    assertThat(report.getJsonArray("checks")).isEmpty();
    assertThat(
            api.get("api/v1/reports?organisation=" + slug)
                .send()
                .jsonArray()
                .getJsonObject(0)
                .getInt("year"))
        .isEqualTo(2023);
  }

  @Test
  void reportWithAnErrorCannotBePublishedAndTheProblemListsTheViolations() {
    String slug = organisation();
    String reviewer = api.login("off-" + slug);
    JsonObject body = consistent2021(slug, 2022);
    JsonObject tables = body.getJsonObject("tables");
    JsonObject wrong =
        Json.createObjectBuilder(body)
            .add(
                "tables",
                Json.createObjectBuilder(tables)
                    .add(
                        "appeals",
                        Json.createObjectBuilder(tables.getJsonObject("appeals"))
                            .add(
                                "review",
                                Json.createObjectBuilder()
                                    .add("upheld", 1)
                                    .add("corrected", 1)
                                    .add("other", 0)
                                    .add("pending", 0)
                                    .add("total", JsonValue.NULL))))
            .build();
    Api.Reply draft = api.post("api/v1/manage/reports").as(reviewer).json(wrong).send();

    Api.Reply checked =
        api.post("api/v1/manage/reports/" + slug + "/2022/check").as(reviewer).send();
    Api.Reply refused =
        api.post("api/v1/manage/reports/" + slug + "/2022/publish")
            .as(reviewer)
            .ifMatch(draft.etag())
            .send();

    assertThat(checked.jsonArray())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.asJsonObject().getString("rule")).isEqualTo("R5");
              assertThat(v.asJsonObject().getString("row")).isEqualTo("review");
              assertThat(v.asJsonObject().getString("column")).isEqualTo("total");
              assertThat(v.asJsonObject().getString("rowLabel")).isEqualTo("行政复议");
            });
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().getString("type")).endsWith("/report-inconsistent");
    assertThat(refused.json().getJsonArray("violations").toString()).contains("\"R5\"");
    assertThat(api.get("api/v1/reports/" + slug + "/2022").send().status()).isEqualTo(404);
    assertThat(
            draft
                .json()
                .getJsonObject("tables")
                .getJsonObject("appeals")
                .getJsonObject("review")
                .isNull("total"))
        .as("blank stays null, not 0")
        .isTrue();
  }

  @Test
  void publishedReportIsCorrectedKeepingWhatThePublicSawBefore() {
    String slug = organisation();
    String reviewer = api.login("off-" + slug);
    Api.Reply draft =
        api.post("api/v1/manage/reports").as(reviewer).json(consistent2021(slug, 2021)).send();
    Api.Reply published =
        api.post("api/v1/manage/reports/" + slug + "/2021/publish")
            .as(reviewer)
            .ifMatch(draft.etag())
            .send();
    JsonObject corrected =
        Json.createObjectBuilder(consistent2021(slug, 2021))
            .add("reason", "更正表二行政许可数量")
            .remove("organisation")
            .remove("year")
            .build();
    JsonObject fixedTables =
        Json.createObjectBuilder(corrected.getJsonObject("tables"))
            .add(
                "proactive",
                Json.createObjectBuilder(
                        corrected.getJsonObject("tables").getJsonObject("proactive"))
                    .add("licensing", Json.createObjectBuilder().add("decisions", 121)))
            .build();

    Api.Reply stale =
        api.post("api/v1/manage/reports/" + slug + "/2021/corrections")
            .as(reviewer)
            .ifMatch(draft.etag())
            .json(Json.createObjectBuilder(corrected).add("tables", fixedTables).build())
            .send();
    Api.Reply r =
        api.post("api/v1/manage/reports/" + slug + "/2021/corrections")
            .as(reviewer)
            .ifMatch(published.etag())
            .json(Json.createObjectBuilder(corrected).add("tables", fixedTables).build())
            .send();

    assertThat(stale.status()).isEqualTo(412);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject report = api.get("api/v1/reports/" + slug + "/2021").send().json();
    assertThat(
            report
                .getJsonObject("tables")
                .getJsonObject("proactive")
                .getJsonObject("licensing")
                .getInt("decisions"))
        .isEqualTo(121);
    JsonObject history = report.getJsonArray("corrections").getJsonObject(0);
    assertThat(history.getString("reason")).isEqualTo("更正表二行政许可数量");
    assertThat(history.getString("correctedAt")).isNotBlank();
    assertThat(
            history
                .getJsonObject("previous")
                .getJsonObject("tables")
                .getJsonObject("proactive")
                .getJsonObject("licensing")
                .getInt("decisions"))
        .isEqualTo(120);
  }

  @Test
  void demoReportIsPublishedConsistentAndRendersInTheOfficialLayout() {
    JsonObject report = api.get("api/v1/reports/jrjyj/2023").send().json();
    Api.Reply html = api.get("api/v1/reports/jrjyj/2023/html").send();

    assertThat(report.getJsonObject("format").getString("id")).isEqualTo("2021");
    assertThat(report.getJsonArray("checks")).as("R1–R9 incl. R8 against the demo items").isEmpty();
    assertThat(html.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html.body());
    assertThat(doc.select("script, style, [onclick]")).isEmpty();
    assertThat(widths(doc.selectFirst("table[data-table=requests]"))).containsOnly(10);
    assertThat(widths(doc.selectFirst("table[data-table=appeals]"))).containsOnly(15);
    assertThat(widths(doc.selectFirst("table[data-table=proactive]"))).containsOnly(4);
    assertThat(doc.selectFirst("td[data-cell=received.naturalPerson]").text()).isEqualTo("14");
    assertThat(doc.selectFirst("td[data-cell=received.total]").text()).isEqualTo("16");
    assertThat(doc.select("th").eachText())
        .contains("三、本年度办理结果", "（三）不予公开", "3.其他", "本年收费金额（单位：万元）", "复议后起诉");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("句容市教育局2023年政府信息公开工作年度报告");
  }

  @Test
  void theReportFragmentMayBeFramedByTheConfiguredPortalAndNothingElseByAnyOtherSite() {
    Api.Reply fragment = api.get("api/v1/reports/jrjyj/2023/html").send();
    Api.Reply json = api.get("api/v1/reports/jrjyj/2023").send();
    Api.Reply console = api.get("console/").send();

    assertThat(fragment.header("Content-Security-Policy"))
        .hasValue("frame-ancestors 'self' " + io.gongkai.testing.PayaraMicroServer.CORS_ORIGIN);
    assertThat(fragment.header("X-Frame-Options")).isEmpty();
    assertThat(json.header("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(console.header("X-Frame-Options")).hasValue("SAMEORIGIN");
  }

  @Test
  void theFragmentIsEmbeddableAndTheLayoutIsServedAsData() {
    String html = api.get("api/v1/reports/jrjyj/2023/html").send().body();
    JsonObject layout = api.get("api/v1/reports/jrjyj/2023/layout").send().json();

    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    org.jsoup.nodes.Element article = doc.body().child(0);
    assertThat(doc.body().children()).hasSize(1);
    assertThat(article.attr("lang")).isEqualTo("zh-CN");
    assertThat(article.selectFirst("h1").id()).isEqualTo(article.attr("aria-labelledby"));
    String stylesheet = article.selectFirst("link[rel=stylesheet]").attr("href");
    // the theme's versioned address: cached for as long as this theme lasts
    assertThat(stylesheet).matches("/themes/v/[0-9a-f]{12}/default/report-fragment\\.css");
    Api.Reply css = api.get(stylesheet).send();
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    assertThat(css.header("X-Theme-Version")).contains(stylesheet.split("/")[3]);
    assertThat(css.header("Content-Type").orElse("")).startsWith("text/css");
    assertThat(css.body()).contains(":where(.gongkai-report)", "@media print");
    java.util.Set<String> ids = new java.util.HashSet<>(doc.select("th[id]").eachAttr("id"));
    assertThat(doc.select("td")).isNotEmpty().allMatch(td -> !td.attr("headers").isBlank());
    assertThat(
            doc.select("td").eachAttr("headers").stream()
                .flatMap(h -> List.of(h.split(" ")).stream()))
        .allMatch(ids::contains);

    assertThat(layout.getString("format")).isEqualTo("2021");
    assertThat(layout.getJsonArray("parts")).hasSize(6);
    JsonObject requests = layout.getJsonArray("parts").getJsonObject(2).getJsonObject("table");
    assertThat(requests.getString("key")).isEqualTo("requests");
    assertThat(requests.getInt("columns")).isEqualTo(10);
    List<JsonObject> cells =
        requests.getJsonArray("groups").stream()
            .flatMap(g -> g.asJsonObject().getJsonArray("rows").stream())
            .flatMap(r -> r.asJsonArray().stream())
            .map(JsonValue::asJsonObject)
            .toList();
    assertThat(cells)
        .filteredOn(c -> "received.naturalPerson".equals(c.getString("cell", null)))
        .singleElement()
        .satisfies(c -> assertThat(c.getString("text")).isEqualTo("14"));
    assertThat(cells)
        .filteredOn(c -> "申请人情况".equals(c.getString("text", null)))
        .singleElement()
        .satisfies(c -> assertThat(c.getInt("colspan")).isEqualTo(7));
  }

  /** The number of grid columns each row of a table covers, counting spans from rows above. */
  private static List<Integer> widths(org.jsoup.nodes.Element table) {
    List<Integer> widths = new java.util.ArrayList<>();
    int[] carried = new int[64];
    for (org.jsoup.nodes.Element tr : table.select("tr")) {
      int col = 0;
      int width = 0;
      for (org.jsoup.nodes.Element cell : tr.children()) {
        while (carried[col] > 0) {
          carried[col]--;
          col++;
          width++;
        }
        int colspan = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
        int rowspan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
        for (int i = 0; i < colspan; i++) {
          carried[col++] = rowspan - 1;
        }
        width += colspan;
      }
      while (carried[col] > 0) {
        carried[col]--;
        col++;
        width++;
      }
      widths.add(width);
    }
    return widths;
  }

  @Test
  void unknownRowsAndYearsWithoutAFormatAreRefused() {
    String slug = organisation();
    String reviewer = api.login("off-" + slug);
    JsonObject body = consistent2021(slug, 2020);

    Api.Reply wrongFormat = api.post("api/v1/manage/reports").as(reviewer).json(body).send();
    Api.Reply tooEarly =
        api.post("api/v1/manage/reports")
            .as(reviewer)
            .json(Json.createObjectBuilder(body).add("year", 2015).build())
            .send();

    assertThat(wrongFormat.status()).isEqualTo(400);
    assertThat(wrongFormat.json().getJsonArray("fields").toString())
        .contains("tables.proactive.regulations.issuedThisYear");
    assertThat(tooEarly.status()).isEqualTo(400);
  }

  @Test
  void editorOfAnotherAgencyCannotTouchTheReport() {
    String slug = organisation();
    Api.Reply draft =
        api.post("api/v1/manage/reports")
            .as(api.login("off-" + slug))
            .json(consistent2021(slug, 2024))
            .send();
    String other = api.login("demo-editor2");

    assertThat(api.get("api/v1/manage/reports/" + slug + "/2024").as(other).send().status())
        .isEqualTo(403);
    assertThat(
            api.put("api/v1/manage/reports/" + slug + "/2024")
                .as(other)
                .ifMatch(draft.etag())
                .json(consistent2021(slug, 2024))
                .send()
                .status())
        .isEqualTo(403);
    assertThat(
            api.post("api/v1/manage/reports")
                .as(other)
                .json(consistent2021(slug, 2025))
                .send()
                .status())
        .isEqualTo(403);
  }
}
