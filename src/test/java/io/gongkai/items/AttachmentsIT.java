package io.gongkai.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.PayaraMicroServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AttachmentsIT {

  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  private final Api api = new Api();
  private final Items items = new Items(api);

  @Test
  void attachmentRoundTripsWithItsChineseFileNameTypeAndHash() throws Exception {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("附件")).build());
    long id = Items.id(draft);
    String name = "句容市机关服务中心2024年度部门预算.pdf";

    Api.Reply uploaded =
        api.post("api/v1/manage/items/" + id + "/attachments?name=" + Api.encode(name))
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(PDF, "application/octet-stream")
            .send();
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    Api.Reply current = api.get("api/v1/manage/items/" + id).as(editor).send();
    items.act(reviewer, current, "publish", null);

    String url = uploaded.json().getString("url").substring(1);
    Api.Reply download = api.get(url).send();

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.bytes()).isEqualTo(PDF);
    assertThat(download.header("Content-Type")).contains("application/pdf");
    String disposition = download.header("Content-Disposition").orElseThrow();
    String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17);
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertThat(uploaded.json().getString("sha256")).isEqualTo(sha);
    assertThat(
            api.get("api/v1/items/" + id)
                .send()
                .json()
                .getJsonArray("attachments")
                .getJsonObject(0)
                .getString("fileName"))
        .isEqualTo(name);
  }

  @Test
  void attachmentOfAnUnpublishedItemIsNotDownloadable() {
    String editor = api.login("demo-editor");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("草稿附件")).build());
    long id = Items.id(draft);
    Api.Reply uploaded =
        api.post("api/v1/manage/items/" + id + "/attachments?name=a.pdf")
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(PDF, "application/pdf")
            .send();

    assertThat(api.get(uploaded.json().getString("url").substring(1)).send().status())
        .isEqualTo(404);
  }

  @Test
  void aPdfWhoseTextCannotBeReadIsStoredAllTheSame() {
    String editor = api.login("demo-editor");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("损坏附件")).build());
    long id = Items.id(draft);
    byte[] damaged =
        "%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 9 0 R>>\n损坏".getBytes(StandardCharsets.UTF_8);

    Api.Reply uploaded =
        api.post("api/v1/manage/items/" + id + "/attachments?name=" + Api.encode("损坏.pdf"))
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(damaged, "application/pdf")
            .send();

    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(
            api.get("api/v1/manage/items/" + id)
                .as(editor)
                .send()
                .json()
                .getJsonObject("item")
                .getJsonArray("attachments"))
        .hasSize(1);
  }

  @Test
  void oversizedMistypedAndMisnamedUploadsAreRefused() {
    String editor = api.login("demo-editor");
    Api.Reply draft = items.create(editor, Items.draft(Items.uniqueTitle("坏附件")).build());
    String base = "api/v1/manage/items/" + Items.id(draft) + "/attachments?name=";
    byte[] big = new byte[(int) PayaraMicroServer.UPLOAD_LIMIT + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    Api.Reply tooLarge =
        api.post(base + "big.pdf")
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(big, "application/pdf")
            .send();
    Api.Reply program =
        api.post(base + "setup.exe")
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, "application/octet-stream")
            .send();
    Api.Reply disguised =
        api.post(base + Api.encode("通知.docx"))
            .as(editor)
            .ifMatch(draft.etag())
            .bytes(PDF, "application/octet-stream")
            .send();
    Api.Reply traversal =
        api.post(base + Api.encode("../../etc/passwd"))
            .as(editor)
            .ifMatch(draft.etag())
            .bytes("root:x:0:0".getBytes(StandardCharsets.US_ASCII), "text/plain")
            .send();

    assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
    assertThat(program.status()).as(program.toString()).isEqualTo(415);
    assertThat(disguised.status()).as(disguised.toString()).isEqualTo(415);
    assertThat(traversal.status()).as(traversal.toString()).isEqualTo(415);
    assertThat(
            api.get("api/v1/manage/items/" + Items.id(draft))
                .as(editor)
                .send()
                .json()
                .getJsonObject("item")
                .getJsonArray("attachments"))
        .isEmpty();
  }

  @Test
  void bodyIsSanitisedOnSaveKeepingTablesImagesAndLinks() {
    String editor = api.login("demo-editor");
    String body =
        "<p onclick=\"steal()\">正文<script>alert(1)</script></p>"
            + "<a href=\"javascript:alert(2)\">坏链接</a><a href=\"https://www.jurong.gov.cn/\">好链接</a>"
            + "<iframe src=\"https://evil.example/\"></iframe><img src=\"https://www.jurong.gov.cn/a.png\" onerror=\"x()\">"
            + "<table><tr><td colspan=\"2\">合并</td></tr></table>";

    Api.Reply r =
        items.create(editor, Items.draft(Items.uniqueTitle("清洗")).add("body", body).build());

    String saved = r.json().getJsonObject("item").getString("body");
    assertThat(saved)
        .doesNotContain("script", "onclick", "javascript:", "iframe", "onerror", "evil.example")
        .contains(
            "<table>",
            "colspan=\"2\"",
            "https://www.jurong.gov.cn/a.png",
            "href=\"https://www.jurong.gov.cn/\"",
            "正文");
  }
}
