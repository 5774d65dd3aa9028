package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console as a test drives it: logging in, moving between screens (waiting for
 * main[data-route]), filling fields by their API names, screenshots and axe-core checks.
 */
final class ConsolePage {

  private final Browser browser;
  private final ChromeDriver driver;
  private final Api api;

  ConsolePage(Browser browser, Api api) {
    this.browser = browser;
    this.driver = browser.driver();
    this.api = api;
  }

  /** Logs in through the form and waits for the item list. */
  public void logIn(String username, String password) {
    driver.get(api.server().base().resolve("console/#/login").toString());
    // the login form is drawn again on each route change (a hash change, a 401 of a request still
    // under way): a form replaced while it is being filled is filled again
    waitUntil(
        d -> {
          WebElement form = d.findElement(By.id("login"));
          form.findElement(By.name("username")).sendKeys(username);
          form.findElement(By.name("password")).sendKeys(password);
          form.findElement(By.cssSelector("button[type=submit]")).click();
          return true;
        });
    waitUntil(ExpectedConditions.textToBe(By.id("username"), username));
    waitUntil(d -> "#/items".equals(d.findElement(By.id("main")).getAttribute("data-route")));
  }

  /** Moves to a screen and waits until it is shown. */
  public void go(String hash) {
    js("location.hash = arguments[0]", hash);
    waitUntil(d -> hash.equals(d.findElement(By.id("main")).getAttribute("data-route")));
  }

  public long idInUrl() {
    Matcher m = Pattern.compile("#/items/(\\d+)$").matcher(driver.getCurrentUrl());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  public void waitForState(String state) {
    waitFor(By.cssSelector("#item-state[data-state=" + state + "]"));
  }

  public WebElement field(String name) {
    return waitFor(By.name(name));
  }

  /** Fills a field; the body goes into its rich-text editor. */
  public void fill(String nameOrId, String value) {
    if ("body".equals(nameOrId)) {
      setBody(value);
      return;
    }
    List<WebElement> byName = driver.findElements(By.name(nameOrId));
    WebElement el = byName.isEmpty() ? waitFor(By.id(nameOrId)) : byName.get(0);
    el.clear();
    el.sendKeys(value);
  }

  /** Waits for the body's rich-text editor; the script's {@code ed} is the editor. */
  public Object editor(String script, Object... args) {
    waitForPresence(By.cssSelector("textarea[name=body][data-editor=ready]"));
    return js(
        "const ed = tinymce.get(document.querySelector('textarea[name=body]').id);\n" + script,
        args);
  }

  /** Sets the body through the editor, as typing would: the form sees a change. */
  public void setBody(String html) {
    editor("ed.setContent(arguments[0]); ed.undoManager.add(); ed.dispatch('change');", html);
  }

  /** The body as the editor would save it. */
  public String body() {
    return (String) editor("return ed.getContent();");
  }

  /** Date inputs take their value through the DOM: typing depends on the browser's locale. */
  public void setValue(WebElement el, String value) {
    js(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        el,
        value);
  }

  public WebElement waitFor(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits for an element that may be hidden (such as the textarea under the editor). */
  public WebElement waitForPresence(By by) {
    return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
  }

  public <T> T waitUntil(Function<? super WebDriver, T> condition) {
    return waitUntil(condition, 15);
  }

  /** Waits for a condition; an element replaced while the screen re-renders is looked up again. */
  public <T> T waitUntil(Function<? super WebDriver, T> condition, int seconds) {
    return browser.waiting(seconds).until(condition);
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public void screenshot(String name) {
    browser.screenshot(name);
  }

  /** No serious or critical axe-core findings on the current screen. */
  public void assertAccessible() {
    Results results = new AxeBuilder().analyze(driver);
    List<String> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(ConsolePage::describe)
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
