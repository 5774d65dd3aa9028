package io.gongkai.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class PublicApiIT {

  private final Api api = new Api();

  @Test
  void organisationsAndTheirCatalogueAreListedWithCountsOfVisibleItems() {
    assertThat(
            api.get("api/v1/organisations").send().jsonArray().stream()
                .map(o -> o.asJsonObject().getString("slug")))
        .contains("jrjgfwzx", "jrszf", "jrjyj");
    JsonObject centre = api.get("api/v1/organisations/jrjgfwzx").send().json();
    assertThat(centre.getString("name")).isEqualTo("句容市机关服务中心");
    assertThat(centre.getString("parent")).isEqualTo("jrszf");

    var catalogue = api.get("api/v1/organisations/jrjgfwzx/catalogue").send().jsonArray();

    assertThat(catalogue.stream().map(c -> c.asJsonObject().getString("name")))
        .contains("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开工作年度报告", "依申请公开", "政策法规");
    JsonObject proactive = find(catalogue, "proactive");
    JsonObject workNews = find(proactive.getJsonArray("children"), "work-news");
    long childTotals =
        workNews.getJsonArray("children").stream()
            .mapToLong(c -> c.asJsonObject().getJsonNumber("total").longValue())
            .sum();
    assertThat(workNews.getJsonNumber("total").longValue()).isEqualTo(childTotals).isPositive();
    long listed =
        api.get("api/v1/items?organisation=jrjgfwzx&channel=work-news&size=1")
            .send()
            .json()
            .getJsonNumber("total")
            .longValue();
    assertThat(listed).isEqualTo(workNews.getJsonNumber("total").longValue());
  }

  @Test
  void guideIsGeneratedFromTheContactBlockAndChannels() {
    JsonObject guide = api.get("api/v1/organisations/jrjgfwzx/guide").send().json();

    assertThat(guide.getString("title")).isEqualTo("句容市机关服务中心政府信息公开指南");
    assertThat(guide.toString()).contains("0511-87270467").contains("法定主动公开内容");
  }

  @Test
  void itemsArePagedFilteredAndSortedByDate() {
    JsonObject first = api.get("api/v1/items?organisation=jrjgfwzx&year=2019&size=5").send().json();
    JsonObject second =
        api.get("api/v1/items?organisation=jrjgfwzx&year=2019&size=5&page=2").send().json();
    JsonObject oldest =
        api.get("api/v1/items?organisation=jrjgfwzx&year=2019&size=5&sort=date").send().json();

    assertThat(first.getJsonNumber("total").longValue()).isGreaterThan(10);
    assertThat(first.getJsonArray("items")).hasSize(5);
    assertThat(
            first.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("publishedOn")))
        .allMatch(d -> d.startsWith("2019-"))
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(second.getJsonArray("items").getJsonObject(0).getString("publishedOn"))
        .isLessThanOrEqualTo(first.getJsonArray("items").getJsonObject(4).getString("publishedOn"));
    assertThat(oldest.getJsonArray("items").getJsonObject(0).getString("publishedOn"))
        .isLessThanOrEqualTo(first.getJsonArray("items").getJsonObject(4).getString("publishedOn"));
    JsonObject normative =
        api.get("api/v1/items?organisation=jrszf&genre=" + Api.encode("行政规范性文件")).send().json();
    assertThat(
            normative.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("genre")))
        .isNotEmpty()
        .allMatch("行政规范性文件"::equals);
    JsonObject expired = api.get("api/v1/items?validity=" + Api.encode("失效")).send().json();
    assertThat(
            expired.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("validity")))
        .isNotEmpty()
        .allMatch("失效"::equals);
  }

  @Test
  void itemPageCarriesEveryCatalogueField() {
    long id =
        api.get("api/v1/items?organisation=jrjgfwzx&channel=downloads&year=2019")
            .send()
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    JsonObject item = api.get("api/v1/items/" + id).send().json();

    assertThat(item.keySet())
        .contains(
            "indexNumber",
            "title",
            "summary",
            "body",
            "organisation",
            "channel",
            "extraChannels",
            "documentNumber",
            "writtenOn",
            "publishedOn",
            "theme",
            "genre",
            "keywords",
            "disclosureMethod",
            "scope",
            "timeLimit",
            "validity",
            "invalidSince",
            "attachments");
    assertThat(item.getString("disclosureMethod")).isIn("主动公开", "依申请公开");
  }

  @Test
  void draftsPendingScheduledAndWithdrawnDemoItemsNeverShowPublicly() {
    String admin = api.login("demo-admin");
    var hidden =
        api
            .get("api/v1/manage/items?organisation=jrjgfwzx&size=100")
            .as(admin)
            .send()
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> !v.getString("state").equals("PUBLISHED") || v.getBoolean("scheduled"))
            .filter(v -> v.getString("createdBy").equals("demo-editor"))
            .toList();
    assertThat(hidden).isNotEmpty();
    String everything =
        publicPages("api/v1/items?organisation=jrjgfwzx&size=100")
            + api.get("api/v1/organisations/jrjgfwzx/channels/proactive/feed").send().body()
            + api.get("api/v1/organisations/jrjgfwzx/channels/rules/feed").send().body();

    for (JsonObject v : hidden) {
      JsonObject item = v.getJsonObject("item");
      assertThat(everything).doesNotContain(item.getString("title"));
      assertThat(api.get("api/v1/items/" + item.getJsonNumber("id")).send().status())
          .isEqualTo(404);
    }
  }

  @Test
  void publicResponsesAreCacheableAndAnswerConditionalRequestsWith304() {
    Api.Reply first = api.get("api/v1/items?organisation=jrjgfwzx").send();

    Api.Reply again =
        api.get("api/v1/items?organisation=jrjgfwzx").header("If-None-Match", first.etag()).send();

    assertThat(first.header("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("public", "max-age"));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.bytes()).isEmpty();
    long id = first.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply item = api.get("api/v1/items/" + id).send();
    assertThat(item.header("Last-Modified")).isPresent();
    assertThat(
            api.get("api/v1/items/" + id)
                .header("If-Modified-Since", item.header("Last-Modified").get())
                .send()
                .status())
        .isEqualTo(304);
  }

  @Test
  void listsCataloguesAndFeedsCarryALastModifiedThatFollowsPublication() {
    java.time.Instant before =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    new Items(api).published(Items.uniqueTitle("最后修改"));

    for (String path :
        new String[] {
          "api/v1/items?organisation=jrjgfwzx",
          "api/v1/items",
          "api/v1/organisations",
          "api/v1/organisations/jrjgfwzx/catalogue",
          "api/v1/organisations/jrjgfwzx/guide",
          "api/v1/organisations/jrjgfwzx/channels/notices/feed"
        }) {
      Api.Reply r = api.get(path).send();
      String lastModified = r.header("Last-Modified").orElseThrow(() -> new AssertionError(path));
      java.time.Instant at =
          java.time.ZonedDateTime.parse(
                  lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant();
      assertThat(at).as(path).isAfterOrEqualTo(before);
      assertThat(api.get(path).header("If-Modified-Since", lastModified).send().status())
          .as(path)
          .isEqualTo(304);
    }
  }

  @Test
  void savingDraftsNeverMovesThePublicLastModifiedButEditingWhatIsPublicDoes()
      throws InterruptedException {
    String org = api.newOrganisation("lm", "句容市最后修改测试局");
    String admin = api.login("it-admin");
    Items items = new Items(api);
    Api.Reply published =
        items.act(
            admin,
            items.act(
                admin,
                items.create(
                    admin, Items.draft(Items.uniqueTitle("已公开")).add("organisation", org).build()),
                "submit",
                null),
            "publish",
            null);
    long id = Items.id(published);
    String[] paths = {
      "api/v1/items?organisation=" + org,
      "api/v1/organisations/" + org + "/catalogue",
      "api/v1/organisations/" + org + "/guide",
      "api/v1/organisations/" + org + "/channels/notices/feed",
      "api/v1/items/" + id
    };
    java.util.Map<String, String> before = new java.util.HashMap<>();
    for (String path : paths) {
      before.put(path, api.get(path).send().header("Last-Modified").orElseThrow());
    }
    Thread.sleep(1100); // Last-Modified counts whole seconds

    Api.Reply draft =
        items.create(admin, Items.draft(Items.uniqueTitle("草稿")).add("organisation", org).build());
    Api.Reply edited =
        api.put("api/v1/manage/items/" + Items.id(draft))
            .as(admin)
            .ifMatch(draft.etag())
            .json(Items.draft(Items.uniqueTitle("草稿改")).add("organisation", org).build())
            .send();
    items.act(admin, edited, "submit", null);

    for (String path : paths) {
      assertThat(api.get(path).send().header("Last-Modified"))
          .as(path + " after saving and submitting a draft")
          .contains(before.get(path));
    }

    api.put("api/v1/manage/items/" + id)
        .as(admin)
        .ifMatch(published.etag())
        .json(Items.draft(Items.uniqueTitle("已公开改")).add("organisation", org).build())
        .send();
    for (String path : paths) {
      assertThat(api.get(path).send().header("Last-Modified"))
          .as(path + " after editing the published item")
          .isPresent()
          .isNotEqualTo(java.util.Optional.of(before.get(path)));
    }
  }

  @Test
  void configuredPortalOriginMayCallTheApiAndOthersMayNot() {
    Api.Reply allowed =
        api.get("api/v1/organisations").header("Origin", PayaraMicroServer.CORS_ORIGIN).send();
    Api.Reply other =
        api.get("api/v1/organisations").header("Origin", "https://evil.example").send();
    Api.Reply preflight =
        api.options("api/v1/manage/items")
            .header("Origin", PayaraMicroServer.CORS_ORIGIN)
            .header("Access-Control-Request-Method", "PUT")
            .send();

    assertThat(allowed.header("Access-Control-Allow-Origin"))
        .contains(PayaraMicroServer.CORS_ORIGIN);
    assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.header("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h).contains("If-Match"));
  }

  @Test
  void channelFeedIsAtomWithTheNewestPublishedItems() {
    String title = Items.uniqueTitle("订阅");
    new Items(api).published(title);

    Api.Reply feed = api.get("api/v1/organisations/jrjgfwzx/channels/notices/feed").send();

    assertThat(feed.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains(title);
  }

  @Test
  void openapiHealthAndMetricsDescribeTheRealService() {
    assertThat(api.get("openapi").send().body())
        .contains("url: /api/v1")
        .contains("\n  /items:")
        .contains("\n  /manage/items:")
        .contains("\n  /auth/token:");
    assertThat(api.get("health/ready").send().body()).contains("database").contains("UP");
    api.get("api/v1/items").send();
    Api.Reply scraped = api.get("metrics").send();
    assertThat(scraped.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
    String metrics = scraped.body();
    // requests by endpoint template, in seconds, as a histogram instances can be added up over
    assertThat(metrics)
        .containsPattern(
            "gongkai_http_request_duration_seconds_count\\{endpoint=\"/items\",method=\"GET\","
                + "status=\"200\"\\} [1-9]")
        .containsPattern(
            "gongkai_http_request_duration_seconds_bucket\\{endpoint=\"/items\",method=\"GET\","
                + "status=\"200\",le=\"0.5\"\\} [1-9]")
        .doesNotContain("ItemsResource_ItemsResource")
        .contains("jvm_memory_used_bytes");
    double sum =
        Double.parseDouble(
            metrics
                .lines()
                .filter(
                    l ->
                        l.startsWith(
                            "gongkai_http_request_duration_seconds_sum{endpoint=\"/items\","
                                + "method=\"GET\",status=\"200\"}"))
                .findFirst()
                .orElseThrow()
                .replaceAll(".* ", ""));
    assertThat(sum).as("seconds, not nanoseconds").isBetween(0.0, 600.0);
    // the connection pool, sized from configuration, and the transactions
    assertThat(metrics)
        .contains("gongkai_db_pool_max " + PayaraMicroServer.POOL_SIZE)
        .containsPattern("gongkai_db_pool_idle [0-9]+")
        .contains("gongkai_db_pool_active ")
        .contains("gongkai_db_pool_waiting ")
        .containsPattern("gongkai_transactions_total\\{outcome=\"committed\"\\} [1-9][0-9]*");
  }

  private String publicPages(String path) {
    StringBuilder all = new StringBuilder();
    for (int page = 1; page < 20; page++) {
      JsonObject p = api.get(path + "&page=" + page).send().json();
      all.append(p);
      if (p.getJsonArray("items").isEmpty()) {
        break;
      }
    }
    return all.toString();
  }

  private static JsonObject find(jakarta.json.JsonArray nodes, String code) {
    return nodes.stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
