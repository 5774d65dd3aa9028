package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void anOverdueRequestIsMarkedAndItsAnswerIsPickedFromTableThreesRows() {
    String subject = "本单位" + UUID.randomUUID().toString().substring(0, 6) + "项目的审批文件";
    LocalDate received = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(60);
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
    long id = Long.parseLong(m.group(1));
    page.waitUntil(ExpectedConditions.textToBe(By.id("request-state"), "办理中"));
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
}
