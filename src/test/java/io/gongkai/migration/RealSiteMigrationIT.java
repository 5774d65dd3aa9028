package io.gongkai.migration;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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
    List<JsonObject> pages = pages(ndjson);

    JsonObject job = imports.run(org, ndjson, "defaultChannel=other-documents");

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
    assertThat(numbers).isGreaterThan(100);
    JsonObject again = imports.run(org, ndjson, "defaultChannel=other-documents");
    assertThat(again.getInt("unchanged")).isEqualTo(pages.size());
    assertThat(again.getInt("created") + again.getInt("updated")).isZero();
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
