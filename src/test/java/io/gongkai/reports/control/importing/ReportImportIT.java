package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.entity.ReportTables;
import io.gongkai.testing.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Importing reports through the deployed WAR: preview, stored drafts, bad files, the demo seed. */
class ReportImportIT {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Api api = new Api();

  @Test
  void seedReportParsesCellExactOverHttp() {
    Fixture seed = Fixture.load("seed", "/reports/jurong-jgfwzx-2019.txt");

    Api.Reply r = parse(seed.input(), "text/plain; charset=UTF-8");

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject json = r.json();
    assertThat(json.getInt("year")).isEqualTo(2019);
    assertThat(json.getString("format")).isEqualTo("2019");
    CellScore score = CellScore.of(seed, result(json));
    assertThat(score.expected).isEqualTo(198);
    assertThat(score.correct).as(score.toString()).isEqualTo(198);
    assertThat(json.getJsonObject("sections").getString("overview")).contains("主动公开政府信息 112条");
    assertThat(json.getJsonObject("sections").getString("problems")).isNotBlank();
    assertThat(json.getJsonObject("sections").getString("other")).isNotBlank();
  }

  @Test
  void everyFixtureParsesOverHttpWithoutAWrongCell() {
    CellScore all = new CellScore();
    for (Fixture f : Fixture.all()) {
      String type =
          f.name().endsWith("2023") && f.group().equals("complete") ? "text/html" : "text/plain";
      Api.Reply r = parse(f.input(), type + "; charset=UTF-8");
      if (f.expectedCells().isEmpty() && r.status() == 422) {
        continue;
      }
      assertThat(r.status()).as(f + ": " + r).isEqualTo(200);
      all.add(CellScore.of(f, result(r.json())));
    }

    assertThat(all.wrong).isEmpty();
    assertThat(all.correct).as(all.toString()).isGreaterThanOrEqualTo(1756);
  }

  @Test
  void importStoresADraftThatIsNotPublic() {
    String slug = organisation();
    String seed = Fixture.read("/reports/jurong-jgfwzx-2019.txt");

    Api.Reply r =
        api.post("api/v1/manage/organisations/" + slug + "/reports/import")
            .as(api.login("it-admin"))
            .bytes(seed.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
            .send();

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    JsonObject draft =
        api.get("api/v1/manage/reports/" + slug + "/2019").as(api.login("it-admin")).send().json();
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(
            draft
                .getJsonObject("tables")
                .getJsonObject("requests")
                .getJsonObject("total")
                .getInt("total"))
        .isZero();
    assertThat(draft.getJsonObject("sections").getString("overview"))
        .startsWith("<p>")
        .contains("112条");
    assertThat(api.get("api/v1/reports/" + slug + "/2019").send().status()).isEqualTo(404);
  }

  @Test
  void thePreviewShowsTheReportsOwnArithmeticErrorsOnTheirCellsAndStoresNothing() {
    String slug = organisation();
    String seed = Fixture.read("/reports/jurong-jgfwzx-2019.txt");
    // 自然人 3 in 本年新收, while its 总计 stays 0
    String broken = seed.replaceFirst("(一、本年新收政府信息公开申请数量\\s*\\n\\t)0", "$13");
    assertThat(broken).isNotEqualTo(seed);

    Api.Reply r =
        api.post("api/v1/manage/reports/parse?organisation=" + slug)
            .as(api.login("it-admin"))
            .bytes(broken.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
            .send();

    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    assertThat(r.json().getJsonObject("layout").getString("id")).isEqualTo("2019");
    List<JsonObject> findings =
        r.json().getJsonArray("findings").getValuesAs(JsonObject.class).stream()
            .filter(f -> f.getString("severity").equals("ERROR"))
            .toList();
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.getString("table")).isEqualTo("requests");
              assertThat(f.getString("row")).isEqualTo("received");
              assertThat(f.getString("rowLabel")).contains("本年新收");
            });
    assertThat(api.get("api/v1/manage/reports/" + slug + "/2019").as(api.login("it-admin")).send())
        .extracting(Api.Reply::status)
        .isEqualTo(404);
  }

  @Test
  void thePreviewOfASoundReportHasNoErrorAndOnlyAnOrganisationsEditorsCheckAgainstIt() {
    String seed = Fixture.read("/reports/jurong-jgfwzx-2019.txt");

    Api.Reply alone = parse(seed, "text/plain; charset=UTF-8");
    Api.Reply foreign =
        api.post("api/v1/manage/reports/parse?organisation=" + organisation())
            .as(api.login("demo-editor"))
            .bytes(seed.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
            .send();

    assertThat(alone.status()).isEqualTo(200);
    assertThat(alone.json().getJsonArray("findings").getValuesAs(JsonObject.class))
        .noneMatch(f -> f.getString("severity").equals("ERROR"));
    assertThat(foreign.status()).isEqualTo(403);
  }

  @Test
  void aPastYearsReportKeepsTheDayItsAgencyPublishedIt() {
    String slug = organisation();
    String seed = Fixture.read("/reports/jurong-jgfwzx-2019.txt");
    Api.Reply imported =
        api.post("api/v1/manage/organisations/" + slug + "/reports/import?publishedOn=2020-01-21")
            .as(api.login("it-admin"))
            .bytes(seed.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
            .send();
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    assertThat(imported.json().getJsonArray("findings").getValuesAs(JsonObject.class))
        .noneMatch(f -> f.getString("severity").equals("ERROR"));

    Api.Reply drafts =
        api.get("api/v1/manage/reports?organisation=" + slug).as(api.login("it-admin")).send();
    assertThat(drafts.jsonArray().getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.getString("state")).isEqualTo("DRAFT");
              assertThat(d.getString("publishedOn")).isEqualTo("2020-01-21");
            });
    Api.Reply published =
        api.post("api/v1/manage/reports/" + slug + "/2019/publish")
            .as(api.login("it-admin"))
            .ifMatch(imported.etag())
            .send();

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(api.get("api/v1/reports/" + slug + "/2019").send().json().getString("publishedOn"))
        .isEqualTo("2020-01-21");
  }

  @Test
  void aPublicationDateInTheFutureOrBeforeTheYearIsRefused() {
    String slug = organisation();
    String seed = Fixture.read("/reports/jurong-jgfwzx-2019.txt");
    for (String day : List.of("2999-01-01", "2018-12-31", "31/01/2020")) {
      Api.Reply r =
          api.post("api/v1/manage/organisations/" + slug + "/reports/import?publishedOn=" + day)
              .as(api.login("it-admin"))
              .bytes(seed.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
              .send();

      assertThat(r.status()).as(day + ": " + r).isEqualTo(400);
      assertThat(r.header("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(r.toString()).contains("publishedOn");
    }
    assertThat(
            api.get("api/v1/manage/reports?organisation=" + slug)
                .as(api.login("it-admin"))
                .send()
                .jsonArray())
        .isEmpty();
  }

  @Test
  void theListOfAnOrganisationsReportsIsForItsEditors() {
    String slug = organisation();

    assertThat(api.get("api/v1/manage/reports?organisation=" + slug).send().status())
        .isEqualTo(401);
    assertThat(
            api.get("api/v1/manage/reports?organisation=" + slug)
                .as(api.login("demo-editor"))
                .send()
                .status())
        .isEqualTo(403);
    assertThat(api.get("api/v1/manage/reports").as(api.login("it-admin")).send().status())
        .isEqualTo(400);
  }

  @Test
  void tableOfAnotherLayoutIsReportedAndNotMovedIntoTheFormatOfTheYear() {
    String slug = organisation();
    String seed = Fixture.read("/reports/jurong-jgfwzx-2019.txt");

    Api.Reply r =
        api.post("api/v1/manage/organisations/" + slug + "/reports/import?year=2021")
            .as(api.login("it-admin"))
            .bytes(seed.getBytes(StandardCharsets.UTF_8), "text/plain")
            .send();

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.json().getJsonArray("notes").toString())
        .contains("otherServices", "not in format");
    JsonObject draft =
        api.get("api/v1/manage/reports/" + slug + "/2021").as(api.login("it-admin")).send().json();
    assertThat(draft.getJsonObject("format").getString("id")).isEqualTo("2021");
    assertThat(
            draft.getJsonObject("tables").getJsonObject("proactive").containsKey("otherServices"))
        .isFalse();
    assertThat(draft.getJsonObject("tables").getJsonObject("requests").containsKey("received"))
        .isTrue();
    assertThat(draft.getJsonArray("checks").toString()).contains("other.noCorrection");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty file          | EMPTY   | text/plain | 422",
        "a news article      | NEWS    | text/plain | 422",
        "binary garbage      | GARBAGE | text/plain | 415",
        "too large           | LARGE   | text/plain | 413",
        "unsupported type    | NEWS    | application/pdf | 415",
        "corrupt Word file   | GARBAGE | application/vnd.openxmlformats-officedocument.wordprocessingml.document | 422",
      })
  void badFilesGetAProblemAndNothingIsStored(String name, String body, String type, int status) {
    String slug = organisation();
    byte[] bytes =
        switch (body) {
          case "EMPTY" -> new byte[0];
          case "NEWS" -> "4月12日，市机关服务中心组织开展消防安全演练，各科室共60余人参加。".getBytes(StandardCharsets.UTF_8);
          case "GARBAGE" ->
              new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3, 0x28, 7, 0, 0};
          default ->
              "一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n".repeat(800_000).getBytes(StandardCharsets.UTF_8);
        };

    Api.Reply r =
        api.post("api/v1/manage/organisations/" + slug + "/reports/import?year=2020")
            .as(api.login("it-admin"))
            .bytes(bytes, type)
            .send();

    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(
            api.get("api/v1/manage/reports/" + slug + "/2020")
                .as(api.login("it-admin"))
                .send()
                .status())
        .isEqualTo(404);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"jrjgfwzx, 2019, 2019", "jrjyj, 2023, 2021"})
  void publishedReportRoundTripsThroughWord(String slug, int year, String format) {
    Api.Reply docx = api.get("api/v1/reports/" + slug + "/" + year + "/docx").send();
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docx.header("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("filename*=UTF-8''"));

    Api.Reply parsed =
        api.post("api/v1/manage/reports/parse")
            .as(api.login("demo-editor"))
            .bytes(docx.bytes(), DOCX)
            .send();

    assertThat(parsed.status()).as(parsed.toString()).isEqualTo(200);
    assertThat(parsed.json().getString("format")).isEqualTo(format);
    JsonObject original = api.get("api/v1/reports/" + slug + "/" + year).send().json();
    assertThat(result(parsed.json()).tables().values())
        .isEqualTo(result(original).tables().values());
  }

  @Test
  void wordFileImportedIsKeptAsTheOriginalAndServedOncePublished() {
    String slug = organisation();
    String admin = api.login("it-admin");
    byte[] docx = api.get("api/v1/reports/jrjyj/2023/docx").send().bytes();
    String name = "句容市2023年政府信息公开工作年度报告.docx";

    Api.Reply imported =
        api.post(
                "api/v1/manage/organisations/"
                    + slug
                    + "/reports/import?year=2023&name="
                    + Api.encode(name))
            .as(admin)
            .bytes(docx, DOCX)
            .send();
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    JsonObject draft = api.get("api/v1/manage/reports/" + slug + "/2023").as(admin).send().json();
    assertThat(draft.getJsonObject("original").getString("fileName")).isEqualTo(name);
    assertThat(api.get("api/v1/reports/" + slug + "/2023/original").send().status()).isEqualTo(404);

    Api.Reply published =
        api.post("api/v1/manage/reports/" + slug + "/2023/publish")
            .as(admin)
            .ifMatch(imported.etag())
            .send();
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    Api.Reply original = api.get("api/v1/reports/" + slug + "/2023/original").send();

    assertThat(original.status()).isEqualTo(200);
    assertThat(original.bytes()).isEqualTo(docx);
    assertThat(original.header("Content-Type")).contains(DOCX);
    assertThat(original.header("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d).contains("filename*=UTF-8''" + Api.encode(name).replace("+", "%20")));
  }

  @Test
  void originalFileMustBeADocumentWhoseNameMatchesItsContent() {
    String slug = organisation();
    String admin = api.login("it-admin");
    Api.Reply draft =
        api.post("api/v1/manage/organisations/" + slug + "/reports/import?year=2019")
            .as(admin)
            .bytes(
                Fixture.read("/reports/jurong-jgfwzx-2019.txt").getBytes(StandardCharsets.UTF_8),
                "text/plain")
            .send();
    byte[] pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    Api.Reply disguised =
        api.put("api/v1/manage/reports/" + slug + "/2019/original?name=report.docx")
            .as(admin)
            .ifMatch(draft.etag())
            .bytes(pdf, "application/octet-stream")
            .send();
    Api.Reply kept =
        api.put(
                "api/v1/manage/reports/"
                    + slug
                    + "/2019/original?name="
                    + Api.encode("2019年年报.pdf"))
            .as(admin)
            .ifMatch(draft.etag())
            .bytes(pdf, "application/pdf")
            .send();

    assertThat(disguised.status()).isEqualTo(415);
    assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
    assertThat(kept.json().getJsonObject("original").getString("contentType"))
        .isEqualTo("application/pdf");
  }

  @Test
  void demoSeedReportIsPublishedWithoutErrors() {
    JsonObject report = api.get("api/v1/reports/jrjgfwzx/2019").send().json();

    assertThat(report.getJsonObject("format").getString("id")).isEqualTo("2019");
    assertThat(
            report.getJsonArray("checks").stream().map(v -> v.asJsonObject().getString("severity")))
        .doesNotContain("ERROR");
    assertThat(
            report
                .getJsonObject("tables")
                .getJsonObject("proactive")
                .getJsonObject("procurement")
                .getInt("procurementAmount"))
        .isZero();
  }

  private Api.Reply parse(String text, String type) {
    return api.post("api/v1/manage/reports/parse")
        .as(api.login("demo-editor"))
        .bytes(text.getBytes(StandardCharsets.UTF_8), type)
        .send();
  }

  private String organisation() {
    return api.newOrganisation("imp", "句容市导入测试局");
  }

  private static ImportResult result(JsonObject json) {
    ReportTables tables = new ReportTables();
    json.getJsonObject("tables")
        .forEach(
            (table, rows) ->
                rows.asJsonObject()
                    .forEach(
                        (row, cells) ->
                            cells
                                .asJsonObject()
                                .forEach(
                                    (column, v) ->
                                        tables.put(
                                            table,
                                            row,
                                            column,
                                            v.getValueType() == JsonValue.ValueType.NULL
                                                ? null
                                                : new BigDecimal(v.toString())))));
    return new ImportResult(null, null, tables, Map.of(), List.of());
  }
}
