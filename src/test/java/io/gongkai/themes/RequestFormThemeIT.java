package io.gongkai.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The online request form and the status look-up in headless Chromium on the demo page: a reader
 * sends a request, reads the tracking number and looks it up (待确认); a refused field is marked where
 * it is with the API's reason; an organisation without online requests shows its guide instead; the
 * page passes axe-core and fits a phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFormThemeIT extends ThemePages {

  private static final String PAGE = "demo/request.html?organisation=jrjgfwzx";

  @Test
  void aReaderSendsARequestReadsTheTrackingNumberAndLooksItUp() {
    SearchContext form = open(desktop, PAGE, "gk-request-form");
    WebElement host = desktop.driver().findElement(By.cssSelector("gk-request-form"));
    assertThat(host.getAttribute("data-online")).isEqualTo("true");
    assertThat(text(desktop, "gk-request-form"))
        .contains("二、依申请公开", "网上申请", "申请人信息", "所需信息情况", "获取信息的方式");

    type(form, "phone", "0511-87270467");
    type(form, "email", "reader@example.com");
    type(form, "subject", "2025年本中心办公用房维修项目的招标文件");
    click(form, "button[type=submit]");
    desktop.waiting(20).until(d -> !form.findElements(By.cssSelector(".gk-field-error")).isEmpty());

    WebElement name = form.findElement(By.cssSelector("input[name=name]"));
    assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
    String described = name.getAttribute("aria-describedby");
    assertThat(form.findElement(By.cssSelector("#" + described.split(" ")[0])).getText())
        .as("the reason the API gave, next to the field")
        .contains("必填");
    assertThat(form.findElement(By.cssSelector(".gk-form-summary")).getText()).contains("1 处");
    assertThat(activeName()).as("focus moves to the refused field").isEqualTo("name");
    screenshot(desktop, "request-form-refused-desktop");

    name.sendKeys("浏览器测试申请人");
    click(form, "button[type=submit]");
    desktop.waiting(20).until(d -> host.getAttribute("data-tracking") != null);

    String tracking = host.getAttribute("data-tracking");
    assertThat(tracking).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    assertThat(form.findElement(By.cssSelector(".gk-tracking")).getText()).isEqualTo(tracking);
    assertThat(form.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"))
        .contains(tracking);
    screenshot(desktop, "request-form-sent-desktop");

    form.findElement(By.cssSelector(".gk-receipt a.gk-button")).click();
    desktop.waiting(20).until(d -> "PENDING".equals(statusResult()));
    SearchContext status = shadow(desktop, "gk-request-status");
    assertThat(status.findElement(By.cssSelector(".gk-status-facts")).getText())
        .contains(tracking, "句容市机关服务中心", "待确认")
        .doesNotContain("浏览器测试申请人", "办公用房维修");
    screenshot(desktop, "request-status-desktop");
    noSeriousAccessibilityViolations(desktop, "request-status");
  }

  @Test
  void anUnknownTrackingNumberIsSaidPolitely() {
    SearchContext status = open(desktop, PAGE, "gk-request-status");

    WebElement input = status.findElement(By.cssSelector("input[name=tracking]"));
    input.sendKeys("0000-0000-0000-0000");
    click(status, "button[type=submit]");
    desktop.waiting(20).until(d -> "not-found".equals(statusResult()));

    assertThat(status.findElement(By.cssSelector(".gk-error")).getText()).contains("未查询到该申请");
  }

  @Test
  void anOrganisationWithoutOnlineRequestsShowsHowToApplyInstead() {
    open(desktop, "demo/request.html?organisation=jrjyj", "gk-request-form");

    assertThat(
            desktop
                .driver()
                .findElement(By.cssSelector("gk-request-form"))
                .getAttribute("data-online"))
        .isEqualTo("false");
    assertThat(text(desktop, "gk-request-form"))
        .contains("暂未开通网上申请", "二、依申请公开")
        .doesNotContain("提交申请");
  }

  @Test
  void theFormPageIsAccessibleAndFitsAPhone() {
    pageIsAccessibleAndFitsAPhone("request-form", PAGE, "gk-request-form");
  }

  private static void type(SearchContext root, String name, String text) {
    root.findElement(By.cssSelector("[name=" + name + "]")).sendKeys(text);
  }

  private String activeName() {
    return (String)
        ((ChromeDriver) desktop.driver())
            .executeScript(
                "const a = document.querySelector('gk-request-form').shadowRoot.activeElement;"
                    + " return a ? a.getAttribute('name') : null;");
  }

  private String statusResult() {
    return (String)
        desktop
            .driver()
            .executeScript(
                "const e = document.querySelector('gk-request-status');"
                    + " return e ? e.dataset.result || null : null;");
  }
}
