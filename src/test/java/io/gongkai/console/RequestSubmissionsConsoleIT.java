package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.OnlineForms;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 网上申请待确认 on the console's register screen, in a real browser: an editor accepts a request sent
 * through the public form (it becomes a register entry received today) and voids another; the
 * public status follows; the screen passes axe-core.
 */
class RequestSubmissionsConsoleIT {

  private static final Api API = new Api();
  private static final OnlineForms FORMS = new OnlineForms(API.server());
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

  /** Logs in afresh: the tab may still hold another test's session. */
  static void logIn(String username, String password) {
    driver.get(API.server().base().resolve("console/").toString());
    driver.executeScript("sessionStorage.clear()");
    page.logIn(username, password);
  }

  static String send(String subject) {
    String form =
        "{\"applicantType\":\"naturalPerson\",\"name\":\"控制台测试人\",\"phone\":\"13800000000\","
            + "\"subject\":\""
            + subject
            + "\",\"wantedForm\":\"paper\",\"delivery\":\"pickup\"}";
    Api.Reply r = FORMS.submit(OnlineForms.freshAddress(), "jrjgfwzx", form);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("trackingNumber");
  }

  @Test
  void anEditorAcceptsOneOnlineRequestIntoTheRegisterAndVoidsAnother() {
    String unique = UUID.randomUUID().toString().substring(0, 6);
    String accepted = send("网上申请" + unique + "的受理测试");
    String voided = send("网上申请" + unique + "的作废测试");
    logIn("demo-editor", API.server().demoPassword());

    page.go("#/requests");
    WebElement first =
        page.waitFor(By.cssSelector("li.submission[data-tracking='" + accepted + "']"));
    assertThat(first.getText()).contains("控制台测试人", "纸质文本", "自行领取", accepted);
    assertThat(driver.findElement(By.id("submissions-h")).getText()).startsWith("网上申请待确认");
    page.screenshot("console-request-submissions");
    page.assertAccessible();

    WebElement other =
        driver.findElement(By.cssSelector("li.submission[data-tracking='" + voided + "']"));
    new Select(other.findElement(By.cssSelector("select[name=reason]"))).selectByValue("duplicate");
    other.findElement(By.cssSelector("form[data-action=void] button[type=submit]")).click();
    page.waitFor(By.id("confirm-yes")).click();
    page.waitUntil(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("li.submission[data-tracking='" + voided + "']"), 0));
    assertThat(FORMS.status(OnlineForms.freshAddress(), voided).json().getString("stateLabel"))
        .isEqualTo("已作废");

    driver
        .findElement(
            By.cssSelector(
                "li.submission[data-tracking='" + accepted + "'] form[data-action=accept] button"))
        .click();
    page.waitUntil(ExpectedConditions.urlMatches("#/requests/\\d+$"));
    page.waitUntil(ExpectedConditions.textToBe(By.id("request-state"), "办理中"));
    assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains(unique);
    assertThat(driver.findElement(By.id("timeline")).getText()).contains("收到申请");
    assertThat(FORMS.status(OnlineForms.freshAddress(), accepted).json().getString("stateLabel"))
        .isEqualTo("已受理");
  }

  @Test
  void anAdministratorSwitchesOnlineRequestsOnForTheirOrganisation() {
    String org = API.newOrganisation("console-online", "句容市控制台网上申请局");
    logIn("it-admin", API.server().adminPassword());
    new Select(driver.findElement(By.id("organisation"))).selectByValue(org);
    page.go("#/requests");

    page.waitUntil(ExpectedConditions.textToBe(By.id("online-state"), "网上申请：未开通"));
    page.assertAccessible();
    driver.findElement(By.id("online-toggle")).click();

    page.waitUntil(ExpectedConditions.textToBe(By.id("online-state"), "网上申请：已开通"));
    assertThat(driver.findElement(By.id("online-toggle")).getText()).isEqualTo("关闭网上申请");
    assertThat(API.get("api/v1/organisations/" + org).send().json().getBoolean("requestsOnline"))
        .isTrue();
  }
}
