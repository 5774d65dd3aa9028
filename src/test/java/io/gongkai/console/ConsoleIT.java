package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.Items;
import io.gongkai.testing.TestPictures;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The editor console at /console/, driven in a real browser against the deployed WAR. */
class ConsoleIT {

  private static final Api API = new Api();
  private static Browser browser;
  private static ChromeDriver driver;
  private static ConsolePage page;

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
    driver = browser.driver();
    page = new ConsolePage(browser, API);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void startLoggedOut() {
    driver.get(API.server().base().resolve("console/").toString());
    page.js("sessionStorage.clear()");
  }

  @Test
  void anEditorSeesADraftsPictureGivesItsAltTextAndMakesItTheCover() {
    String token = API.login("demo-editor");
    Items items = new Items(API);
    Api.Reply draft = items.create(token, Items.draft(Items.uniqueTitle("控制台图片")).build());
    long id = Items.id(draft);
    Api.Reply upload =
        API.post("api/v1/manage/items/" + id + "/attachments?name=" + Api.encode("现场.png"))
            .as(token)
            .ifMatch(draft.etag())
            .bytes(TestPictures.png(900, 600, false), "image/png")
            .send();
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);

    page.logIn("demo-editor", API.server().demoPassword());
    page.go("#/items/" + id);
    WebElement thumb = page.waitFor(By.cssSelector("#attachments img.thumb"));
    page.waitUntil(
        d -> Boolean.TRUE.equals(page.js("return arguments[0].naturalWidth > 0;", thumb)));
    page.fill("alt", "检查组在配电房检查");
    driver.findElement(By.cssSelector("form.picture button[type=submit]")).click();
    page.waitUntil(
        d ->
            "检查组在配电房检查"
                .equals(
                    API.get("api/v1/manage/items/" + id)
                        .as(token)
                        .send()
                        .json()
                        .getJsonObject("item")
                        .getJsonArray("attachments")
                        .getJsonObject(0)
                        .getString("alt", "")));
    page.waitFor(By.cssSelector("form.picture button.cover")).click();
    page.waitFor(By.cssSelector("form.picture .cover-mark"));

    JsonObject cover =
        API.get("api/v1/manage/items/" + id)
            .as(token)
            .send()
            .json()
            .getJsonObject("item")
            .getJsonObject("cover");
    assertThat(cover.getString("alt")).isEqualTo("检查组在配电房检查");
    assertThat(API.get(upload.json().getString("url").substring(1)).send().status())
        .as("the draft's picture stays hidden from the public")
        .isEqualTo(404);
    assertThat(driver.findElement(By.cssSelector("form.picture button.cover")).getText())
        .isEqualTo("取消封面");
    page.screenshot("console-item-pictures");
    page.assertAccessible();
  }

  @Test
  void anEditorWritesAndSubmitsAnItemAReviewerPublishesAndWithdrawsIt() throws Exception {
    String title = Items.uniqueTitle("控制台发布测试");
    page.logIn("demo-editor", API.server().demoPassword());
    page.screenshot("console-items");
    page.go("#/items/new");
    page.fill("title", title);
    page.fill("summary", "控制台写的摘要");
    page.fill("body", "<p>" + title + "的正文。</p>");
    new Select(page.field("channel")).selectByValue("notices");
    driver.findElement(By.cssSelector("input[name=extraChannel][value=work-news]")).click();
    page.fill("documentNumber", "句机服〔2026〕" + (int) (Math.random() * 1000) + "号");
    page.setValue(page.field("writtenOn"), "2026-11-20");
    page.fill("theme", "综合政务");
    new Select(page.field("genre")).selectByVisibleText("通知");
    page.fill("keywords", "控制台，测试");
    new Select(page.field("timeLimit")).selectByVisibleText("及时");
    driver.findElement(By.id("save")).click();

    page.waitUntil(ExpectedConditions.urlMatches("#/items/\\d+$"));
    long id = page.idInUrl();
    page.waitFor(By.id("item-state"));
    assertThat(page.field("title").getAttribute("value")).isEqualTo(title);
    assertThat(page.field("writtenOn").getAttribute("value")).isEqualTo("2026-11-20");
    Path pdf = Path.of("target", "控制台附件.pdf").toAbsolutePath();
    Files.copy(
        Path.of("src/main/resources/demo/attachments/2019-guide.pdf"),
        pdf,
        StandardCopyOption.REPLACE_EXISTING);
    driver.findElement(By.id("attachment-file")).sendKeys(pdf.toString());
    driver.findElement(By.id("upload")).click();
    page.waitUntil(
        ExpectedConditions.textToBe(By.cssSelector("#attachments .file-name"), "控制台附件.pdf"));
    page.js("window.scrollTo(0, 0)");
    page.screenshot("console-item-edit");
    page.assertAccessible();
    driver.findElement(By.id("submit")).click();
    page.waitForState("PENDING_REVIEW");
    assertThat(driver.findElements(By.id("publish"))).as("an editor cannot publish").isEmpty();
    page.go("#/items?state=PENDING_REVIEW");
    assertThat(driver.findElements(By.cssSelector("#items tr[data-id='" + id + "']"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#items tbody .state")))
        .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("待审核"));

    driver.findElement(By.id("logout")).click();
    page.logIn("demo-reviewer", API.server().demoPassword());
    page.go("#/items/" + id);
    page.waitForState("PENDING_REVIEW");
    driver.findElement(By.id("publish")).click();
    page.waitForState("PUBLISHED");
    page.screenshot("console-item-published");

    Api.Reply published = API.get("api/v1/items/" + id).send();
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.json().getString("title")).isEqualTo(title);
    assertThat(published.json().getJsonArray("attachments")).hasSize(1);
    assertThat(published.json().getString("documentNumber")).startsWith("句机服〔2026〕");
    // SearchIT holds the index to its one-second promise; here the wait bounds a loaded machine
    await().atMost(Duration.ofSeconds(10)).until(() -> searchFinds(title, id));
    // and a citizen finds it through the portal's search element
    assertThat(searchElementShows(title, id)).as("found by <gk-search>").isTrue();
    // back to the console in the same tab: the session is kept
    driver.get(API.server().base().resolve("console/#/items/" + id).toString());
    page.waitForState("PUBLISHED");

    page.fill("withdraw-reason", "控制台撤稿测试");
    driver.findElement(By.id("withdraw")).click();
    page.waitForState("WITHDRAWN");
    await().atMost(Duration.ofSeconds(10)).until(() -> !searchFinds(title, id));
    assertThat(API.get("api/v1/items/" + id).send().status()).isEqualTo(404);
    assertThat(searchElementShows(title, id)).as("gone from <gk-search>").isFalse();
  }

  @Test
  void aReviewerSchedulesAPublicationThatStaysHiddenUntilItsTime() {
    String editor = API.login("demo-editor");
    Items items = new Items(API);
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("控制台定时")).build());
    items.act(editor, draft, "submit", null);
    long id = Items.id(draft);
    page.logIn("demo-reviewer", API.server().demoPassword());
    page.go("#/items/" + id);
    page.waitForState("PENDING_REVIEW");

    page.setValue(driver.findElement(By.id("publish-at")), "2099-01-02T09:30");
    driver.findElement(By.id("publish")).click();

    page.waitForState("PUBLISHED");
    assertThat(driver.findElement(By.id("item-state")).getText()).contains("已定时");
    assertThat(API.get("api/v1/items/" + id).send().status()).isEqualTo(404);
  }

  @Test
  void anEmptyTitleIsShownNextToTheTitleField() {
    page.logIn("demo-editor", API.server().demoPassword());
    page.go("#/items/new");
    page.fill("body", "<p>没有标题的正文</p>");

    driver.findElement(By.id("save")).click();

    WebElement error = page.waitFor(By.cssSelector(".field-error"));
    WebElement title = page.field("title");
    assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(title.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
    assertThat(error.findElement(By.xpath("..")).findElement(By.cssSelector("[name=title]")))
        .isEqualTo(title);
    assertThat(driver.switchTo().activeElement()).isEqualTo(title);
    assertThat(driver.getCurrentUrl()).endsWith("#/items/new");
    page.screenshot("console-validation");
    page.assertAccessible();
  }

  @Test
  void savingAStaleCopyTellsTheEditorAndOffersToReload() {
    String editor = API.login("demo-editor");
    Items items = new Items(API);
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("控制台并发")).build());
    long id = Items.id(draft);
    page.logIn("demo-editor", API.server().demoPassword());
    page.go("#/items/" + id);
    page.waitForState("DRAFT");
    String theirs = Items.uniqueTitle("别人改的标题");
    JsonObject changed = Items.draft(theirs).add("summary", "别人同时修改").build();
    Api.Reply meanwhile =
        API.put("api/v1/manage/items/" + id).as(editor).ifMatch(draft.etag()).json(changed).send();
    assertThat(meanwhile.status()).isEqualTo(200);

    page.fill("summary", "我在控制台的修改");
    driver.findElement(By.id("save")).click();

    WebElement banner =
        page.waitUntil(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#banner .reload")));
    assertThat(driver.findElement(By.id("banner")).getText()).contains("已被他人修改").contains("412");
    assertThat(driver.findElement(By.id("banner")).getAttribute("role")).isEqualTo("alert");
    assertThat(driver.switchTo().activeElement()).isEqualTo(banner);
    page.screenshot("console-stale");
    banner.click();
    page.waitUntil(d -> theirs.equals(page.field("title").getAttribute("value")));
  }

  @Test
  void anEarlierRevisionIsRestoredFromTheRevisionList() {
    String editor = API.login("demo-editor");
    String original = Items.uniqueTitle("控制台修订");
    Api.Reply draft = new Items(API).create(editor, Items.draft(original).build());
    long id = Items.id(draft);
    Api.Reply changed =
        API.put("api/v1/manage/items/" + id)
            .as(editor)
            .ifMatch(draft.etag())
            .json(Items.draft(original + "（改）").build())
            .send();
    assertThat(changed.status()).isEqualTo(200);
    page.logIn("demo-editor", API.server().demoPassword());
    page.go("#/items/" + id);
    page.waitForState("DRAFT");
    assertThat(page.field("title").getAttribute("value")).isEqualTo(original + "（改）");

    driver.findElement(By.cssSelector("button.restore[data-revision='1']")).click();

    page.waitUntil(d -> original.equals(page.field("title").getAttribute("value")));
    assertThat(driver.findElements(By.cssSelector("#revisions tbody tr"))).hasSize(3);
    String changes = driver.findElement(By.id("revisions")).getText();
    assertThat(changes).contains("新建").contains("标题").doesNotContain("created", "title");
  }

  @Test
  void anAdministratorReadsTheAuditLogWithChineseLabels() {
    String editor = API.login("demo-editor");
    long id =
        Items.id(new Items(API).create(editor, Items.draft(Items.uniqueTitle("操作记录")).build()));
    page.logIn("demo-admin", API.server().demoPassword());

    page.go("#/audit");

    page.waitFor(By.cssSelector("#audit tbody tr"));
    WebElement created = driver.findElement(By.cssSelector("#audit td[data-action='item.create']"));
    assertThat(created.getText()).isEqualTo("新建信息");
    assertThat(driver.findElement(By.id("audit")).getText())
        .contains("信息 " + id)
        .doesNotContain("item.create", "revision ");
    page.screenshot("console-audit");
    page.assertAccessible();
  }

  @Test
  void aReportCheckShowsTheViolationOnTheCellItConcerns() {
    String slug = API.newOrganisation("console", "控制台测试局");
    page.logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
    page.go("#/reports");
    Path seed = Path.of("src/test/resources/reports/jurong-jgfwzx-2019.txt").toAbsolutePath();
    driver.findElement(By.id("report-file")).sendKeys(seed.toString());
    page.setValue(driver.findElement(By.id("import-year")), "2019");
    page.screenshot("console-reports");
    page.assertAccessible();
    driver.findElement(By.id("report-import")).click();
    page.waitFor(By.id("import-notes"));
    WebElement cell = page.field("requests.received.total");
    long before = Long.parseLong(cell.getAttribute("value"));

    cell.clear();
    cell.sendKeys(String.valueOf(before + 5));
    driver.findElement(By.id("report-check")).click();

    WebElement marked =
        page.waitFor(By.cssSelector("td.violation-error input[name='requests.received.total']"));
    WebElement td = marked.findElement(By.xpath(".."));
    String message = td.findElement(By.className("cell-msg")).getText();
    assertThat(message).isNotBlank();
    assertThat(marked.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(marked.getAttribute("aria-describedby"))
        .contains(td.findElement(By.className("cell-msg")).getAttribute("id"));
    assertThat(driver.findElement(By.id("violations")).getText()).contains("错误");
    page.js("arguments[0].scrollIntoView({block: 'center'})", marked);
    page.screenshot("console-report-check");
    page.assertAccessible();

    driver.findElement(By.id("report-publish")).click();
    page.waitUntil(d -> d.findElement(By.id("banner")).getText().contains("不能发布"));
    assertThat(
            driver.findElements(
                By.cssSelector("td.violation-error input[name='requests.received.total']")))
        .hasSize(1);
    assertThat(API.get("api/v1/reports/" + slug + "/2019").send().status()).isEqualTo(404);
  }

  @Test
  void anEditorPreviewsAReportWithItsOwnArithmeticErrorMarkedOnItsRowThenImportsItAsAPastYearsDraft(
      @TempDir Path dir) throws Exception {
    String slug = API.newOrganisation("console", "控制台预览局");
    String seed = Files.readString(Path.of("src/test/resources/reports/jurong-jgfwzx-2019.txt"));
    Path file = dir.resolve("2019年年报.txt");
    // 自然人 3 in 本年新收, while its 总计 stays 0
    Files.writeString(file, seed.replaceFirst("(一、本年新收政府信息公开申请数量\\s*\\n\\t)0", "$13"));
    page.logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
    page.go("#/reports");
    page.waitFor(By.id("report-file")).sendKeys(file.toString());
    page.setValue(driver.findElement(By.id("import-year")), "2019");
    page.setValue(driver.findElement(By.id("import-published-on")), "2020-01-21");

    driver.findElement(By.id("report-preview-button")).click();

    WebElement marked =
        page.waitFor(By.cssSelector("#report-preview tr[data-row='received'] td.violation-error"));
    assertThat(marked.findElement(By.tagName("input")).getAttribute("readonly")).isNotNull();
    assertThat(marked.findElement(By.className("cell-msg")).getText()).isNotBlank();
    assertThat(driver.findElement(By.cssSelector("#report-preview #violations")).getText())
        .contains("错误");
    assertThat(
            API.get("api/v1/manage/reports?organisation=" + slug)
                .as(API.login("it-admin"))
                .send()
                .jsonArray())
        .as("a preview stores nothing")
        .isEmpty();
    page.screenshot("console-report-preview");
    page.assertAccessible();

    driver.findElement(By.id("report-import")).click();

    page.waitUntil(
        d -> d.findElement(By.id("report-state")).getText().contains("拟发布日期 2020-01-21"));
    page.go("#/reports");
    page.waitUntil(
        d ->
            d.findElement(By.cssSelector("#report-list li[data-year='2019']"))
                .getText()
                .contains("草稿"));
  }

  @Test
  void aReviewerAcceptsAProposedFigurePublishesOnTheAgencysOwnDateKeepsTheOriginalAndCorrects(
      @TempDir Path dir) throws Exception {
    String slug = API.newOrganisation("console", "控制台发布局");
    String admin = API.login("it-admin");
    API.post("api/v1/manage/organisations/" + slug + "/reports/import?year=2019")
        .as(admin)
        .bytes(
            Files.readAllBytes(Path.of("src/test/resources/reports/jurong-jgfwzx-2019.txt")),
            "text/plain; charset=UTF-8")
        .send();
    page.logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
    page.go("#/reports/2019");

    page.waitFor(By.id("derived-load")).click();
    page.waitFor(By.id("accept-overview")).click();
    driver.findElement(By.id("derived-accept")).click();
    page.waitUntil(
        d -> d.findElement(By.name("overview")).getAttribute("value").contains("2019年主动公开政府信息"));

    page.setValue(page.waitFor(By.id("report-published-on")), "2020-01-15");
    driver.findElement(By.id("report-publish")).click();
    page.waitUntil(d -> d.findElement(By.id("report-state")).getText().contains("已发布 2020-01-15"));
    assertThat(API.get("api/v1/reports/" + slug + "/2019").send().json().getString("publishedOn"))
        .isEqualTo("2020-01-15");

    Path pdf = dir.resolve("2019年年报.pdf");
    Files.writeString(
        pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    page.waitFor(By.id("original-file")).sendKeys(pdf.toString());
    driver.findElement(By.id("original-upload")).click();
    page.waitUntil(
        d -> d.findElement(By.cssSelector("#original-current a")).getText().equals("2019年年报.pdf"));

    driver.findElement(By.id("correction-start")).click();
    page.waitFor(By.id("correction-reason")).sendKeys("总体情况中的统计口径说明有误");
    WebElement overview = driver.findElement(By.name("overview"));
    overview.sendKeys("<p>（更正：统计口径为本中心门户网站。）</p>");
    page.screenshot("console-report-correction");
    page.assertAccessible();
    driver.findElement(By.id("correction-submit")).click();

    page.waitUntil(d -> d.findElement(By.id("corrections")).getText().contains("统计口径说明有误"));
    assertThat(
            API.get("api/v1/reports/" + slug + "/2019").send().json().getJsonArray("corrections"))
        .hasSize(1);
  }

  @Test
  void theInstallationAdministratorRebuildsTheIndexAndReadsTheQueriesThatFoundNothing() {
    String nonsense = "qzxv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    assertThat(
            API.get("api/v1/search?q=" + nonsense).send().json().getJsonNumber("total").longValue())
        .isZero();
    page.logIn("it-admin", API.server().adminPassword());
    page.go("#/search");
    page.waitFor(By.cssSelector("#index-status dl"));

    driver.findElement(By.id("rebuild")).click();

    page.waitUntil(
        ExpectedConditions.attributeToBe(By.id("rebuild-progress"), "data-state", "done"), 120);
    assertThat(driver.findElement(By.cssSelector("#index-status dl")).getAttribute("data-rebuild"))
        .isEqualTo("done");
    page.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("misses"), nonsense));
    page.screenshot("console-search");
    page.assertAccessible();
  }

  @Test
  void anAdministratorChecksAnImportFileAndReadsItsRowErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("旧网站.ndjson");
    Files.writeString(
        file,
        "{\"externalId\":\"old-1\",\"title\":\"迁移检查\",\"channel\":\"通知公告\"}\n"
            + "{\"externalId\":\"old-2\",\"title\":\"栏目不存在\",\"channel\":\"旧站专栏\"}\n",
        StandardCharsets.UTF_8);
    page.logIn("demo-admin", API.server().demoPassword());
    page.go("#/imports");
    page.waitFor(By.id("import-file")).sendKeys(file.toString());
    driver.findElement(By.id("import-dry-run")).click();

    driver.findElement(By.id("import-start")).click();

    page.waitUntil(
        ExpectedConditions.attributeToBe(By.cssSelector("#import-job dl"), "data-state", "DONE"));
    assertThat(driver.findElement(By.cssSelector("#import-job dl")).getText())
        .contains("只检查")
        .contains("2 / 2");
    assertThat(driver.findElements(By.cssSelector("#import-errors tbody tr"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector("#import-errors tbody")).getText())
        .contains("old-2")
        .contains("旧站专栏");
    page.screenshot("console-import");
    page.assertAccessible();
  }

  @Test
  void theChannelTreeCanBeExtendedRenamedMovedAndEmptiedByAnAdministrator() {
    String slug = API.newOrganisation("console-ch", "控制台栏目局");
    page.logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
    page.go("#/channels");
    page.waitFor(By.id("channel-add-form"));

    page.fill("code", "console-test");
    page.fill("name", "控制台栏目");
    new Select(driver.findElement(By.cssSelector("#channel-add-form [name=parent]")))
        .selectByValue("notices");
    driver.findElement(By.id("channel-add")).click();
    page.waitFor(By.cssSelector("#channel-tree li[data-code=console-test]"));
    driver.findElement(By.id("edit-console-test")).click();
    WebElement name = page.waitFor(By.cssSelector("#channel-edit-form [name=name]"));
    name.clear();
    name.sendKeys("改名后的栏目");
    new Select(driver.findElement(By.cssSelector("#channel-edit-form [name=parent]")))
        .selectByValue("");
    driver.findElement(By.id("channel-save")).click();
    page.waitUntil(
        ExpectedConditions.textToBe(
            By.cssSelector("#channel-tree li[data-code=console-test] .channel-name"), "改名后的栏目"));
    page.screenshot("console-channels");
    page.assertAccessible();
    assertThat(
            driver
                .findElement(By.cssSelector("#channel-tree li[data-code=console-test]"))
                .getAttribute("class"))
        .isEqualTo("d0");
    driver.findElement(By.id("edit-console-test")).click();
    page.waitFor(By.id("channel-delete")).click();
    page.waitUntil(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#channel-tree li[data-code=console-test]"), 0));
  }

  @Test
  void anExpiredOrMissingTokenSendsTheUserBackToTheLogin() {
    page.logIn("demo-editor", API.server().demoPassword());
    page.js("sessionStorage.setItem('gongkai.console.token', 'not-a-token')");

    page.js("location.hash = '#/channels'");

    page.waitFor(By.id("login"));
    assertThat(driver.findElement(By.id("banner")).getText()).contains("登录");
    page.screenshot("console-login");
    page.assertAccessible();
  }

  @Test
  void onAPhoneTheItemScreenIsOneColumnWithoutSidewaysScrolling() {
    Api.Reply draft =
        new Items(API)
            .create(API.login("demo-editor"), Items.draft(Items.uniqueTitle("手机")).build());
    page.logIn("demo-editor", API.server().demoPassword());
    try {
      driver.manage().window().setSize(new Dimension(390, 844));

      page.go("#/items/" + Items.id(draft));
      page.waitForState("DRAFT");

      Object overflow =
          page.js(
              "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
      WebElement form = driver.findElement(By.id("item-form"));
      WebElement side = driver.findElement(By.cssSelector(".side"));
      assertThat(side.getLocation().getY()).isGreaterThan(form.getLocation().getY());
      page.screenshot("console-phone");
      page.assertAccessible();
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void theConsolePageLoadsOnlyModuleScriptsUnderAStrictContentSecurityPolicy() {
    Api.Reply page = API.get("console/").send();
    Api.Reply script = API.get("console/js/app.js").send();

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
    assertThat(page.body())
        .contains("http-equiv=\"Content-Security-Policy\"")
        .contains("script-src 'self'")
        .contains("<script type=\"module\" src=\"js/app.js\"></script>")
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
        .doesNotContain("style=");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
  }

  private static boolean searchFinds(String title, long id) {
    JsonObject result = API.get("api/v1/search?q=" + Api.encode(title)).send().json();
    for (JsonValue hit : result.getJsonArray("hits")) {
      JsonObject h = hit.asJsonObject();
      if ("item".equals(h.getString("type")) && h.getJsonNumber("id").longValue() == id) {
        return true;
      }
    }
    return false;
  }

  /** Opens the demo portal's search page for the text; whether <gk-search> lists the item. */
  private boolean searchElementShows(String text, long id) {
    driver.get(API.server().base().resolve("demo/search.html?q=" + Api.encode(text)).toString());
    page.waitUntil(
        d ->
            "ready"
                .equals(
                    page.js(
                        "const e = document.querySelector('gk-search');"
                            + " return e && e.dataset.state;")));
    page.screenshot("console-then-portal-search");
    return !driver
        .findElement(By.cssSelector("gk-search"))
        .getShadowRoot()
        .findElements(By.cssSelector(".gk-hit-title a[href$='item=" + id + "']"))
        .isEmpty();
  }
}
