package io.gongkai.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.TestPictures;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Pictures in the theme, in headless Chromium: a picture uploaded through the API shows in the
 * public item with its widths and alt text, picture news show as a grid of covers, and {@code
 * <gk-focus>} rotates, pauses (button, hover, focus), is operable by keyboard and stays still when
 * the reader prefers reduced motion; every page passes axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturesThemeIT extends ThemePages {

  private static final String ALT = "检查组在配电房检查消防设施";

  private String org;
  private final List<Long> published = new java.util.ArrayList<>();

  @BeforeAll
  void pictureNews() {
    org = ownOrganisation();
    for (int i = 1; i <= 3; i++) {
      published.add(pictureNews("图片新闻第" + i + "条 " + Items.uniqueTitle("pic"), ALT + i));
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Item {

    @Test
    void anUploadedPictureShowsInTheItemWithItsWidthsAndAlt() {
      long id = published.get(0);
      String path = "demo/item.html?item=" + id;

      SearchContext root = open(desktop, path, "gk-item");
      WebElement img = root.findElement(By.cssSelector(".gk-body img"));
      desktop.waiting(20).until(d -> loaded(img));

      assertThat(img.getAttribute("alt")).isEqualTo(ALT + 1);
      assertThat(img.getAttribute("srcset"))
          .contains("/attachments/", "?w=320 320w", "?w=640 640w", " 1200w");
      assertThat(img.getAttribute("sizes")).isNotBlank();
      assertThat(img.getDomAttribute("width")).isEqualTo("1200");
      assertThat(img.getAttribute("loading")).isEqualTo("lazy");
      pageIsAccessibleAndFitsAPhone("picture-item", path, "gk-item");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Grid {

    @Test
    void aPictureChannelShowsItsItemsAsAGridOfCovers() {
      String path = "demo/items.html?organisation=" + org + "&channel=picture-news";

      SearchContext root = open(desktop, path, "gk-item-list");
      List<WebElement> cards = root.findElements(By.cssSelector(".gk-grid .gk-card"));
      WebElement first = cards.get(0).findElement(By.cssSelector("img"));
      desktop.waiting(20).until(d -> loaded(first));

      assertThat(cards).hasSize(3);
      assertThat(first.getAttribute("alt")).isEqualTo(ALT + 3);
      assertThat(first.getAttribute("srcset")).contains("?w=320 320w");
      assertThat(cards.get(0).findElement(By.cssSelector("a")).getAttribute("href"))
          .endsWith("item.html?item=" + published.get(2));
      assertThat(cards.get(0).getText()).contains("图片新闻第3条");
      screenshot(desktop, "picture-grid-desktop");
      pageIsAccessibleAndFitsAPhone("picture-grid", path, "gk-item-list");
    }

    @Test
    void layoutListOverridesAPictureChannel() {
      desktop
          .driver()
          .get(
              api.server()
                  .base()
                  .resolve("demo/items.html?organisation=" + org + "&channel=notices")
                  .toString());
      desktop
          .waiting(20)
          .until(d -> "ready".equals(host("gk-item-list").getAttribute("data-state")));
      desktop
          .driver()
          .executeScript(
              "const l = document.querySelector('gk-item-list');"
                  + " l.setAttribute('channel', 'picture-news'); l.setAttribute('layout', 'list');");
      desktop
          .waiting(20)
          .until(
              d ->
                  !shadow(desktop, "gk-item-list")
                      .findElements(By.cssSelector(".gk-list-item"))
                      .isEmpty());

      assertThat(shadow(desktop, "gk-item-list").findElements(By.cssSelector(".gk-grid")))
          .as("layout=list overrides the picture channel")
          .isEmpty();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Focus {

    String path() {
      return "demo/pictures.html?organisation=" + org;
    }

    /** Opens the page and makes the carousel rotate every second. */
    SearchContext openFast() {
      open(desktop, path(), "gk-focus");
      desktop
          .driver()
          .executeScript("document.querySelector('gk-focus').setAttribute('interval', '1000');");
      desktop.waiting(20).until(d -> "ready".equals(host("gk-focus").getAttribute("data-state")));
      return shadow(desktop, "gk-focus");
    }

    @Test
    void followsTheCarouselPatternAndRotatesLinkingEachSlideToItsItem() {
      SearchContext root = openFast();

      WebElement carousel = root.findElement(By.cssSelector("section.gk-focus"));
      List<WebElement> slides = root.findElements(By.cssSelector(".gk-focus-slide"));
      assertThat(carousel.getAttribute("aria-roledescription")).isEqualTo("轮播");
      assertThat(carousel.getAttribute("aria-label")).isEqualTo("焦点图");
      assertThat(slides).hasSize(3);
      assertThat(slides)
          .allSatisfy(
              s -> {
                assertThat(s.getAttribute("role")).isEqualTo("group");
                assertThat(s.getAttribute("aria-roledescription")).isEqualTo("幻灯片");
                assertThat(s.findElement(By.cssSelector("a")).getAttribute("href"))
                    .matches(".*/demo/item\\.html\\?item=\\d+");
              });
      assertThat(slides.get(0).findElement(By.cssSelector("img")).getAttribute("alt"))
          .isEqualTo(ALT + 3);
      assertThat(slides.get(0).findElement(By.cssSelector("img")).getAttribute("srcset"))
          .contains("?w=640 640w");
      assertThat(root.findElements(By.cssSelector(".gk-focus-slide:not([hidden])"))).hasSize(1);
      assertThat(attribute(root, ".gk-focus-slides", "aria-live")).isEqualTo("off");
      assertThat(attribute(root, ".gk-focus-prev", "aria-label")).isEqualTo("上一张");
      assertThat(attribute(root, ".gk-focus-next", "aria-label")).isEqualTo("下一张");
      assertThat(attribute(root, ".gk-focus-rotate", "aria-label")).isEqualTo("暂停自动播放");

      desktop.waiting(15).until(d -> "1".equals(slide()));
      desktop.waiting(15).until(d -> "2".equals(slide()));
      screenshot(desktop, "focus-desktop");
    }

    @Test
    void pausesOnHoverOnFocusAndWithThePauseButton() {
      SearchContext root = openFast();
      WebElement heading = desktop.driver().findElement(By.cssSelector("h1"));

      new Actions(desktop.driver()).moveToElement(host("gk-focus")).perform();
      desktop.waiting(10).until(d -> "false".equals(rotating()));
      assertThat(attribute(root, ".gk-focus-slides", "aria-live")).isEqualTo("polite");
      new Actions(desktop.driver()).moveToElement(heading).perform();
      desktop.waiting(10).until(d -> "true".equals(rotating()));

      root.findElement(By.cssSelector(".gk-focus-rotate")).click();
      assertThat(attribute(root, ".gk-focus-rotate", "aria-label")).isEqualTo("开始自动播放");
      new Actions(desktop.driver()).moveToElement(heading).click().perform();
      String shown = slide();
      await()
          .during(Duration.ofMillis(2500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> shown.equals(slide()) && "false".equals(rotating()));

      root.findElement(By.cssSelector(".gk-focus-rotate")).click();
      assertThat(rotating()).as("focus is still in the carousel").isEqualTo("false");
      new Actions(desktop.driver()).moveToElement(heading).click().perform();
      desktop.waiting(15).until(d -> !shown.equals(slide()));
    }

    @Test
    void isOperableByKeyboard() {
      SearchContext root = openFast();
      WebElement next = root.findElement(By.cssSelector(".gk-focus-next"));

      next.sendKeys(Keys.ARROW_RIGHT);
      desktop.waiting(5).until(d -> "false".equals(rotating()));
      String afterRight = slide();
      next.sendKeys(Keys.ARROW_LEFT);
      String afterLeft = slide();
      next.sendKeys(Keys.ENTER);
      String afterEnter = slide();
      root.findElement(By.cssSelector(".gk-focus-dot:nth-child(3)")).sendKeys(Keys.SPACE);

      assertThat(Integer.parseInt(afterLeft)).isEqualTo((Integer.parseInt(afterRight) + 2) % 3);
      assertThat(afterEnter).isEqualTo(afterRight);
      assertThat(slide()).isEqualTo("2");
      assertThat(rotating()).isEqualTo("false");
    }

    @Test
    void doesNotRotateWhenTheReaderPrefersReducedMotion() {
      desktop
          .driver()
          .executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of(
                  "features",
                  List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
      try {
        SearchContext root = openFast();

        assertThat(rotating()).isEqualTo("false");
        assertThat(attribute(root, ".gk-focus-rotate", "aria-label")).isEqualTo("开始自动播放");
        assertThat(attribute(root, ".gk-focus-slides", "aria-live")).isEqualTo("polite");
        await()
            .during(Duration.ofMillis(2500))
            .atMost(Duration.ofSeconds(5))
            .until(() -> "0".equals(slide()));
        root.findElement(By.cssSelector(".gk-focus-next")).click();
        assertThat(slide()).as("the reader still moves on by hand").isEqualTo("1");
      } finally {
        desktop
            .driver()
            .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
      }
    }

    @Test
    void isAccessibleAndFitsAPhone() {
      pageIsAccessibleAndFitsAPhone("pictures", path(), "gk-focus");
    }
  }

  // --- helpers

  private WebElement host(String element) {
    return desktop.driver().findElement(By.cssSelector(element));
  }

  private String slide() {
    return host("gk-focus").getAttribute("data-slide");
  }

  private String rotating() {
    return host("gk-focus").getAttribute("data-rotating");
  }

  private static String attribute(SearchContext root, String css, String name) {
    return root.findElement(By.cssSelector(css)).getAttribute(name);
  }

  private boolean loaded(WebElement img) {
    return Boolean.TRUE.equals(
        desktop
            .driver()
            .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
  }

  /** A picture news item of the test's organisation, published: its picture in body and cover. */
  private long pictureNews(String title, String alt) {
    String admin = api.login("it-admin");
    Items items = new Items(api);
    var input = Items.draft(title).add("organisation", org).add("channel", "picture-news");
    Api.Reply draft = items.create(admin, input.build());
    long id = Items.id(draft);
    Api.Reply upload =
        api.post("api/v1/manage/items/" + id + "/attachments?name=" + Api.encode("现场.png"))
            .as(admin)
            .ifMatch(draft.etag())
            .bytes(TestPictures.png(1200, 800, false), "image/png")
            .send();
    assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
    String url = upload.json().getString("url");
    Api.Reply covered =
        api.put("api/v1/manage/items/" + id + "/attachments/" + upload.json().getInt("id"))
            .as(admin)
            .ifMatch(upload.etag())
            .json(Json.createObjectBuilder().add("alt", alt).add("cover", true).build())
            .send();
    assertThat(covered.status()).as(covered.toString()).isEqualTo(200);
    Api.Reply saved =
        api.put("api/v1/manage/items/" + id)
            .as(admin)
            .ifMatch(covered.etag())
            .json(
                Items.draft(title)
                    .add("organisation", org)
                    .add("channel", "picture-news")
                    .add("body", "<p>现场图片：</p><p><img src=\"" + url + "\" alt=\"" + alt + "\"></p>")
                    .build())
            .send();
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    Api.Reply pending = items.act(admin, saved, "submit", null);
    items.act(admin, pending, "publish", null);
    return id;
  }
}
