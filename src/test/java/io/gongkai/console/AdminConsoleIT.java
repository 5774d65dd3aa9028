package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.Items;
import io.gongkai.testing.SsoIssuer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Administration in the console (users, roles per organisation, the audit log's filters), logging
 * in through the portal's single sign-on, and every screen on a phone; in a real browser against
 * the deployed WAR.
 */
class AdminConsoleIT {

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

  private static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static int login(String username, String password) {
    return API.post("api/v1/auth/token")
        .json(
            Json.createObjectBuilder().add("username", username).add("password", password).build())
        .send()
        .status();
  }

  private static JsonObject user(String username) {
    return API.get("api/v1/manage/users").as(API.login("it-admin")).send().jsonArray().stream()
        .map(v -> v.asJsonObject())
        .filter(u -> u.getString("username").equals(username))
        .findFirst()
        .orElseThrow();
  }

  private static void confirm() {
    page.waitFor(By.id("confirm-yes")).click();
    page.waitUntil(ExpectedConditions.numberOfElementsToBe(By.id("confirm"), 0));
  }

  @Nested
  class Users {

    @Test
    void anAdministratorCreatesAUserGrantsRolesResetsThePasswordEndsSessionsAndDisablesIt() {
      String name = uniqueName("new-editor");
      page.logIn("it-admin", API.server().adminPassword());
      page.go("#/users");
      page.fill("username", name);
      page.fill("displayName", "新编辑");
      page.fill("password", "short");
      new Select(driver.findElement(By.cssSelector("#user-create-form [name=organisation]")))
          .selectByValue("jrjgfwzx");
      driver.findElement(By.id("user-create")).click();

      // the API's rule, in Chinese, on the field
      WebElement password = driver.findElement(By.cssSelector("#user-create-form [name=password]"));
      page.waitUntil(d -> "true".equals(password.getAttribute("aria-invalid")));
      assertThat(driver.findElement(By.cssSelector("#user-create-form .field-error")).getText())
          .contains("至少 10 个字符");
      driver.findElement(By.id("user-generate")).click();
      String initial = password.getAttribute("value");
      assertThat(initial).hasSize(16);
      driver.findElement(By.id("user-create")).click();

      page.waitFor(By.cssSelector("#users tr[data-username='" + name + "']"));
      assertThat(login(name, initial)).isEqualTo(200);
      assertThat(user(name).getJsonArray("grants").toString())
          .contains("\"organisation\":\"jrjgfwzx\"", "\"role\":\"EDITOR\"");
      page.js("window.scrollTo(0, 0)");
      page.js("window.scrollTo(0, 0)");
      page.screenshot("console-users");
      page.assertAccessible();

      // the same username again: refused on the field
      page.fill("username", name);
      driver.findElement(By.id("user-create")).click();
      WebElement username = driver.findElement(By.cssSelector("#user-create-form [name=username]"));
      page.waitUntil(d -> "true".equals(username.getAttribute("aria-invalid")));
      assertThat(driver.findElement(By.cssSelector("#user-create-form .field-error")).getText())
          .contains(name);

      // a role per organisation: made 审核 at the centre, 编辑 at the education bureau
      driver.findElement(By.id("manage-" + name)).click();
      new Select(page.waitFor(By.name("role-jrjgfwzx"))).selectByValue("REVIEWER");
      new Select(driver.findElement(By.name("grant-organisation"))).selectByValue("jrjyj");
      new Select(driver.findElement(By.name("grant-role"))).selectByValue("EDITOR");
      driver.findElement(By.id("grants-save")).click();
      page.waitUntil(
          d ->
              user(name)
                  .getJsonArray("grants")
                  .toString()
                  .matches(".*jrjgfwzx\",\"role\":\"REVIEWER.*"));
      assertThat(user(name).getJsonArray("grants")).hasSize(2);
      page.waitFor(By.cssSelector("#user-detail[data-username='" + name + "']"));

      // taking a role away asks first, then ends the sessions
      new Select(page.waitFor(By.name("role-jrjyj"))).selectByValue("");
      driver.findElement(By.id("grants-save")).click();
      page.waitFor(By.id("confirm"));
      page.assertAccessible();
      confirm();
      page.waitUntil(d -> user(name).getJsonArray("grants").size() == 1);
      page.waitUntil(ExpectedConditions.numberOfElementsToBe(By.name("role-jrjyj"), 0));

      // a one-time password, shown once
      page.waitFor(By.id("password-generate")).click();
      String reset =
          driver
              .findElement(By.cssSelector("#user-password-form [name=password]"))
              .getAttribute("value");
      driver.findElement(By.id("password-reset")).click();
      confirm();
      assertThat(page.waitFor(By.id("password-once")).getText()).isEqualTo(reset);
      assertThat(login(name, reset)).isEqualTo(200);
      assertThat(login(name, initial)).isEqualTo(401);

      // ending the sessions makes a token stop working
      String session = tokenFor(name, reset);
      driver.findElement(By.id("user-logout")).click();
      confirm();
      page.waitUntil(d -> API.get("api/v1/manage/me").as(session).send().status() == 401);
      page.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("banner"), "已结束"));

      // disabling asks first; cancelling does nothing
      driver.findElement(By.id("user-disable")).click();
      page.waitFor(By.id("confirm-no")).click();
      assertThat(user(name).getBoolean("enabled")).isTrue();
      driver.findElement(By.id("user-disable")).click();
      confirm();
      page.waitFor(By.id("user-enable"));
      assertThat(page.waitFor(By.id("user-state")).getText()).isEqualTo("已停用");
      assertThat(login(name, reset)).isEqualTo(401);
      driver.findElement(By.id("user-enable")).click();
      page.waitFor(By.id("user-disable"));
      assertThat(login(name, reset)).isEqualTo(200);
    }

    private String tokenFor(String name, String password) {
      return API.post("api/v1/auth/token")
          .json(Json.createObjectBuilder().add("username", name).add("password", password).build())
          .send()
          .json()
          .getString("token");
    }

    @Test
    void onlyAdministratorsSeeUserManagementAndAnAgencyAdministratorOnlyTheirAgencysUsers() {
      page.logIn("demo-editor", API.server().demoPassword());
      assertThat(driver.findElements(By.cssSelector("#nav a[href='#/users']"))).isEmpty();
      driver.findElement(By.id("logout")).click();

      page.logIn("demo-admin", API.server().demoPassword());
      driver.findElement(By.cssSelector("#nav a[href='#/users']")).click();
      page.waitFor(By.cssSelector("#users tbody tr"));

      List<String> shown =
          driver.findElements(By.cssSelector("#users tbody tr")).stream()
              .map(tr -> tr.getAttribute("data-username"))
              .toList();
      assertThat(shown)
          .contains("demo-editor", "demo-reviewer")
          .doesNotContain("it-admin", "demo-editor2");
      driver.findElement(By.id("manage-demo-editor")).click();
      assertThat(page.waitFor(By.id("user-detail")).getText()).contains("只有系统管理员可以重设他人的密码");
      assertThat(
              new Select(driver.findElement(By.name("role-jrjgfwzx")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("编辑");
      assertThat(driver.findElements(By.cssSelector("#user-detail option[value='*']")))
          .as("no role everywhere")
          .isEmpty();
      page.assertAccessible();
    }
  }

  @Nested
  class Channels {

    @Test
    void anAdministratorMovesAChannelDownAmongItsSiblings() {
      String slug = API.newOrganisation("admin-order", "排序测试局");
      page.logIn("it-admin", API.server().adminPassword());
      new Select(driver.findElement(By.id("organisation"))).selectByValue(slug);
      page.go("#/channels");
      List<String> before = topLevel();
      assertThat(before).hasSizeGreaterThan(2);
      assertThat(driver.findElement(By.id("up-" + before.get(0))).isEnabled()).isFalse();

      driver.findElement(By.id("down-" + before.get(0))).click();

      page.waitUntil(d -> topLevel().get(1).equals(before.get(0)));
      assertThat(topLevel().subList(0, 2)).containsExactly(before.get(1), before.get(0));
      assertThat(topLevel().subList(2, before.size())).isEqualTo(before.subList(2, before.size()));
      page.assertAccessible();
    }

    private List<String> topLevel() {
      return driver.findElements(By.cssSelector("#channel-tree li.d0")).stream()
          .map(li -> li.getAttribute("data-code"))
          .toList();
    }
  }

  @Nested
  class Audit {

    @Test
    void theAuditLogIsFilteredByUserActionAndDay() {
      String editor = API.login("demo-editor");
      long id =
          Items.id(new Items(API).create(editor, Items.draft(Items.uniqueTitle("筛选")).build()));
      page.logIn("demo-admin", API.server().demoPassword());
      page.go("#/audit");

      page.fill("actor", "demo-editor");
      new Select(driver.findElement(By.name("action"))).selectByValue("item.create");
      String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
      page.setValue(driver.findElement(By.name("from")), today);
      page.setValue(driver.findElement(By.name("to")), today);
      driver.findElement(By.id("audit-filter")).click();

      String filtered =
          "#/audit?actor=demo-editor&action=item.create&from=" + today + "&to=" + today;
      page.waitUntil(d -> filtered.equals(d.findElement(By.id("main")).getAttribute("data-route")));
      List<WebElement> rows = driver.findElements(By.cssSelector("#audit tbody tr"));
      assertThat(rows).isNotEmpty();
      assertThat(rows)
          .allSatisfy(
              tr -> {
                assertThat(tr.findElement(By.cssSelector("td:nth-child(2)")).getText())
                    .isEqualTo("demo-editor");
                assertThat(tr.findElement(By.cssSelector("td:nth-child(3)")).getText())
                    .isEqualTo("新建信息");
              });
      assertThat(driver.findElement(By.id("audit")).getText()).contains("信息 " + id);
      assertThat(driver.findElement(By.name("actor")).getAttribute("value"))
          .isEqualTo("demo-editor");
      page.screenshot("console-audit-filtered");
      page.assertAccessible();

      // a kind of action, and days with nothing
      page.go("#/audit?action=item.");
      assertThat(driver.findElements(By.cssSelector("#audit td[data-action]")))
          .allSatisfy(td -> assertThat(td.getAttribute("data-action")).startsWith("item."));
      page.go("#/audit?from=2001-01-01&to=2001-01-31");
      assertThat(page.waitFor(By.id("audit-empty")).getText()).isEqualTo("没有符合条件的操作记录。");
    }

    @Test
    void theAuditApiRefusesBadDaysWithTheirFields() {
      Api.Reply r =
          API.get("api/v1/manage/audit?organisation=jrjgfwzx&from=yesterday&to=2026-13-01")
              .as(API.login("demo-admin"))
              .send();

      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().getJsonArray("fields").toString()).contains("\"from\"", "\"to\"");
    }
  }

  @Nested
  class SingleSignOn {

    @Test
    void theLoginScreenOffersTheSsoAndItsCodeWithPkceLogsTheUserIn() {
      SsoIssuer sso = API.server().sso();
      String name = uniqueName("sso-user");
      String admin = API.login("it-admin");
      assertThat(
              API.post("api/v1/manage/users")
                  .as(admin)
                  .json(
                      Json.createObjectBuilder()
                          .add("username", name)
                          .add("displayName", "统一认证用户")
                          .build())
                  .send()
                  .status())
          .isEqualTo(201);
      API.post("api/v1/manage/users/" + name + "/grants")
          .as(admin)
          .json(
              Json.createObjectBuilder()
                  .add("organisation", "jrjgfwzx")
                  .add("role", "EDITOR")
                  .build())
          .send();
      sso.nextLogin(name);
      int before = sso.exchanges();
      driver.get(API.server().base().resolve("console/#/login").toString());

      WebElement button = page.waitFor(By.id("sso-login"));
      assertThat(button.getText()).isEqualTo("使用统一身份认证登录");
      page.screenshot("console-login-sso");
      page.assertAccessible();
      button.click();

      page.waitUntil(ExpectedConditions.textToBe(By.id("username"), name), 20);
      page.waitUntil(
          d -> "#/items".equals(d.findElement(By.id("main")).getAttribute("data-route")));
      assertThat(sso.exchanges()).isEqualTo(before + 1);
      assertThat(driver.getCurrentUrl()).doesNotContain("code=", "state=");
      String token = (String) page.js("return sessionStorage.getItem('gongkai.console.token')");
      String payload =
          new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
      assertThat(payload).contains("\"iss\":\"" + SsoIssuer.ISSUER + "\"");
      assertThat(API.get("api/v1/manage/me").as(token).send().json().getString("username"))
          .isEqualTo(name);
    }

    @Test
    void anAnswerWhoseStateIsNotThisTabsIsRefused() {
      driver.get(API.server().base().resolve("console/?code=stolen&state=forged").toString());

      page.waitFor(By.id("login"));
      page.waitUntil(d -> d.findElement(By.id("banner")).getText().contains("统一身份认证的返回与本次登录不符"));
      assertThat(page.js("return sessionStorage.getItem('gongkai.console.token')")).isNull();
      assertThat(driver.getCurrentUrl()).doesNotContain("code=");
    }

    @Test
    void theExchangeNeedsTheVerifierOfTheChallenge() throws Exception {
      SsoIssuer sso = API.server().sso();
      sso.nextLogin("demo-editor");
      String verifier = "v".repeat(20) + UUID.randomUUID().toString().replace("-", "");
      String redirect = API.server().base().resolve("console/").toString();
      String code = authorise(verifier, redirect, "nonce-1");
      int refused = sso.refusals();

      Api.Reply wrong = exchange(code, "w" + verifier.substring(1), redirect, "nonce-1");

      assertThat(wrong.status()).isEqualTo(401);
      assertThat(sso.refusals()).isEqualTo(refused + 1);
      String again = authorise(verifier, redirect, "nonce-2");
      assertThat(exchange(again, verifier, redirect, "other-nonce").status())
          .as("a nonce not this login's")
          .isEqualTo(401);
      String third = authorise(verifier, redirect, "nonce-3");
      Api.Reply right = exchange(third, verifier, redirect, "nonce-3");
      assertThat(right.status()).isEqualTo(200);
      assertThat(right.json().getString("username")).isEqualTo("demo-editor");
      assertThat(exchange(third, verifier, redirect, "nonce-3").status())
          .as("a code works once")
          .isEqualTo(401);
      assertThat(
              API.post("api/v1/auth/sso/token")
                  .json("{\"code\":\"x\",\"codeVerifier\":\"short\",\"redirectUri\":\"r\"}")
                  .send()
                  .json()
                  .getJsonArray("fields")
                  .toString())
          .contains("codeVerifier", "nonce");
    }

    private String authorise(String verifier, String redirect, String nonce) throws Exception {
      String challenge =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  MessageDigest.getInstance("SHA-256")
                      .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
      JsonObject config = API.get("api/v1/auth/sso").send().json();
      assertThat(config.getBoolean("configured")).isTrue();
      URI uri =
          URI.create(
              config.getString("authorizationUrl")
                  + "?response_type=code&scope=openid&state=s&client_id="
                  + config.getString("clientId")
                  + "&nonce="
                  + nonce
                  + "&code_challenge_method=S256&code_challenge="
                  + challenge
                  + "&redirect_uri="
                  + Api.encode(redirect));
      HttpResponse<Void> r =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
      String location = r.headers().firstValue("Location").orElseThrow();
      return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
    }

    private Api.Reply exchange(String code, String verifier, String redirect, String nonce) {
      return API.post("api/v1/auth/sso/token")
          .json(
              Json.createObjectBuilder()
                  .add("code", code)
                  .add("codeVerifier", verifier)
                  .add("redirectUri", redirect)
                  .add("nonce", nonce)
                  .build())
          .send();
    }
  }

  /** A phone (375 × 812, mobile emulation) on every screen of the console and a report table. */
  @Nested
  class Phones {

    private Browser phone;
    private ConsolePage onPhone;

    @BeforeEach
    void openPhone() {
      phone = new Browser(375, 812);
      phone
          .driver()
          .executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
      onPhone = new ConsolePage(phone, API);
    }

    @org.junit.jupiter.api.AfterEach
    void closePhone() {
      phone.close();
    }

    private long overflow() {
      return ((Number) onPhone.js("return document.documentElement.scrollWidth")).longValue();
    }

    @Test
    void everyConsoleScreenFitsAPhoneAndListsBecomeCards() {
      String draft = Items.uniqueTitle("手机卡片");
      new Items(API).create(API.login("demo-editor"), Items.draft(draft).build());
      phone.driver().get(API.server().base().resolve("console/#/login").toString());
      onPhone.waitFor(By.id("login"));
      assertThat(overflow()).as("login").isLessThanOrEqualTo(375);
      onPhone.logIn("demo-admin", API.server().demoPassword());

      for (String screen :
          List.of(
              "#/items",
              "#/items/new",
              "#/channels",
              "#/reports",
              "#/reports/2019",
              "#/search",
              "#/imports",
              "#/audit",
              "#/users",
              "#/requests",
              "#/requests/new")) {
        onPhone.go(screen);
        onPhone.waitUntil(d -> !d.findElements(By.cssSelector("#main h1")).isEmpty());
        assertThat(overflow()).as(screen).isLessThanOrEqualTo(375);
        switch (screen) {
          case "#/items" -> {
            WebElement row = phone.driver().findElement(By.cssSelector("#items tbody tr"));
            assertThat(row.getCssValue("display")).as("a card").isEqualTo("block");
            WebElement title = row.findElement(By.cssSelector("td"));
            assertThat(title.getSize().getWidth())
                .as("the title's cell spans the card")
                .isGreaterThan(300);
            WebElement badge = row.findElement(By.cssSelector(".state"));
            assertThat(badge.getSize().getHeight())
                .as("the state badge on one line")
                .isLessThan(40);
            onPhone.screenshot("console-items-phone");
            onPhone.assertAccessible();
          }
          case "#/items/new" -> onPhone.screenshot("console-item-form-phone");
          case "#/users" -> {
            assertThat(
                    phone
                        .driver()
                        .findElement(By.cssSelector("#users tbody tr"))
                        .getCssValue("display"))
                .isEqualTo("block");
            onPhone.screenshot("console-users-phone");
            onPhone.assertAccessible();
          }
          case "#/audit" -> onPhone.assertAccessible();
          case "#/reports/2019" -> {
            WebElement region = phone.driver().findElement(By.cssSelector(".report-table .scroll"));
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            WebElement label = phone.driver().findElement(By.cssSelector("table.cells tbody th"));
            assertThat(label.getSize().getWidth())
                .as("row label width")
                .isGreaterThanOrEqualTo(140);
          }
          default -> {
            // fits, checked above
          }
        }
      }
    }

    @Test
    void aReportTableOnAPhoneScrollsInsideItsRegionWithReadableRowLabels() {
      phone
          .driver()
          .get(
              API.server()
                  .base()
                  .resolve("demo/report.html?organisation=jrjgfwzx&year=2019")
                  .toString());
      phone
          .waiting(20)
          .until(
              d ->
                  "ready"
                      .equals(
                          d.findElement(By.cssSelector("gk-report")).getAttribute("data-state")));

      assertThat(overflow()).isLessThanOrEqualTo(375);
      @SuppressWarnings("unchecked")
      Map<String, Object> widest =
          (Map<String, Object>)
              onPhone.js(
                  "const root = document.querySelector('gk-report').shadowRoot;"
                      + " const regions = [...root.querySelectorAll('.gk-scroll')];"
                      + " const scrolling = regions.filter(r => r.scrollWidth > r.clientWidth);"
                      + " const labels = [...root.querySelectorAll('.gk-table tbody th[scope=row]')];"
                      + " const narrowest = Math.min(...labels.map(th => th.getBoundingClientRect().width));"
                      + " const font = parseFloat(getComputedStyle(labels[0]).fontSize);"
                      + " return {regions: regions.length, scrolling: scrolling.length,"
                      + " labelled: scrolling.every(r => r.getAttribute('role') === 'region'"
                      + " && r.tabIndex === 0 && !!r.getAttribute('aria-label')),"
                      + " narrowest, font};");
      assertThat(((Number) widest.get("scrolling")).intValue())
          .as("tables wider than the phone scroll in their region")
          .isGreaterThan(0);
      assertThat(widest.get("labelled")).isEqualTo(true);
      double font = ((Number) widest.get("font")).doubleValue();
      assertThat(((Number) widest.get("narrowest")).doubleValue())
          .as("the narrowest row label holds several characters a line")
          .isGreaterThanOrEqualTo(5 * font);
      onPhone.js(
          "document.querySelector('gk-report').shadowRoot.querySelectorAll('.gk-report-table')[1]"
              + ".scrollIntoView()");
      onPhone.screenshot("report-table-phone");
    }
  }
}
