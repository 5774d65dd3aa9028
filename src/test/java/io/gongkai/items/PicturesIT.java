package io.gongkai.items;

import static io.gongkai.testing.TestPictures.gif;
import static io.gongkai.testing.TestPictures.jpeg;
import static io.gongkai.testing.TestPictures.png;
import static io.gongkai.testing.TestPictures.pngHeaderOnly;
import static io.gongkai.testing.TestPictures.webp;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pictures over HTTP: image uploads measured and copied, widths served, drafts' pictures kept from
 * the public, the alt rule, the cover and srcset in the public JSON.
 */
class PicturesIT {

  private final Api api = new Api();
  private final Items items = new Items(api);

  /** An item with pictures, as an editor builds it: the draft and its attachments' JSON. */
  private record Draft(long id, Api.Reply view, List<JsonObject> attachments) {}

  @Nested
  class Uploads {

    @Test
    void eachImageTypeIsMeasuredAndCopiedToNarrowerWidthsNeverWider() throws Exception {
      String editor = api.login("demo-editor");
      Draft d =
          draft(
              editor,
              "<p>图片</p>",
              new Upload("照片.png", png(1000, 600, false), "image/png"),
              new Upload("透明.png", png(700, 400, true), "image/png"),
              new Upload("大图.jpg", jpeg(2600, 1300), "image/jpeg"),
              new Upload("动图.gif", gif(500, 300), "image/gif"),
              new Upload("渐变.webp", webp(), "image/webp"));
      publish(editor, d);

      assertPicture(d, 0, 1000, 600, List.of(320, 640), "image/jpeg");
      assertPicture(d, 1, 700, 400, List.of(320, 640), "image/png");
      assertPicture(d, 2, 2600, 1300, List.of(320, 640, 1280, 1920), "image/jpeg");
      assertPicture(d, 3, 500, 300, List.of(320), "image/jpeg");
      assertPicture(d, 4, 480, 320, List.of(320), "image/jpeg");
      Api.Reply original = api.get(path(d.attachments().get(4))).send();
      assertThat(original.header("Content-Type")).contains("image/webp");
      assertThat(api.get(path(d.attachments().get(0)) + "?w=1280").send().status())
          .as("no copy wider than the picture")
          .isEqualTo(404);
      assertThat(api.get(path(d.attachments().get(0)) + "?w=500").send().status()).isEqualTo(404);
    }

    @Test
    void aCopyIsCachedPubliclyWithAStrongEtagAndRevalidated() throws Exception {
      String editor = api.login("demo-editor");
      Draft d = draft(editor, "<p>缓存</p>", new Upload("a.png", png(800, 500, false), "image/png"));
      publish(editor, d);

      Api.Reply copy = api.get(path(d.attachments().get(0)) + "?w=640").send();
      Api.Reply again =
          api.get(path(d.attachments().get(0)) + "?w=640")
              .header("If-None-Match", copy.header("ETag").orElseThrow())
              .send();

      assertThat(copy.header("Cache-Control")).hasValueSatisfying(c -> c.contains("public"));
      assertThat(copy.header("Cache-Control").orElseThrow()).doesNotContain("immutable");
      assertThat(copy.header("ETag").orElseThrow()).doesNotStartWith("W/");
      assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void aRenamedFileThatIsNoImageIsRefused() {
      String editor = api.login("demo-editor");
      Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("改名")).build());
      byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

      Api.Reply r = upload(editor, draft, "照片.png", pdf);

      assertThat(r.status()).as(r.toString()).isEqualTo(415);
      assertThat(r.json().getString("type")).endsWith("/upload-type-mismatch");
    }

    @Test
    void aFileThatOnlyStartsLikeAPngIsRefusedAsUnreadable() {
      String editor = api.login("demo-editor");
      Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("坏图")).build());
      byte[] broken = new byte[200];
      System.arraycopy(png(10, 10, false), 0, broken, 0, 40);

      Api.Reply r = upload(editor, draft, "坏.png", broken);

      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.json().getJsonArray("fields").getJsonObject(0).getString("reason"))
          .contains("无法读取");
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() {
      String editor = api.login("demo-editor");
      Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("炸弹")).build());
      byte[] bomb = pngHeaderOnly(20_000, 20_000);

      Api.Reply r = upload(editor, draft, "bomb.png", bomb);

      assertThat(bomb.length).isLessThan(2_000_000);
      assertThat(r.status()).as(r.toString()).isEqualTo(413);
      assertThat(r.json().getString("type")).endsWith("/image-too-large");
      assertThat(r.json().getString("detail")).contains("20000 × 20000");
    }
  }

  @Nested
  class Drafts {

    @Test
    void aDraftsPicturesAreNotPublicButItsEditorsSeeThemWithThePictureCookie() throws Exception {
      String editor = api.login("demo-editor");
      Draft d =
          draft(editor, "<p>草稿图</p>", new Upload("草稿.png", png(700, 400, false), "image/png"));
      String url = path(d.attachments().get(0));
      Api.Reply set = api.post("api/v1/manage/me/picture-cookie").as(editor).send();
      String cookie = set.header("Set-Cookie").orElseThrow();
      String pair = cookie.substring(0, cookie.indexOf(';'));
      String otherPair =
          pairOf(api.post("api/v1/manage/me/picture-cookie").as(api.login("demo-editor2")).send());

      Api.Reply withCookie = api.get(url + "?w=320").header("Cookie", pair).send();

      assertThat(set.status()).isEqualTo(204);
      assertThat(cookie)
          .contains("HttpOnly", "SameSite=Strict", "Path=/api/v1/items/")
          .startsWith("gk_pictures=");
      assertThat(api.get(url).send().status()).isEqualTo(404);
      assertThat(api.get(url + "?w=320").send().status()).isEqualTo(404);
      assertThat(withCookie.status()).isEqualTo(200);
      assertThat(withCookie.header("Cache-Control")).hasValue("private, no-store");
      assertThat(api.get(url).header("Cookie", otherPair).send().status())
          .as("an editor of another organisation")
          .isEqualTo(404);
      assertThat(api.get(url).header("Cookie", "gk_pictures=forged.token.x").send().status())
          .isEqualTo(404);
    }
  }

  @Nested
  class AltText {

    @Test
    void submittingABodyImageWithoutAltIsRefusedNamingTheImage() throws Exception {
      String editor = api.login("demo-editor");
      Draft d =
          draft(editor, "<p>无说明</p>", new Upload("检查现场.png", png(700, 400, false), "image/png"));
      Api.Reply saved = saveBody(editor, d, "<p>现场</p><img src=\"" + url(d, 0) + "\">");

      Api.Reply r = transition(editor, saved, "submit");

      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      JsonObject field = r.json().getJsonArray("fields").getJsonObject(0);
      assertThat(field.getString("name")).isEqualTo("body");
      assertThat(field.getString("reason")).contains("替代文字", "检查现场.png");
    }

    @Test
    void publishingIsRefusedWhenAnImageLostItsAltWhileInReview() throws Exception {
      String editor = api.login("demo-editor");
      String reviewer = api.login("demo-reviewer");
      Draft d = draft(editor, "<p>有说明</p>", new Upload("a.png", png(700, 400, false), "image/png"));
      Api.Reply saved = saveBody(editor, d, "<img src=\"" + url(d, 0) + "\" alt=\"检查组\">");
      Api.Reply pending = items.act(editor, saved, "submit", null);
      Api.Reply edited =
          saveBody(editor, pending, d.id(), "<img src=\"" + url(d, 0) + "\" alt=\" \">");

      Api.Reply r = transition(reviewer, edited, "publish");

      assertThat(r.status()).as(r.toString()).isEqualTo(400);
      assertThat(r.json().getJsonArray("fields").getJsonObject(0).getString("reason"))
          .contains("a.png");
    }

    @Test
    void aCoverWithoutAltIsRefusedAndAcceptedOnceItHasOne() throws Exception {
      String editor = api.login("demo-editor");
      Draft d = draft(editor, "<p>封面</p>", new Upload("封面.png", png(900, 600, false), "image/png"));
      Api.Reply covered = describe(editor, d.view(), d, 0, null, true);

      Api.Reply refused = transition(editor, covered, "submit");
      Api.Reply described = describe(editor, covered, d, 0, "机关大院全景", null);
      Api.Reply submitted = transition(editor, described, "submit");

      assertThat(covered.status()).as(covered.toString()).isEqualTo(200);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.json().getJsonArray("fields").getJsonObject(0).getString("name"))
          .isEqualTo("cover");
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }
  }

  @Nested
  class Cover {

    @Test
    void theCoverIsInThePublicItemAndListWithEveryWidth() throws Exception {
      String editor = api.login("demo-editor");
      Draft d = draft(editor, "<p>封面</p>", new Upload("全景.jpg", jpeg(1600, 900), "image/jpeg"));
      Api.Reply covered = describe(editor, d.view(), d, 0, "机关大院全景", true);
      publish(editor, new Draft(d.id(), covered, d.attachments()));

      JsonObject cover = api.get("api/v1/items/" + d.id()).send().json().getJsonObject("cover");
      JsonObject listed =
          api
              .get("api/v1/items?organisation=jrjgfwzx&channel=notices&size=100")
              .send()
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(i -> i.getJsonNumber("id").longValue() == d.id())
              .findFirst()
              .orElseThrow();

      assertThat(cover.getString("src")).isEqualTo(url(d, 0));
      assertThat(cover.getString("alt")).isEqualTo("机关大院全景");
      assertThat(cover.getInt("width")).isEqualTo(1600);
      assertThat(cover.getInt("height")).isEqualTo(900);
      assertThat(cover.getJsonArray("sizes").getValuesAs(JsonObject.class))
          .extracting(s -> s.getInt("width"))
          .containsExactly(320, 640, 1280, 1600);
      assertThat(cover.getJsonArray("sizes").getJsonObject(0).getString("src"))
          .isEqualTo(url(d, 0) + "?w=320");
      assertThat(listed.getJsonObject("cover")).isEqualTo(cover);
    }

    @Test
    void aStaleVersionIsRefusedAndANonImageCannotBeTheCover() throws Exception {
      String editor = api.login("demo-editor");
      Draft d = draft(editor, "<p>封面</p>", new Upload("a.png", png(400, 300, false), "image/png"));
      Api.Reply first = describe(editor, d.view(), d, 0, "一", true);
      byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
      Api.Reply withPdf = upload(editor, first, "说明.pdf", pdf);

      Api.Reply stale = describe(editor, d.view(), d, 0, "二", null);
      Api.Reply notImage =
          api.put("api/v1/manage/items/" + d.id() + "/attachments/" + withPdf.json().getInt("id"))
              .as(editor)
              .ifMatch(withPdf.etag())
              .json("{\"cover\":true}")
              .send();

      assertThat(stale.status()).isEqualTo(412);
      assertThat(notImage.status()).isEqualTo(400);
    }
  }

  @Nested
  class Srcset {

    @Test
    void thePublicBodyGivesTheItemsOwnPicturesTheirWidthsAndTheStoredBodyStays() throws Exception {
      String editor = api.login("demo-editor");
      Draft d =
          draft(editor, "<p>正文图</p>", new Upload("现场.png", png(1000, 500, false), "image/png"));
      String stored = "<p>现场</p><p><img src=\"" + url(d, 0) + "\" alt=\"现场照片\"></p>";
      Api.Reply saved = saveBody(editor, d, stored);
      publish(editor, new Draft(d.id(), saved, d.attachments()));

      String body = api.get("api/v1/items/" + d.id()).send().json().getString("body");
      String editorial =
          api.get("api/v1/manage/items/" + d.id())
              .as(editor)
              .send()
              .json()
              .getJsonObject("item")
              .getString("body");

      assertThat(body)
          .contains(
              "srcset=\"" + url(d, 0) + "?w=320 320w, " + url(d, 0) + "?w=640 640w, ",
              url(d, 0) + " 1000w\"",
              "sizes=\"",
              "width=\"1000\"",
              "height=\"500\"",
              "loading=\"lazy\"",
              "decoding=\"async\"",
              "alt=\"现场照片\"");
      assertThat(editorial).doesNotContain("srcset").contains("alt=\"现场照片\"");
    }
  }

  // --- helpers

  private record Upload(String name, byte[] bytes, String type) {}

  private Draft draft(String editor, String body, Upload... uploads) {
    Api.Reply view =
        items.create(editor, Items.draft(Items.uniqueTitle("图片")).add("body", body).build());
    List<JsonObject> attachments = new java.util.ArrayList<>();
    for (Upload u : uploads) {
      Api.Reply r = upload(editor, view, u.name(), u.bytes());
      assertThat(r.status()).as(u.name() + ": " + r).isEqualTo(201);
      attachments.add(r.json());
      view = api.get("api/v1/manage/items/" + Items.id(view)).as(editor).send();
    }
    return new Draft(Items.id(view), view, attachments);
  }

  private Api.Reply upload(String editor, Api.Reply view, String name, byte[] bytes) {
    return api.post(
            "api/v1/manage/items/" + Items.id(view) + "/attachments?name=" + Api.encode(name))
        .as(editor)
        .ifMatch(view.etag())
        .bytes(bytes, "application/octet-stream")
        .send();
  }

  private Api.Reply describe(
      String editor, Api.Reply view, Draft d, int index, String alt, Boolean cover) {
    var body = Json.createObjectBuilder();
    if (alt != null) {
      body.add("alt", alt);
    }
    if (cover != null) {
      body.add("cover", cover);
    }
    return api.put(
            "api/v1/manage/items/"
                + d.id()
                + "/attachments/"
                + d.attachments().get(index).getInt("id"))
        .as(editor)
        .ifMatch(view.etag())
        .json(body.build())
        .send();
  }

  private Api.Reply saveBody(String editor, Draft d, String body) {
    Api.Reply now = api.get("api/v1/manage/items/" + d.id()).as(editor).send();
    return saveBody(editor, now, d.id(), body);
  }

  private Api.Reply saveBody(String editor, Api.Reply current, long id, String body) {
    JsonObject item = current.json().getJsonObject("item");
    JsonObject input =
        Items.draft(item.getString("title"))
            .add("body", body)
            .add("title", item.getString("title"))
            .build();
    Api.Reply r =
        api.put("api/v1/manage/items/" + id).as(editor).ifMatch(current.etag()).json(input).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r;
  }

  private Api.Reply transition(String token, Api.Reply current, String action) {
    return api.post("api/v1/manage/items/" + Items.id(current) + "/" + action)
        .as(token)
        .ifMatch(current.etag())
        .send();
  }

  private void publish(String editor, Draft d) {
    Api.Reply now = api.get("api/v1/manage/items/" + d.id()).as(editor).send();
    Api.Reply pending = items.act(editor, now, "submit", null);
    items.act(api.login("demo-reviewer"), pending, "publish", null);
  }

  private void assertPicture(
      Draft d, int index, int width, int height, List<Integer> widths, String copyType)
      throws IOException {
    JsonObject a = d.attachments().get(index);
    assertThat(a.getInt("width")).as(a.getString("fileName")).isEqualTo(width);
    assertThat(a.getInt("height")).isEqualTo(height);
    for (int w : widths) {
      Api.Reply copy = api.get(path(a) + "?w=" + w).send();
      assertThat(copy.status()).as(a.getString("fileName") + " w=" + w).isEqualTo(200);
      assertThat(copy.header("Content-Type")).contains(copyType);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy.bytes()));
      assertThat(image.getWidth()).isEqualTo(w);
      assertThat(image.getHeight()).isCloseTo(Math.round((float) height * w / width), within(1));
    }
  }

  private static org.assertj.core.data.Offset<Integer> within(int n) {
    return org.assertj.core.data.Offset.offset(n);
  }

  private static String path(JsonObject attachment) {
    return attachment.getString("url").substring(1);
  }

  private static String url(Draft d, int index) {
    return d.attachments().get(index).getString("url");
  }

  private static String pairOf(Api.Reply set) {
    String cookie = set.header("Set-Cookie").orElseThrow();
    return cookie.substring(0, cookie.indexOf(';'));
  }
}
