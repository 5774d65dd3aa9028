package io.gongkai.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Imports;
import io.gongkai.testing.Items;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIT {

  private final Api api = new Api();
  private final Imports imports = new Imports(api);

  private static String line(String externalId, String indexNumber, String extra) {
    return "{\"externalId\":\""
        + externalId
        + "\",\"title\":\"迁移测试 "
        + externalId
        + "\",\"body\":\"<p>正文 "
        + externalId
        + "</p>\",\"channel\":\"通知公告\""
        + (indexNumber == null ? "" : ",\"indexNumber\":\"" + indexNumber + "\"")
        + extra
        + "}";
  }

  @Test
  void importedItemsKeepTheirIndexNumberDatePublisherAndAddress() {
    String org = api.newOrganisation("mig", "迁移测试局");
    String number = "11320000MB0000000X/2019-" + org.substring(4);
    String ndjson =
        line(
            "old-1",
            number,
            ",\"publishedAt\":\"2019-03-05T09:30:00+08:00\",\"writtenOn\":\"2019-03-01\""
                + ",\"publisher\":\"县政府办公室\",\"documentNumber\":\"迁政办〔2019〕5号\""
                + ",\"originalUrl\":\"http://old.example.gov.cn/art/2019/3/5/art_1.html\"");

    JsonObject job = imports.run(org, ndjson, "");

    assertThat(job.getString("state")).isEqualTo("DONE");
    assertThat(job.getInt("created")).isEqualTo(1);
    JsonObject item = imports.byIndexNumber(number).json();
    assertThat(item.getString("title")).isEqualTo("迁移测试 old-1");
    assertThat(item.getString("publishedOn")).isEqualTo("2019-03-05");
    assertThat(item.getString("writtenOn")).isEqualTo("2019-03-01");
    assertThat(item.getString("publisher")).isEqualTo("县政府办公室");
    assertThat(item.getJsonObject("channel").getString("code")).isEqualTo("notices");
    String spaced = number.replace("/", " / ").replace("-", "－");
    assertThat(imports.byIndexNumber(spaced).json().getInt("id")).isEqualTo(item.getInt("id"));
    Api.Reply byUrl =
        api.get(
                "api/v1/items/by-original-url?url="
                    + Api.encode("http://old.example.gov.cn/art/2019/3/5/art_1.html"))
            .send();
    assertThat(byUrl.json().getInt("id")).isEqualTo(item.getInt("id"));
    assertThat(imports.searchTotal(number)).isEqualTo(1);
  }

  @Test
  void importingTheSameFileAgainChangesNothingAndAChangedLineUpdatesItsItem() {
    String org = api.newOrganisation("mig", "迁移测试局");
    String ndjson =
        line("a", null, ",\"publishedAt\":\"2020-01-02\"")
            + "\n"
            + line("b", null, ",\"publishedAt\":\"2020-01-03\"");
    JsonObject first = imports.run(org, ndjson, "");
    assertThat(first.getInt("created")).isEqualTo(2);

    JsonObject again = imports.run(org, ndjson, "");

    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(2);
    JsonObject changed = imports.run(org, ndjson.replace("正文 b", "改过的正文 b"), "");
    assertThat(changed.getInt("updated")).isEqualTo(1);
    assertThat(changed.getInt("unchanged")).isEqualTo(1);
    JsonObject list = api.get("api/v1/items?organisation=" + org + "&size=10").send().json();
    assertThat(list.getInt("total")).isEqualTo(2);
  }

  @Test
  void theAllocatorSkipsNumbersThatMigratedItemsHold() {
    String org = api.newOrganisation("mig", "迁移测试局");
    String code = api.get("api/v1/organisations/" + org).send().json().getString("code");
    int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    String taken = code + "/" + year + "-00001";
    imports.run(org, line("legacy", taken, ""), "");

    String admin = api.login("it-admin");
    Items items = new Items(api);
    Api.Reply draft =
        items.create(admin, Items.draft(Items.uniqueTitle("新信息")).add("organisation", org).build());
    Api.Reply published = items.act(admin, draft, "publish", null);

    assertThat(published.json().getJsonObject("item").getString("indexNumber"))
        .isEqualTo(code + "/" + year + "-00002");
  }

  @Test
  void withdrawnItemsArriveWithdrawnAndStayHidden() {
    String org = api.newOrganisation("mig", "迁移测试局");

    JsonObject job = imports.run(org, line("w", "W-2018-1", ",\"state\":\"withdrawn\""), "");

    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(imports.byIndexNumber("W-2018-1").status()).isEqualTo(404);
  }

  @Test
  void aDryRunChecksEveryLineAndStoresNothing() {
    String org = api.newOrganisation("mig", "迁移测试局");
    String ndjson = line("d1", null, "") + "\n" + line("d2", null, ",\"channel\":\"不存在的栏目\"");

    JsonObject job = imports.run(org, ndjson, "dryRun=true");

    assertThat(job.getBoolean("dryRun")).isTrue();
    assertThat(job.getInt("created")).isEqualTo(1);
    assertThat(job.getInt("failed")).isEqualTo(1);
    assertThat(job.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("channel");
    assertThat(api.get("api/v1/items?organisation=" + org).send().json().getInt("total")).isZero();
  }

  @Test
  void aChannelMapInTheFirstLineNamesTheOldSitesColumns() {
    String org = api.newOrganisation("mig", "迁移测试局");
    String ndjson =
        "{\"channelMap\":{\"本局动态\":\"department-news\"}}\n"
            + line("m", null, "").replace("\"通知公告\"", "\"首页 > 信息公开 > 本局动态\"");

    JsonObject job = imports.run(org, ndjson, "");

    assertThat(job.getInt("created")).isEqualTo(1);
    JsonObject list =
        api.get("api/v1/items?organisation=" + org + "&channel=department-news").send().json();
    assertThat(list.getInt("total")).isEqualTo(1);
  }

  @Test
  void onlyTheOrganisationsAdministratorMayImport() {
    String org = api.newOrganisation("mig", "迁移测试局");

    Api.Reply asEditor =
        api.post("api/v1/manage/organisations/" + org + "/imports")
            .as(api.login("demo-editor"))
            .bytes(line("x", null, "").getBytes(StandardCharsets.UTF_8), "application/x-ndjson")
            .send();
    Api.Reply anonymous =
        api.post("api/v1/manage/organisations/" + org + "/imports")
            .bytes(line("x", null, "").getBytes(StandardCharsets.UTF_8), "application/x-ndjson")
            .send();

    assertThat(asEditor.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(asEditor.header("Content-Type").orElseThrow()).contains("problem+json");
  }

  @Test
  void theCommandLineClientImportsFollowsTheJobAndListsTheErrors(@TempDir Path dir)
      throws Exception {
    String org = api.newOrganisation("mig", "迁移测试局");
    Path file = dir.resolve("items.ndjson");
    Files.writeString(
        file,
        line("cli-1", null, "") + "\n" + line("cli-2", null, "") + "\n{broken\n",
        StandardCharsets.UTF_8);

    Cli run = cli(file, "--organisation", org, "--default-channel", "other-documents");

    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("新建 2").contains("失败 1").contains("第 3 行");
    assertThat(api.get("api/v1/items?organisation=" + org).send().json().getInt("total"))
        .isEqualTo(2);
    Cli again = cli(file, "--organisation", org, "--dry-run");
    assertThat(again.output()).contains("导入检查").contains("未变 2");
  }

  record Cli(int exitCode, String output) {}

  private Cli cli(Path file, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", "deploy/import.sh", file.toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("--url", api.server().base().toString().replaceAll("/$", "")));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("GONGKAI_USER", "it-admin");
    pb.environment().put("GONGKAI_PASSWORD", api.server().adminPassword());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    return new Cli(p.exitValue(), output);
  }

  /** Annual reports of past years that the old site published as pages. */
  @Nested
  class PastReports {

    private final String html = resource("/reports/complete/shuyang-fgj-2023.html");

    private String report(String externalId, String year, String title, String body) {
      return Json.createObjectBuilder()
          .add("externalId", externalId)
          .add("kind", "annual-report")
          .add("title", title)
          .add("body", body)
          .add("year", year)
          .add("publishedAt", "2024-01-19")
          .add("originalUrl", "http://old.example.gov.cn/" + externalId + ".html")
          .build()
          .toString();
    }

    @Test
    void aPageWhoseTablesAreReadBecomesAStructuredReportAndATruncatedOneKeepsItsText() {
      String org = api.newOrganisation("past", "沭阳县发展和改革局");
      String ndjson =
          report("r2023", "2023", "沭阳县发展和改革局2023年政府信息公开年度报告", html)
              + "\n"
              + report("r2022", "2022", "沭阳县发展和改革局2022年政府信息公开年度报告", html.substring(0, 1500));

      JsonObject job = imports.run(org, ndjson, "");

      assertThat(job.getJsonArray("errors")).isEmpty();
      assertThat(job.getInt("created")).isEqualTo(2);
      JsonObject read = api.get("api/v1/reports/" + org + "/2023").send().json();
      assertThat(read.getBoolean("structured")).isTrue();
      assertThat(read.getJsonObject("format").getString("id")).isEqualTo("2021");
      assertThat(read.getJsonObject("tables").getJsonObject("requests")).isNotEmpty();
      assertThat(read.getString("publishedOn")).isEqualTo("2024-01-19");
      assertThat(read.getString("title")).isEqualTo("沭阳县发展和改革局2023年政府信息公开年度报告");
      JsonObject kept = api.get("api/v1/reports/" + org + "/2022").send().json();
      assertThat(kept.getBoolean("structured")).isFalse();
      assertThat(kept.isNull("format")).isTrue();
      assertThat(kept.getJsonArray("checks")).isEmpty();
      assertThat(kept.getString("text")).contains("沭阳县发展和改革局");
      Api.Reply original = api.get("api/v1/reports/" + org + "/2022/original").send();
      assertThat(original.status()).isEqualTo(200);
      assertThat(original.body()).isEqualTo(html.substring(0, 1500));
      assertThat(api.get("api/v1/reports/" + org + "/2022/html").send().body())
          .contains("data-structured=\"false\"")
          .doesNotContain("<script");
      Api.Reply docx = api.get("api/v1/reports/" + org + "/2022/docx").send();
      assertThat(docx.status()).isEqualTo(409);
      assertThat(docx.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
      Api.Reply layout = api.get("api/v1/reports/" + org + "/2022/layout").send();
      assertThat(layout.status()).isEqualTo(409);
      assertThat(layout.header("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }

    @Test
    void theReportsAreListedInTheReportChannelItsCatalogueAndItsFeed() {
      String org = api.newOrganisation("past", "往年报告局");
      String ndjson =
          report("a", "2021", "往年报告局2021年政府信息公开工作年度报告", "<p>2021年，本局认真贯彻落实。</p>")
              + "\n"
              + report("b", "2022", "往年报告局2022年政府信息公开工作年度报告", "<p>2022年，本局持续推进。</p>");

      imports.run(org, ndjson, "");

      String feed =
          api.get("api/v1/organisations/" + org + "/channels/annual-reports/feed").send().body();
      assertThat(feed)
          .contains("<title>往年报告局2022年政府信息公开工作年度报告</title>")
          .contains("<title>往年报告局2021年政府信息公开工作年度报告</title>")
          .contains("2022年，本局持续推进。");
      JsonObject reportChannel =
          api.get("api/v1/organisations/" + org + "/catalogue").send().jsonArray().stream()
              .map(v -> v.asJsonObject())
              .filter(c -> c.getString("code").equals("annual-reports"))
              .findFirst()
              .orElseThrow();
      assertThat(reportChannel.getInt("count")).isEqualTo(2);
      assertThat(api.get("api/v1/reports?organisation=" + org).send().jsonArray()).hasSize(2);
    }

    @Test
    void aYearThatAlreadyHasAReportIsARowErrorAndADryRunStoresNothing() {
      String org = api.newOrganisation("past", "重复年度局");
      imports.run(org, report("first", "2022", "重复年度局2022年年度报告", "<p>原文。</p>"), "");

      JsonObject dry =
          imports.run(org, report("other", "2021", "重复年度局2021年年度报告", "<p>原文。</p>"), "dryRun=true");
      JsonObject clash =
          imports.run(org, report("second", "2022", "重复年度局2022年年度报告（重发）", "<p>原文。</p>"), "");
      JsonObject noYear = imports.run(org, report("third", "", "年度报告说明", "<p>无年份。</p>"), "");

      assertThat(dry.getInt("created")).isEqualTo(1);
      assertThat(api.get("api/v1/reports/" + org + "/2021").send().status()).isEqualTo(404);
      assertThat(clash.getInt("failed")).isEqualTo(1);
      assertThat(clash.getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("year");
      assertThat(noYear.getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("year");
      assertThat(api.get("api/v1/reports/" + org + "/2022").send().json().getString("title"))
          .isEqualTo("重复年度局2022年年度报告");
    }
  }

  private static String resource(String name) {
    try (var in = MigrationIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Nested
  class BadInput {

    @Test
    void eachBadLineIsARowErrorAndTheGoodLinesAreImported() {
      String org = api.newOrganisation("mig", "迁移测试局");
      String future = LocalDate.now().plusDays(3).toString();
      String huge = "x".repeat(3_000_000);
      String ndjson =
          String.join(
              "\n",
              line("ok-1", "DUP-1", ""),
              "{not json",
              line("no-channel", null, "").replace("\"通知公告\"", "\"旧站栏目\""),
              line("dup", "DUP-1", ""),
              line("future", null, ",\"publishedAt\":\"" + future + "\""),
              line("bad-date", null, ",\"writtenOn\":\"2019年3月\""),
              line("huge", null, ",\"summary\":\"" + huge + "\""),
              "{\"title\":\"没有编号\"}",
              line("attached", null, ",\"attachments\":[{\"file\":\"a.pdf\"}]"),
              line("script-url", null, ",\"originalUrl\":\"javascript:alert(1)\""),
              line("ok-2", null, ""));

      JsonObject job = imports.run(org, ndjson, "");

      assertThat(job.getString("state")).isEqualTo("DONE");
      assertThat(job.getInt("total")).isEqualTo(11);
      assertThat(job.getInt("created")).isEqualTo(2);
      assertThat(job.getInt("failed")).isEqualTo(9);
      assertThat(imports.errorLines(job)).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(imports.errorFields(job))
          .contains(
              "channel",
              "indexNumber",
              "publishedAt",
              "writtenOn",
              "externalId",
              "attachments",
              "originalUrl");
      assertThat(api.get("api/v1/items?organisation=" + org).send().json().getInt("total"))
          .isEqualTo(2);
      assertThat(api.get("health/ready").send().status()).isEqualTo(200);
    }

    @Test
    void aNumberHeldByAnotherItemIsRefusedAndNothingOfTheLineIsStored() {
      String org = api.newOrganisation("mig", "迁移测试局");
      imports.run(org, line("first", "HELD-" + org, ""), "");

      JsonObject job = imports.run(org, line("second", "HELD-" + org, ""), "");

      assertThat(job.getInt("failed")).isEqualTo(1);
      assertThat(imports.errorFields(job)).containsExactly("indexNumber");
      assertThat(api.get("api/v1/items?organisation=" + org).send().json().getInt("total"))
          .isEqualTo(1);
    }

    @Test
    void aZipWithAPathOutOfItsFolderIsRefusedWhole() {
      String org = api.newOrganisation("mig", "迁移测试局");
      byte[] zip =
          zip(
              List.of(
                  new Entry("items.ndjson", line("z", null, "").getBytes(StandardCharsets.UTF_8)),
                  new Entry("../../etc/evil.txt", new byte[] {1})));

      Api.Reply reply = imports.upload(org, zip, "application/zip", "");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type").orElseThrow()).contains("problem+json");
      assertThat(reply.body()).contains("../../etc/evil.txt");
    }

    @Test
    void aZipBombStopsAtTheUnpackedLimitAndTheServerStaysHealthy() {
      String org = api.newOrganisation("mig", "迁移测试局");
      byte[] zeros = new byte[1 << 20];
      ByteArrayOutputStream bomb = new ByteArrayOutputStream();
      try (ZipOutputStream out = new ZipOutputStream(bomb)) {
        out.putNextEntry(new ZipEntry("items.ndjson"));
        for (int i = 0; i < 1100; i++) {
          out.write(zeros);
        }
        out.closeEntry();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertThat(bomb.size()).isLessThan(5 << 20);

      JsonObject job =
          imports.follow(imports.upload(org, bomb.toByteArray(), "application/zip", ""));

      assertThat(job.getString("state")).isEqualTo("FAILED");
      assertThat(job.getJsonArray("errors").getJsonObject(0).getString("message"))
          .contains("解压后超过");
      assertThat(api.get("health/ready").send().status()).isEqualTo(200);
    }

    @Test
    void attachmentsComeFromTheZipAndAMissingFileIsARowError() throws java.io.IOException {
      String org = api.newOrganisation("mig", "迁移测试局");
      String ndjson =
          line(
                  "with-file",
                  null,
                  ",\"attachments\":[{\"file\":\"files/a.pdf\",\"name\":\"说明.pdf\"}]")
              + "\n"
              + line("missing-file", null, ",\"attachments\":[{\"file\":\"files/none.pdf\"}]");
      byte[] zip =
          zip(
              List.of(
                  new Entry("items.ndjson", ndjson.getBytes(StandardCharsets.UTF_8)),
                  new Entry("files/a.pdf", java.nio.file.Files.readAllBytes(PDF))));

      JsonObject job = imports.follow(imports.upload(org, zip, "application/zip", ""));

      assertThat(job.getInt("created")).isEqualTo(1);
      assertThat(imports.errorFields(job)).containsExactly("attachments");
      JsonObject list = api.get("api/v1/items?organisation=" + org).send().json();
      long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
      JsonObject item = api.get("api/v1/items/" + id).send().json();
      assertThat(item.getJsonArray("attachments").getJsonObject(0).getString("fileName"))
          .isEqualTo("说明.pdf");
      JsonObject again = imports.follow(imports.upload(org, zip, "application/zip", ""));
      assertThat(again.getInt("unchanged")).isEqualTo(1);
    }

    @Test
    void anEmptyUploadAndAnUnknownDefaultChannelAreRefused() {
      String org = api.newOrganisation("mig", "迁移测试局");

      Api.Reply empty = imports.upload(org, new byte[0], "application/x-ndjson", "");
      Api.Reply channel =
          imports.upload(
              org,
              line("c", null, "").getBytes(StandardCharsets.UTF_8),
              "application/x-ndjson",
              "defaultChannel=nowhere");

      assertThat(empty.status()).isEqualTo(400);
      assertThat(channel.status()).isEqualTo(400);
      assertThat(channel.body()).contains("defaultChannel");
    }
  }

  static final java.nio.file.Path PDF =
      java.nio.file.Path.of("src/main/resources/demo/attachments/2019-guide.pdf");

  record Entry(String name, byte[] bytes) {}

  static byte[] zip(List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Entry e : entries) {
        out.putNextEntry(new ZipEntry(e.name()));
        out.write(e.bytes());
        out.closeEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String json(String s) {
    return Json.createValue(s).toString();
  }
}
