package io.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DerivedFiguresIT {

  private final Api api = new Api();
  private final Items items = new Items(api);
  private final int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

  @Test
  void proposalsComeFromTheItemsHeldAndAreRecordedWhenAccepted() {
    String admin = api.login("it-admin");
    String slug = api.newOrganisation("der", "句容市推算测试局");
    publish(admin, slug, "normative-documents", year + "-02-01", "有效", null);
    publish(admin, slug, "normative-documents", year + "-04-01", "有效", null);
    publish(admin, slug, "normative-documents", (year - 2) + "-05-01", "废止", year + "-06-01");
    publish(admin, slug, "normative-documents", (year - 1) + "-01-01", "有效", null);
    publish(admin, slug, "notices", year + "-05-01", "有效", null);
    Api.Reply draft =
        api.post("api/v1/manage/reports")
            .as(admin)
            .json(ReportsIT.consistent2021(slug, year))
            .send();

    JsonObject proposal =
        api.get("api/v1/manage/reports/" + slug + "/" + year + "/derived").as(admin).send().json();

    assertThat(proposal.getJsonObject("overview").getInt("total")).isEqualTo(5);
    assertThat(proposal.getJsonObject("overview").getString("sentence"))
        .isEqualTo(year + "年主动公开政府信息5条，其中规范性文件4条，通知公告1条。");
    JsonObject cells = proposal.getJsonObject("cells");
    assertThat(cells.getInt("proactive.normativeDocuments.issuedThisYear")).isEqualTo(2);
    assertThat(cells.getInt("proactive.normativeDocuments.repealedThisYear")).isEqualTo(1);
    assertThat(cells.getInt("proactive.normativeDocuments.inForce")).isEqualTo(3);
    assertThat(cells.getInt("proactive.regulations.inForce")).isZero();

    Api.Reply accepted =
        api.post("api/v1/manage/reports/" + slug + "/" + year + "/derived")
            .as(admin)
            .ifMatch(draft.etag())
            .json(
                "{\"accept\":[\"overview\",\"proactive.normativeDocuments.issuedThisYear\","
                    + "\"proactive.normativeDocuments.repealedThisYear\",\"proactive.normativeDocuments.inForce\"]}")
            .send();

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    JsonObject report = accepted.json();
    assertThat(report.getJsonObject("sections").getString("overview"))
        .contains("主动公开政府信息5条，其中规范性文件4条");
    assertThat(
            report
                .getJsonObject("tables")
                .getJsonObject("proactive")
                .getJsonObject("normativeDocuments")
                .getInt("inForce"))
        .isEqualTo(3);
    assertThat(report.getJsonArray("derived").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactlyInAnyOrder(
            "overview",
            "proactive.normativeDocuments.issuedThisYear",
            "proactive.normativeDocuments.repealedThisYear",
            "proactive.normativeDocuments.inForce");

    JsonObject override =
        Json.createObjectBuilder(ReportsIT.consistent2021(slug, year))
            .add("overview", report.getJsonObject("sections").getString("overview"))
            .build();
    Api.Reply overridden =
        api.put("api/v1/manage/reports/" + slug + "/" + year)
            .as(admin)
            .ifMatch(accepted.etag())
            .json(override)
            .send();
    assertThat(
            overridden
                .json()
                .getJsonArray("derived")
                .getValuesAs(jakarta.json.JsonString::getString))
        .as(
            "inForce is overridden (5, not 3); issued 2 and repealed 1 still agree with the proposal")
        .containsExactlyInAnyOrder(
            "overview",
            "proactive.normativeDocuments.issuedThisYear",
            "proactive.normativeDocuments.repealedThisYear");
  }

  private void publish(
      String token,
      String slug,
      String channel,
      String writtenOn,
      String validity,
      String invalidSince) {
    var draft =
        Items.draft(Items.uniqueTitle("推算"))
            .add("organisation", slug)
            .add("channel", channel)
            .add("writtenOn", writtenOn)
            .add("validity", validity)
            .add("genre", channel.equals("notices") ? "通知" : "行政规范性文件");
    if (invalidSince != null) {
      draft.add("invalidSince", invalidSince);
    }
    items.act(token, items.create(token, draft.build()), "publish", null);
  }
}
