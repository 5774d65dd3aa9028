package io.gongkai.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.testing.Api;
import io.gongkai.testing.Imports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Migrates 325 real disclosure pages of about 300 government sites (see
 * src/test/resources/migration/README.md) and checks what citizens and letters cite: every printed
 * 索引号 finds its page, every old address finds its page, every publication date is kept, and a
 * second import changes nothing.
 */
class RealSiteMigrationIT {

  private static final Path FIXTURE = Path.of("src/test/resources/migration/items.ndjson");

  private final Api api = new Api();
  private final Imports imports = new Imports(api);

  @Test
  void everyPageKeepsItsIndexNumberAddressAndDateAndASecondImportChangesNothing()
      throws IOException {
    String org = api.newOrganisation("real", "迁移验证局");
    String ndjson = Files.readString(FIXTURE, StandardCharsets.UTF_8);
    String header = ndjson.lines().findFirst().orElseThrow();
    List<JsonObject> pages = pages(ndjson).stream().filter(p -> !isReport(p)).toList();
    String itemsFile = header + "\n" + lines(pages);

    JsonObject job = imports.run(org, itemsFile, "defaultChannel=other-documents");

    assertThat(job.getJsonArray("errors")).isEmpty();
    assertThat(job.getInt("created")).isEqualTo(pages.size());
    int numbers = 0;
    for (JsonObject page : pages) {
      JsonObject item = byUrl(page.getString("originalUrl"));
      assertThat(item.getString("title")).isEqualTo(page.getString("title"));
      if (page.containsKey("indexNumber")) {
        numbers++;
        Api.Reply found = imports.byIndexNumber(page.getString("indexNumber"));
        assertThat(found.json().getInt("id"))
            .as(page.getString("indexNumber"))
            .isEqualTo(item.getInt("id"));
        assertThat(item.getString("indexNumber")).isEqualTo(page.getString("indexNumber"));
      }
      if (page.containsKey("publishedAt")) {
        assertThat(item.getString("publishedOn")).isEqualTo(date(page.getString("publishedAt")));
      }
      if (page.containsKey("publisher")) {
        assertThat(item.getString("publisher")).isEqualTo(page.getString("publisher"));
      }
    }
    assertThat(numbers).isGreaterThan(90);
    JsonObject again = imports.run(org, itemsFile, "defaultChannel=other-documents");
    assertThat(again.getInt("unchanged")).isEqualTo(pages.size());
    assertThat(again.getInt("created") + again.getInt("updated")).isZero();
  }

  /**
   * The annual-report pages of the fixture, each imported by the agency that published it (one
   * organisation a site, so no two share a year): each becomes that year's report, published on its
   * date, listed, shown, searchable and in the 年度报告 feed — structured when its tables could be
   * read, else as its text.
   */
  @Test
  void annualReportPagesBecomeTheReportsOfTheirYears() throws IOException {
    String ndjson = Files.readString(FIXTURE, StandardCharsets.UTF_8);
    String header = ndjson.lines().findFirst().orElseThrow();
    Map<String, List<JsonObject>> bySite = new LinkedHashMap<>();
    for (JsonObject page : pages(ndjson)) {
      if (isReport(page)) {
        String site = java.net.URI.create(page.getString("originalUrl")).getHost();
        int n = 0;
        while (bySite.getOrDefault(site + "#" + n, List.of()).stream()
            .anyMatch(p -> year(p) == year(page) || year(page) == 0)) {
          n++;
        }
        bySite.computeIfAbsent(site + "#" + n, k -> new ArrayList<>()).add(page);
      }
    }
    int reports = 0;
    int structured = 0;
    List<String> orgs = new ArrayList<>();
    for (List<JsonObject> site : bySite.values()) {
      String org = api.newOrganisation("past", "往年报告单位");
      orgs.add(org);
      JsonObject job = imports.run(org, header + "\n" + lines(site), "");
      assertThat(job.getJsonArray("errors")).as(org).isEmpty();
      assertThat(job.getInt("created")).isEqualTo(site.size());
      Map<String, Integer> years = new LinkedHashMap<>();
      for (var listed : api.get("api/v1/reports?organisation=" + org).send().jsonArray()) {
        years.put(listed.asJsonObject().getString("title"), listed.asJsonObject().getInt("year"));
      }
      for (JsonObject page : site) {
        reports++;
        int year = years.get(page.getString("title"));
        if (year(page) != 0) {
          assertThat(year).isEqualTo(year(page));
        }
        JsonObject report = api.get("api/v1/reports/" + org + "/" + year).send().json();
        assertThat(report.getString("title")).isEqualTo(page.getString("title"));
        assertThat(report.getString("originalUrl")).isEqualTo(page.getString("originalUrl"));
        assertThat(report.getJsonObject("original").getString("contentType"))
            .startsWith("text/html");
        if (page.containsKey("publishedAt")) {
          assertThat(report.getString("publishedOn"))
              .isEqualTo(date(page.getString("publishedAt")));
        }
        if (report.getBoolean("structured")) {
          structured++;
          assertThat(
                  report.getJsonArray("checks").stream()
                      .map(v -> v.asJsonObject().getString("severity")))
              .doesNotContain("ERROR");
        } else {
          assertThat(report.isNull("format")).isTrue();
          String text = Jsoup.parse(page.getString("body")).text().replaceAll("\\s+", "");
          assertThat(report.getString("text").replaceAll("\\s+", ""))
              .contains(text.substring(0, Math.min(30, text.length())));
        }
      }
      String feed =
          api.get("api/v1/organisations/" + org + "/channels/annual-reports/feed").send().body();
      for (JsonObject page : site) {
        assertThat(feed).contains("<title>" + escape(page.getString("title")));
      }
      JsonObject again = imports.run(org, header + "\n" + lines(site), "");
      assertThat(again.getInt("unchanged")).as(org).isEqualTo(site.size());
    }
    assertThat(reports).isEqualTo(60);
    System.out.println("past reports imported: " + reports + ", structured: " + structured);
    JsonObject first = bySite.values().iterator().next().get(0);
    String firstOrg = orgs.get(0);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.get(
                            "api/v1/search?type=report&organisation="
                                + firstOrg
                                + "&q="
                                + Api.encode(first.getString("title")))
                        .send()
                        .json()
                        .getInt("total")
                    >= 1);
  }

  private static boolean isReport(JsonObject page) {
    return page.getString("channel", "").contains("年度报告")
        || "annual-report".equals(page.getString("kind", ""));
  }

  /** The year an annual report reports on, as its title prints it; 0 when it prints none. */
  private static int year(JsonObject page) {
    var m =
        java.util.regex.Pattern.compile("((?:19|20)\\d\\d)\\s*年").matcher(page.getString("title"));
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static String lines(List<JsonObject> pages) {
    return pages.stream().map(JsonObject::toString).collect(Collectors.joining("\n"));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private JsonObject byUrl(String url) {
    Api.Reply r = api.get("api/v1/items/by-original-url?url=" + Api.encode(url)).send();
    assertThat(r.status()).as(url).isEqualTo(200);
    return r.json();
  }

  private static String date(String publishedAt) {
    if (publishedAt.length() == 10) {
      return publishedAt;
    }
    return Instant.from(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(publishedAt))
        .atZone(ZoneId.of("Asia/Shanghai"))
        .toLocalDate()
        .toString();
  }

  private static List<JsonObject> pages(String ndjson) {
    return ndjson
        .lines()
        .filter(l -> !l.isBlank())
        .map(
            l -> {
              try (JsonReader r = Json.createReader(new StringReader(l))) {
                return r.readObject();
              }
            })
        .filter(o -> o.containsKey("externalId"))
        .toList();
  }
}
