package io.gongkai.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the theme's browser tests share: a desktop and a phone-sized headless Chromium, opening demo
 * pages and waiting for their elements, reading inside shadow roots, axe-core, screenshots, and the
 * API to know what a page should show.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThemePages {

  private static final String ELEMENTS =
      "gk-catalogue, gk-item-list, gk-item, gk-search, gk-report, gk-focus, gk-request-form,"
          + " gk-request-status";

  final Api api = new Api();
  Browser desktop;
  Browser phone;
  private String ownOrganisation;

  @BeforeAll
  void browsers() {
    desktop = new Browser(1280, 900);
    phone = new Browser(375, 812);
    for (Browser b : List.of(desktop, phone)) {
      // the public API may be cached for a minute; these pages must show what the API says now
      b.driver().executeCdpCommand("Network.enable", Map.of());
      b.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }
    phone
        .driver()
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
  }

  @AfterAll
  void closeBrowsers() {
    if (desktop != null) {
      desktop.close();
    }
    if (phone != null) {
      phone.close();
    }
  }

  // --- pages and elements

  /** Opens a page, waits until its elements have rendered, returns the element's shadow root. */
  SearchContext open(Browser browser, String path, String element) {
    SearchContext root = load(browser, path, element);
    assertThat(browser.driver().findElement(By.cssSelector(element)).getAttribute("data-state"))
        .as(element + " on " + path)
        .isEqualTo("ready");
    return root;
  }

  /** Opens a page and waits until its elements have rendered or shown their error. */
  SearchContext load(Browser browser, String path, String element) {
    browser.driver().get(api.server().base().resolve(path).toString());
    browser
        .waiting(20)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((ChromeDriver) d)
                        .executeScript(
                            "const all = [...document.querySelectorAll(arguments[0])];"
                                + " return all.length > 0 && all.every(e => e.dataset.state === 'ready'"
                                + " || e.dataset.state === 'error');",
                            ELEMENTS)));
    return shadow(browser, element);
  }

  static SearchContext shadow(Browser browser, String element) {
    return browser.driver().findElement(By.cssSelector(element)).getShadowRoot();
  }

  static String text(Browser browser, String element) {
    return (String)
        browser
            .driver()
            .executeScript(
                "return document.querySelector(arguments[0]).shadowRoot.querySelector('.gk').innerText;",
                element);
  }

  static void click(SearchContext root, String css) {
    root.findElement(By.cssSelector(css)).click();
  }

  /** The current page number, or "" while the pager is being replaced. */
  static String currentPage(SearchContext root) {
    try {
      List<WebElement> current =
          root.findElements(By.cssSelector("nav.gk-pager [aria-current=page]"));
      return current.isEmpty() ? "" : current.get(0).getText();
    } catch (StaleElementReferenceException replaced) {
      return "";
    }
  }

  static String status(SearchContext root) {
    try {
      return root.findElement(By.cssSelector("[role=status]")).getText();
    } catch (StaleElementReferenceException replaced) {
      return "";
    }
  }

  double fontSize(Browser browser, String element) {
    return ((Number)
            browser
                .driver()
                .executeScript(
                    "return parseFloat(getComputedStyle(document.querySelector(arguments[0])"
                        + ".shadowRoot.querySelector('.gk')).fontSize);",
                    element))
        .doubleValue();
  }

  /** The attributes of the header cell with this label in a report table. */
  static Map<String, String> header(SearchContext root, String table, String label) {
    WebElement th =
        root.findElements(By.cssSelector("table[data-table=" + table + "] th")).stream()
            .filter(e -> e.getText().equals(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no header " + label + " in " + table));
    return attributes(th, "colspan", "rowspan", "scope", "id");
  }

  static Map<String, String> cell(SearchContext root, String key) {
    return attributes(
        root.findElement(By.cssSelector("td[data-cell='" + key + "']")), "colspan", "headers");
  }

  static Map<String, String> attributes(WebElement e, String... names) {
    Map<String, String> values = new HashMap<>();
    for (String name : names) {
      String value = e.getAttribute(name);
      if (value != null) {
        values.put(name, value);
      }
    }
    return values;
  }

  /** The labels of the header cells a data cell's {@code headers} attribute names. */
  static List<String> headerLabels(SearchContext root, String key) {
    String headers =
        root.findElement(By.cssSelector("td[data-cell='" + key + "']")).getAttribute("headers");
    assertThat(headers).as("headers of " + key).isNotBlank();
    return List.of(headers.split(" ")).stream()
        .map(id -> root.findElement(By.cssSelector("th[id='" + id + "']")).getText())
        .toList();
  }

  /** The page on desktop and phone: screenshots, axe-core, and nothing wider than the phone. */
  void pageIsAccessibleAndFitsAPhone(String name, String path, String element) {
    open(desktop, path, element);
    screenshot(desktop, name + "-desktop");
    noSeriousAccessibilityViolations(desktop, name);

    open(phone, path, element);
    screenshot(phone, name + "-phone");
    assertNoHorizontalOverflow();
    noSeriousAccessibilityViolations(phone, name + "-phone");
  }

  void assertNoHorizontalOverflow() {
    ChromeDriver d = phone.driver();
    assertThat(((Number) d.executeScript("return window.innerWidth;")).intValue()).isEqualTo(375);
    assertThat(
            ((Number) d.executeScript("return document.documentElement.scrollWidth;")).intValue())
        .as("page width on a 375 px phone")
        .isLessThanOrEqualTo(375);
  }

  static void noSeriousAccessibilityViolations(Browser browser, String page) {
    Results results = new AxeBuilder().analyze(browser.driver());
    writeAxeReport(page, results);
    List<Rule> serious =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertThat(serious)
        .as(
            () ->
                page
                    + ": "
                    + serious.stream()
                        .map(
                            r ->
                                r.getId()
                                    + " "
                                    + r.getHelp()
                                    + " "
                                    + r.getNodes().stream()
                                        .map(
                                            n ->
                                                String.valueOf(n.getTarget())
                                                    + " "
                                                    + n.getFailureSummary())
                                        .collect(Collectors.joining("; ")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** Every violation, of any impact, in target/axe/{page}.txt for whoever improves the theme. */
  static void writeAxeReport(String page, Results results) {
    String report =
        results.getViolations().stream()
            .map(
                r ->
                    r.getImpact()
                        + " "
                        + r.getId()
                        + ": "
                        + r.getHelp()
                        + "\n"
                        + r.getNodes().stream()
                            .map(n -> "  " + n.getTarget())
                            .collect(Collectors.joining("\n")))
            .collect(Collectors.joining("\n"));
    try {
      Path dir = Path.of("target", "axe");
      Files.createDirectories(dir);
      Files.writeString(
          dir.resolve(page.replaceAll("[^a-z0-9-]+", "-") + ".txt"),
          report.isEmpty() ? "no violations\n" : report + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void screenshot(Browser browser, String name) {
    browser.screenshot("themes-" + name);
  }

  // --- the API, to know what the pages should show

  /**
   * An organisation of this test's own (created once), so what the tests publish never changes the
   * demo organisations other tests count on.
   */
  String ownOrganisation() {
    if (ownOrganisation == null) {
      ownOrganisation = api.newOrganisation("themes", "主题测试局");
    }
    return ownOrganisation;
  }

  /** Publishes a notice of that organisation now; returns its id. */
  long publish(String organisation, String title) {
    String admin = api.login("it-admin");
    Items items = new Items(api);
    Api.Reply draft =
        items.create(admin, Items.draft(title).add("organisation", organisation).build());
    Api.Reply pending = items.act(admin, draft, "submit", null);
    return Items.id(items.act(admin, pending, "publish", null));
  }

  JsonObject catalogue(String organisation) {
    return jakarta.json.Json.createObjectBuilder()
        .add(
            "children",
            api.get("api/v1/organisations/" + organisation + "/catalogue").send().jsonArray())
        .build();
  }

  JsonObject items(String query) {
    Api.Reply r = api.get("api/v1/items?" + query).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  JsonObject search(String query) {
    Api.Reply r = api.get("api/v1/search?" + query).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  JsonObject findItem(String organisation, String channel, String titlePart) {
    return items("organisation=" + organisation + "&channel=" + channel + "&size=100")
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("title").contains(titlePart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo item " + titlePart));
  }

  static JsonObject channel(JsonObject tree, String code) {
    for (JsonValue v : tree.getJsonArray("children")) {
      JsonObject node = v.asJsonObject();
      if (node.getString("code").equals(code)) {
        return node;
      }
      JsonObject inner = channel(node, code);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }
}
