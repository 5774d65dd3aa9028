package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The editor console at /console/, driven in a real browser against the deployed WAR. */
class ConsoleIT {

  private static final Api API = new Api();
  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void openBrowser() {
    browser = new Browser();
    driver = browser.driver();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @BeforeEach
  void startLoggedOut() {
    driver.get(API.server().base().resolve("console/").toString());
    js("sessionStorage.clear()");
  }

  @Test
  void anEditorWritesAndSubmitsAnItemAReviewerPublishesAndWithdrawsIt() throws Exception {
    String title = Items.uniqueTitle("控制台发布测试");
    logIn("demo-editor", API.server().demoPassword());
    screenshot("console-items");
    go("#/items/new");
    fill("title", title);
    fill("summary", "控制台写的摘要");
    fill("body", "<p>" + title + "的正文。</p>");
    new Select(field("channel")).selectByValue("notices");
    driver.findElement(By.cssSelector("input[name=extraChannel][value=work-news]")).click();
    fill("documentNumber", "句机服〔2026〕" + (int) (Math.random() * 1000) + "号");
    setValue(field("writtenOn"), "2026-11-20");
    fill("theme", "综合政务");
    new Select(field("genre")).selectByVisibleText("通知");
    fill("keywords", "控制台，测试");
    new Select(field("timeLimit")).selectByVisibleText("及时");
    driver.findElement(By.id("save")).click();

    waitUntil(ExpectedConditions.urlMatches("#/items/\\d+$"));
    long id = idInUrl();
    waitFor(By.id("item-state"));
    assertThat(field("title").getAttribute("value")).isEqualTo(title);
    assertThat(field("writtenOn").getAttribute("value")).isEqualTo("2026-11-20");
    Path pdf = Path.of("target", "控制台附件.pdf").toAbsolutePath();
    Files.copy(
        Path.of("src/main/resources/demo/attachments/2019-guide.pdf"),
        pdf,
        StandardCopyOption.REPLACE_EXISTING);
    driver.findElement(By.id("attachment-file")).sendKeys(pdf.toString());
    driver.findElement(By.id("upload")).click();
    waitUntil(ExpectedConditions.textToBe(By.cssSelector("#attachments .file-name"), "控制台附件.pdf"));
    js("window.scrollTo(0, 0)");
    screenshot("console-item-edit");
    assertAccessible();
    driver.findElement(By.id("submit")).click();
    waitForState("PENDING_REVIEW");
    assertThat(driver.findElements(By.id("publish"))).as("an editor cannot publish").isEmpty();
    go("#/items?state=PENDING_REVIEW");
    assertThat(driver.findElements(By.cssSelector("#items tr[data-id='" + id + "']"))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#items tbody .state")))
        .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("待审核"));

    driver.findElement(By.id("logout")).click();
    logIn("demo-reviewer", API.server().demoPassword());
    go("#/items/" + id);
    waitForState("PENDING_REVIEW");
    driver.findElement(By.id("publish")).click();
    waitForState("PUBLISHED");
    screenshot("console-item-published");

    Api.Reply published = API.get("api/v1/items/" + id).send();
    assertThat(published.status()).isEqualTo(200);
    assertThat(published.json().getString("title")).isEqualTo(title);
    assertThat(published.json().getJsonArray("attachments")).hasSize(1);
    assertThat(published.json().getString("documentNumber")).startsWith("句机服〔2026〕");
    await().atMost(Duration.ofSeconds(5)).until(() -> searchFinds(title, id));

    fill("withdraw-reason", "控制台撤稿测试");
    driver.findElement(By.id("withdraw")).click();
    waitForState("WITHDRAWN");
    await().atMost(Duration.ofSeconds(1)).until(() -> !searchFinds(title, id));
    assertThat(API.get("api/v1/items/" + id).send().status()).isEqualTo(404);
  }

  @Test
  void aReviewerSchedulesAPublicationThatStaysHiddenUntilItsTime() {
    String editor = API.login("demo-editor");
    Items items = new Items(API);
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("控制台定时")).build());
    items.act(editor, draft, "submit", null);
    long id = Items.id(draft);
    logIn("demo-reviewer", API.server().demoPassword());
    go("#/items/" + id);
    waitForState("PENDING_REVIEW");

    setValue(driver.findElement(By.id("publish-at")), "2099-01-02T09:30");
    driver.findElement(By.id("publish")).click();

    waitForState("PUBLISHED");
    assertThat(driver.findElement(By.id("item-state")).getText()).contains("已定时");
    assertThat(API.get("api/v1/items/" + id).send().status()).isEqualTo(404);
  }

  @Test
  void anEmptyTitleIsShownNextToTheTitleField() {
    logIn("demo-editor", API.server().demoPassword());
    go("#/items/new");
    fill("body", "<p>没有标题的正文</p>");

    driver.findElement(By.id("save")).click();

    WebElement error = waitFor(By.cssSelector(".field-error"));
    WebElement title = field("title");
    assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(title.getAttribute("aria-describedby")).contains(error.getAttribute("id"));
    assertThat(error.findElement(By.xpath("..")).findElement(By.cssSelector("[name=title]")))
        .isEqualTo(title);
    assertThat(driver.switchTo().activeElement()).isEqualTo(title);
    assertThat(driver.getCurrentUrl()).endsWith("#/items/new");
    screenshot("console-validation");
  }

  @Test
  void savingAStaleCopyTellsTheEditorAndOffersToReload() {
    String editor = API.login("demo-editor");
    Items items = new Items(API);
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("控制台并发")).build());
    long id = Items.id(draft);
    logIn("demo-editor", API.server().demoPassword());
    go("#/items/" + id);
    waitForState("DRAFT");
    String theirs = Items.uniqueTitle("别人改的标题");
    JsonObject changed = Items.draft(theirs).add("summary", "别人同时修改").build();
    Api.Reply meanwhile =
        API.put("api/v1/manage/items/" + id).as(editor).ifMatch(draft.etag()).json(changed).send();
    assertThat(meanwhile.status()).isEqualTo(200);

    fill("summary", "我在控制台的修改");
    driver.findElement(By.id("save")).click();

    WebElement banner =
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#banner .reload")));
    assertThat(driver.findElement(By.id("banner")).getText()).contains("已被他人修改").contains("412");
    assertThat(driver.findElement(By.id("banner")).getAttribute("role")).isEqualTo("alert");
    assertThat(driver.switchTo().activeElement()).isEqualTo(banner);
    screenshot("console-stale");
    banner.click();
    waitUntil(d -> theirs.equals(field("title").getAttribute("value")));
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
    logIn("demo-editor", API.server().demoPassword());
    go("#/items/" + id);
    waitForState("DRAFT");
    assertThat(field("title").getAttribute("value")).isEqualTo(original + "（改）");

    driver.findElement(By.cssSelector("button.restore[data-revision='1']")).click();

    waitUntil(d -> original.equals(field("title").getAttribute("value")));
    assertThat(driver.findElements(By.cssSelector("#revisions tbody tr"))).hasSize(3);
  }

  @Test
  void aReportCheckShowsTheViolationOnTheCellItConcerns() {
    String slug = API.newOrganisation("console", "控制台测试局");
    logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
    go("#/reports");
    Path seed = Path.of("src/test/resources/reports/jurong-jgfwzx-2019.txt").toAbsolutePath();
    driver.findElement(By.id("report-file")).sendKeys(seed.toString());
    setValue(driver.findElement(By.id("import-year")), "2019");
    screenshot("console-reports");
    driver.findElement(By.id("report-import")).click();
    waitFor(By.id("import-notes"));
    WebElement cell = field("requests.received.total");
    long before = Long.parseLong(cell.getAttribute("value"));

    cell.clear();
    cell.sendKeys(String.valueOf(before + 5));
    driver.findElement(By.id("report-check")).click();

    WebElement marked =
        waitFor(By.cssSelector("td.violation-error input[name='requests.received.total']"));
    WebElement td = marked.findElement(By.xpath(".."));
    String message = td.findElement(By.className("cell-msg")).getText();
    assertThat(message).isNotBlank();
    assertThat(marked.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(marked.getAttribute("aria-describedby"))
        .contains(td.findElement(By.className("cell-msg")).getAttribute("id"));
    assertThat(driver.findElement(By.id("violations")).getText()).contains("错误");
    js("arguments[0].scrollIntoView({block: 'center'})", marked);
    screenshot("console-report-check");

    driver.findElement(By.id("report-publish")).click();
    waitUntil(d -> d.findElement(By.id("banner")).getText().contains("不能发布"));
    assertThat(
            driver.findElements(
                By.cssSelector("td.violation-error input[name='requests.received.total']")))
        .hasSize(1);
    assertThat(API.get("api/v1/reports/" + slug + "/2019").send().status()).isEqualTo(404);
  }

  @Test
  void anAdministratorRebuildsTheIndexAndReadsTheQueriesThatFoundNothing() {
    String nonsense = "qzxv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    assertThat(
            API.get("api/v1/search?q=" + nonsense).send().json().getJsonNumber("total").longValue())
        .isZero();
    logIn("demo-admin", API.server().demoPassword());
    go("#/search");
    waitFor(By.cssSelector("#index-status dl"));

    driver.findElement(By.id("rebuild")).click();

    waitUntil(
        ExpectedConditions.attributeToBe(By.id("rebuild-progress"), "data-state", "done"), 120);
    assertThat(driver.findElement(By.cssSelector("#index-status dl")).getAttribute("data-rebuild"))
        .isEqualTo("done");
    waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("misses"), nonsense));
    screenshot("console-search");
    assertAccessible();
  }

  @Test
  void theChannelTreeCanBeExtendedRenamedMovedAndEmptiedByAnAdministrator() {
    String slug = API.newOrganisation("console-ch", "控制台栏目局");
    logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
    go("#/channels");
    waitFor(By.id("channel-add-form"));

    fill("code", "console-test");
    fill("name", "控制台栏目");
    new Select(driver.findElement(By.cssSelector("#channel-add-form [name=parent]")))
        .selectByValue("notices");
    driver.findElement(By.id("channel-add")).click();
    waitFor(By.cssSelector("#channel-tree li[data-code=console-test]"));
    driver.findElement(By.id("edit-console-test")).click();
    WebElement name = waitFor(By.cssSelector("#channel-edit-form [name=name]"));
    name.clear();
    name.sendKeys("改名后的栏目");
    new Select(driver.findElement(By.cssSelector("#channel-edit-form [name=parent]")))
        .selectByValue("");
    driver.findElement(By.id("channel-save")).click();
    waitUntil(
        ExpectedConditions.textToBe(
            By.cssSelector("#channel-tree li[data-code=console-test] .channel-name"), "改名后的栏目"));
    screenshot("console-channels");
    assertThat(
            driver
                .findElement(By.cssSelector("#channel-tree li[data-code=console-test]"))
                .getAttribute("class"))
        .isEqualTo("d0");
    driver.findElement(By.id("edit-console-test")).click();
    waitFor(By.id("channel-delete")).click();
    waitUntil(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#channel-tree li[data-code=console-test]"), 0));
  }

  @Test
  void anExpiredOrMissingTokenSendsTheUserBackToTheLogin() {
    logIn("demo-editor", API.server().demoPassword());
    js("sessionStorage.setItem('gongkai.console.token', 'not-a-token')");

    js("location.hash = '#/channels'");

    waitFor(By.id("login"));
    assertThat(driver.findElement(By.id("banner")).getText()).contains("登录");
    screenshot("console-login");
  }

  @Test
  void onAPhoneTheItemScreenIsOneColumnWithoutSidewaysScrolling() {
    Api.Reply draft =
        new Items(API)
            .create(API.login("demo-editor"), Items.draft(Items.uniqueTitle("手机")).build());
    logIn("demo-editor", API.server().demoPassword());
    try {
      driver.manage().window().setSize(new Dimension(390, 844));

      go("#/items/" + Items.id(draft));
      waitForState("DRAFT");

      Object overflow =
          js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
      WebElement form = driver.findElement(By.id("item-form"));
      WebElement side = driver.findElement(By.cssSelector(".side"));
      assertThat(side.getLocation().getY()).isGreaterThan(form.getLocation().getY());
      screenshot("console-phone");
      assertAccessible();
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
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

  private static void logIn(String username, String password) {
    driver.get(API.server().base().resolve("console/#/login").toString());
    WebElement form = waitFor(By.id("login"));
    form.findElement(By.name("username")).sendKeys(username);
    form.findElement(By.name("password")).sendKeys(password);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    waitUntil(ExpectedConditions.textToBe(By.id("username"), username));
    waitUntil(d -> "#/items".equals(d.findElement(By.id("main")).getAttribute("data-route")));
  }

  private static void go(String hash) {
    js("location.hash = arguments[0]", hash);
    waitUntil(d -> hash.equals(d.findElement(By.id("main")).getAttribute("data-route")));
  }

  private static long idInUrl() {
    Matcher m = Pattern.compile("#/items/(\\d+)$").matcher(driver.getCurrentUrl());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static void waitForState(String state) {
    waitFor(By.cssSelector("#item-state[data-state=" + state + "]"));
  }

  private static WebElement field(String name) {
    return waitFor(By.name(name));
  }

  private static void fill(String nameOrId, String value) {
    List<WebElement> byName = driver.findElements(By.name(nameOrId));
    WebElement el = byName.isEmpty() ? waitFor(By.id(nameOrId)) : byName.get(0);
    el.clear();
    el.sendKeys(value);
  }

  /** Date inputs take their value through the DOM: typing depends on the browser's locale. */
  private static void setValue(WebElement el, String value) {
    js(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        el,
        value);
  }

  private static WebElement waitFor(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static <T> T waitUntil(
      java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
    return waitUntil(condition, 15);
  }

  private static <T> T waitUntil(
      java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition,
      int seconds) {
    return browser.waiting(seconds).until(condition);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void screenshot(String name) {
    browser.screenshot(name);
  }

  /** No serious or critical axe-core findings on the current screen. */
  private static void assertAccessible() {
    Results results = new AxeBuilder().analyze(driver);
    List<String> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(ConsoleIT::describe)
            .toList();
    assertThat(serious).as(driver.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule r) {
    return r.getId()
        + ": "
        + r.getHelp()
        + " "
        + r.getNodes().stream().map(n -> n.getTarget().toString()).toList();
  }
}
