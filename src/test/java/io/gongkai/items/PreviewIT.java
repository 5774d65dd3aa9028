package io.gongkai.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A draft seen through an editor's preview link: exactly the public JSON it will have, with its own
 * files reachable through the link, for whoever holds the link and nobody else.
 */
class PreviewIT {

  private final Api api = new Api();
  private final Items items = new Items(api);

  @Test
  void aPreviewLinkShowsTheDraftAndItsPictureWhileThePublicSeesNothing() throws Exception {
    String editor = api.login("demo-editor");
    String title = Items.uniqueTitle("预览草稿");
    Api.Reply draft = items.create(editor, Items.draft(title).build());
    long id = Items.id(draft);
    Api.Reply picture =
        api.post("api/v1/manage/items/" + id + "/attachments?name=" + Api.encode("现场.png"))
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(png(), "image/png")
            .send();
    assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
    String src = picture.json().getString("url");

    Api.Reply link = api.post("api/v1/manage/items/" + id + "/preview").as(editor).send();

    assertThat(link.status()).as(link.toString()).isEqualTo(200);
    String page = link.json().getString("page");
    String json = link.json().getString("api");
    assertThat(page).startsWith("/demo/item.html?preview=");
    Api.Reply shown = api.get(json.substring(1)).send();
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    assertThat(shown.header("Cache-Control")).hasValue("private, no-store");
    assertThat(shown.header("X-Robots-Tag"))
        .hasValueSatisfying(v -> assertThat(v).contains("noindex"));
    JsonObject item = shown.json();
    assertThat(item.getString("title")).isEqualTo(title);
    String file = item.getJsonArray("attachments").getJsonObject(0).getString("url");
    assertThat(file).startsWith(json + "/attachments/");
    Api.Reply bytes = api.get(file.substring(1)).send();
    assertThat(bytes.status()).isEqualTo(200);
    assertThat(bytes.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));

    assertThat(api.get("api/v1/items/" + id).send().status())
        .as("the draft is not public")
        .isEqualTo(404);
    assertThat(api.get(src.substring(1)).send().status()).isEqualTo(404);

    String token = json.substring(json.lastIndexOf('/') + 1);
    assertThat(api.get("api/v1/manage/items/" + id).as(token).send().status())
        .as("a preview link is no login")
        .isEqualTo(401);
    String forged = token.substring(0, token.length() - 4) + "AAAA";
    Api.Reply refused = api.get("api/v1/preview/" + forged).send();
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(refused.json().getString("detail")).contains("预览链接");

    String otherAgency = api.login("demo-editor2");
    assertThat(api.post("api/v1/manage/items/" + id + "/preview").as(otherAgency).send().status())
        .isEqualTo(403);
    assertThat(api.post("api/v1/manage/items/" + id + "/preview").send().status()).isEqualTo(401);

    try (Browser browser = new Browser()) {
      ChromeDriver driver = browser.driver();
      driver.get(api.server().base().resolve(page.substring(1)).toString());
      browser
          .waiting(15)
          .until(d -> !d.findElements(By.cssSelector("gk-item[data-state=ready]")).isEmpty());
      WebElement element = driver.findElement(By.cssSelector("gk-item"));
      String text =
          (String)
              driver.executeScript(
                  "const r = arguments[0].shadowRoot || arguments[0]; return r.textContent;",
                  element);
      assertThat(text).contains(title).contains("预览");
    }
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
