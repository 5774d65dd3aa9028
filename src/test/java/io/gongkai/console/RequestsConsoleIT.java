package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The register of disclosure requests in the console, in a real browser against the WAR. */
class RequestsConsoleIT {

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

  @BeforeEach
  void startLoggedOut() {
    driver.get(API.server().base().resolve("console/").toString());
    page.js("sessionStorage.clear()");
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void anOverdueRequestIsMarkedAndItsAnswerIsPickedFromTableThreesRows() {
    LocalDate received = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(60);
    long id = registerReceivedOn(received);
    assertThat(driver.findElement(By.id("request-due")).getText()).contains("已逾期");
    assertThat(driver.findElement(By.id("timeline")).getText()).contains(received + " 收到申请");
    page.assertAccessible();

    page.go("#/requests");
    String row = "tr[data-id='" + id + "']";
    page.waitFor(By.cssSelector(row));
    assertThat(driver.findElement(By.cssSelector(row)).getAttribute("class")).isEqualTo("overdue");
    assertThat(driver.findElement(By.id("rq-overdue")).getText()).matches("已逾期 [1-9][0-9]* 件");
    page.assertAccessible();
    page.go("#/requests?view=overdue");
    page.waitFor(By.cssSelector(row));

    page.go("#/requests/" + id);
    Select outcome = new Select(page.field("outcome"));
    page.waitUntil(d -> outcome.getOptions().size() > 20);
    assertThat(
            driver
                .findElement(By.cssSelector("#outcome optgroup[label='（三）不予公开']"))
                .findElements(By.tagName("option")))
        .hasSize(8);
    outcome.selectByValue("withheld.thirdPartyRights");
    driver.findElement(By.cssSelector("#answer-form button[type=submit]")).click();

    page.waitUntil(ExpectedConditions.textToBe(By.id("request-state"), "已答复"));
    assertThat(driver.findElement(By.id("request-outcome")).getText())
        .isEqualTo("（三）不予公开 4.保护第三方合法权益");
    assertThat(driver.findElement(By.id("timeline")).getText()).contains("答复：（三）不予公开 4.保护第三方合法权益");
    assertThat(driver.findElement(By.id("request-due")).getText()).contains("逾期");
    page.assertAccessible();
  }

  @Test
  void aCorrectionWhoseDeadlinePassedIsEndedByTheRegisterAndAnEditorCanTakeThatBack() {
    LocalDate received = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(60);
    long id = registerReceivedOn(received);
    new Select(page.field("kind")).selectByValue("correction");
    page.setValue(page.field("startedOn"), received.plusDays(2).toString());
    page.setValue(page.field("dueOn"), received.plusDays(10).toString());
    driver.findElement(By.cssSelector("#pause-form button[type=submit]")).click();
    page.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "期限至 " + received.plusDays(10)));

    // the register looks at deadlines every half minute
    page.waitUntil(
        d -> {
          d.navigate().refresh();
          return page.waitFor(By.id("request-state")).getText().equals("已答复");
        },
        75);
    assertThat(driver.findElement(By.id("timeline")).getText())
        .contains(received.plusDays(10) + " 补正期限届满，申请人未补正：视为放弃申请（系统自动处理）");
    assertThat(driver.findElement(By.id("request-outcome")).getText()).contains("逾期不补正");
    page.assertAccessible();

    page.setValue(page.field("endedOn"), received.plusDays(9).toString());
    driver.findElement(By.cssSelector("#resume-form button[type=submit]")).click();
    page.waitUntil(ExpectedConditions.textToBe(By.id("request-state"), "办理中"));
    assertThat(driver.findElement(By.id("timeline")).getText())
        .contains(received.plusDays(9) + " 收到补正后的申请，重新计算期限");
  }

  /** Registers a request through the console's form and waits for its page. */
  private long registerReceivedOn(LocalDate received) {
    String subject = "本单位" + UUID.randomUUID().toString().substring(0, 6) + "项目的审批文件";
    page.logIn("demo-editor", API.server().demoPassword());
    page.go("#/requests/new");
    new Select(page.field("applicantType")).selectByVisibleText("商业企业");
    page.setValue(page.field("receivedOn"), received.toString());
    page.fill("applicant.name", "句容某建设有限公司");
    page.fill("subject", subject);
    driver.findElement(By.id("request-save")).click();

    page.waitUntil(ExpectedConditions.urlMatches("#/requests/\\d+$"));
    Matcher m = Pattern.compile("#/requests/(\\d+)$").matcher(driver.getCurrentUrl());
    assertThat(m.find()).isTrue();
    page.waitUntil(ExpectedConditions.textToBe(By.id("request-state"), "办理中"));
    return Long.parseLong(m.group(1));
  }

  @Test
  void aLetterIsUploadedListedDownloadedAndRemovedOnTheRequestsScreen() throws Exception {
    String token = API.login("demo-editor");
    String slug =
        API.get("api/v1/manage/me")
            .as(token)
            .send()
            .json()
            .getJsonArray("grants")
            .getJsonObject(0)
            .getString("organisation");
    Api.Reply registered =
        API.post("api/v1/manage/organisations/" + slug + "/requests")
            .as(token)
            .json(
                "{\"channel\":\"post\",\"receivedOn\":\"2026-09-18\","
                    + "\"applicantType\":\"naturalPerson\",\"applicant\":{\"name\":\"材料测试人\"},"
                    + "\"subject\":\"控制台材料测试\"}")
            .send();
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    long id = registered.json().getJsonNumber("id").longValue();
    Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upload-");
    Path letter = folder.resolve("控制台申请书.pdf");
    byte[] pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    Files.write(letter, pdf);
    Path downloads = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "downloads-");
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    page.logIn("demo-editor", API.server().demoPassword());

    page.go("#/requests/" + id);
    page.waitFor(By.id("request-file"));
    new Select(driver.findElement(By.id("request-file-kind"))).selectByValue("letter");
    driver.findElement(By.id("request-file")).sendKeys(letter.toString());
    driver.findElement(By.id("request-file-upload")).click();

    page.waitUntil(
        ExpectedConditions.textToBe(By.cssSelector("#request-files .file-name"), "控制台申请书.pdf"));
    assertThat(driver.findElement(By.cssSelector("#request-files li")).getText())
        .startsWith("申请书/申请材料：控制台申请书.pdf")
        .contains("demo-editor");
    page.assertAccessible();
    driver.findElement(By.cssSelector("#request-files .file-name")).click();
    Path saved = downloads.resolve("控制台申请书.pdf");
    page.waitUntil(d -> Files.exists(saved) && sameBytes(saved, pdf));

    driver
        .findElement(By.cssSelector("#request-files button[aria-label='删除材料 控制台申请书.pdf']"))
        .click();
    page.waitFor(By.id("confirm-yes")).click();
    page.waitUntil(ExpectedConditions.textToBe(By.id("request-files"), "还没有材料。"));
    assertThat(
            API.get("api/v1/manage/organisations/" + slug + "/requests/" + id)
                .as(token)
                .send()
                .json()
                .getJsonArray("files"))
        .isEmpty();
  }

  private static boolean sameBytes(Path file, byte[] expected) {
    try {
      return java.util.Arrays.equals(Files.readAllBytes(file), expected);
    } catch (java.io.IOException stillBeingWritten) {
      return false;
    }
  }
}
