package io.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Browser;
import io.gongkai.testing.Items;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The item body's rich-text editor (TinyMCE in the console) in a real browser against the deployed
 * WAR: what each feature produces is saved unchanged by the sanitiser, Word and WPS clipboard
 * markup of real government documents (src/test/resources/paste) arrives clean and whole, and
 * pictures become attachments with a description.
 */
class RichTextIT {

  private static final Api API = new Api();
  private static final Path PASTE = Path.of("src/test/resources/paste");
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
  void startLoggedIn() {
    driver.get(API.server().base().resolve("console/").toString());
    page.js("sessionStorage.clear()");
    page.logIn("demo-editor", API.server().demoPassword());
  }

  @Test
  void whatEachFeatureOfTheEditorProducesIsSavedExactlyAsProduced() throws IOException {
    page.go("#/items/new");
    page.fill("title", Items.uniqueTitle("富文本功能"));
    @SuppressWarnings("unchecked")
    Map<String, String> features =
        new TreeMap<>((Map<String, String>) page.editor(script("editor-features.js")));
    assertThat(features).hasSize(20);
    assertThat(features.get("align center")).isEqualTo("<p align=\"center\">居中的落款</p>");
    assertThat(features.get("underline")).isEqualTo("<p><u>下划线文字</u></p>");
    assertThat(features.get("merged cells"))
        .contains("<td colspan=\"2\">")
        .contains("<td rowspan=\"2\">");
    assertThat(features.get("link"))
        .isEqualTo("<p><a href=\"https://www.gov.cn/\" rel=\"noopener noreferrer\">中国政府网</a></p>");
    assertThat(String.join("", features.values())).doesNotContain("style=", "class=", "<span");

    for (var feature : features.entrySet()) {
      page.setBody(feature.getValue());
      assertThat(page.body()).as(feature.getKey()).isEqualTo(feature.getValue());
    }
    String all = String.join("\n", features.values());
    page.setBody(all);
    String produced = page.body();
    long id = save();

    assertThat(savedBody(id)).isEqualTo(produced);
  }

  static List<String> fixtures() throws IOException {
    try (var files = Files.list(PASTE)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aDocumentPastedFromWordOrWpsKeepsItsStructureAndLosesOfficesMarkup(String fixture)
      throws IOException {
    String clipboard = Files.readString(PASTE.resolve(fixture), StandardCharsets.UTF_8);
    Expected expected = EXPECTED.get(fixture);
    page.go("#/items/new");
    page.fill("title", Items.uniqueTitle("粘贴 " + fixture));
    page.editor("ed.setContent(''); ed.focus();");

    page.editor(
        "const dt = new DataTransfer();"
            + " dt.setData('text/html', arguments[0]);"
            + " dt.setData('text/plain', arguments[1]);"
            + " ed.getBody().dispatchEvent(new ClipboardEvent('paste',"
            + " {clipboardData: dt, bubbles: true, cancelable: true}));",
        clipboard,
        "（纯文本）");
    page.waitUntil(d -> page.body().contains(expected.bold()));
    page.screenshot("console-paste-" + fixture.replace(".html", ""));
    long id = save();
    String body = savedBody(id);

    assertThat(body)
        .as("body of %s", fixture)
        .doesNotContain(
            "style=", "class=", "mso-", "Mso", "<o:p", "<font", "<!--", "<span", "<xml", "<w:",
            "<v:", "lang=", "file:");
    assertThat(body).doesNotContainPattern("<p>(&nbsp;|\\s|\u00a0)*</p>");
    for (String heading : expected.headings()) {
      assertThat(body).contains(heading);
    }
    for (String numbered : expected.numberedParagraphs()) {
      assertThat(body).containsPattern("<p[^>]*>(<strong>)?" + Pattern.quote(numbered));
    }
    assertThat(body).contains("<strong>" + expected.bold());
    assertThat(body).contains("<table border=\"1\">");
    for (String cell : expected.cells()) {
      assertThat(body).contains(cell);
    }
    for (String list : expected.lists()) {
      assertThat(body).contains(list);
    }
    assertThat(body).doesNotContain("width=", "valign=", "cellspacing");
  }

  @Test
  void aPictureInASavedDraftIsUploadedAsAnAttachmentAndItsDescriptionAskedFor() {
    String editor = API.login("demo-editor");
    long id =
        Items.id(new Items(API).create(editor, Items.draft(Items.uniqueTitle("正文图片")).build()));
    page.go("#/items/" + id);
    page.waitForState("DRAFT");
    assertThat(driver.findElement(By.cssSelector("#item-form")).getText()).contains("图片可粘贴、拖入");

    page.editor(
        "ed.setContent('<p>图片如下：</p>'); ed.focus(); ed.selection.select(ed.getBody().firstChild, true); ed.selection.collapse(false);");
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " const ed = tinymce.get(document.querySelector('textarea[name=body]').id);"
            + " const c = document.createElement('canvas'); c.width = 40; c.height = 20;"
            + " const g = c.getContext('2d'); g.fillStyle = '#b3261e'; g.fillRect(0, 0, 40, 20);"
            + " c.toBlob((blob) => {"
            + "   const dt = new DataTransfer();"
            + "   dt.items.add(new File([blob], 'chart.png', {type: 'image/png'}));"
            + "   ed.getBody().dispatchEvent(new ClipboardEvent('paste',"
            + "     {clipboardData: dt, bubbles: true, cancelable: true}));"
            + "   done(); }, 'image/png');");

    WebElement description =
        page.waitFor(By.xpath("//div[contains(@class,'tox-dialog')]//label[contains(., '图片说明')]"));
    page.screenshot("console-image-description");
    WebElement source =
        driver.findElement(By.xpath("//div[contains(@class,'tox-dialog')]//label[.='图片地址']"));
    assertThat(driver.findElement(By.id(source.getAttribute("for"))).getAttribute("value"))
        .as("the dialog shows the picture's address, not the editor's local copy")
        .startsWith("/api/v1/items/" + id + "/attachments/");
    WebElement alt = driver.findElement(By.id(description.getAttribute("for")));
    alt.sendKeys("红色示意图");
    driver
        .findElement(
            By.cssSelector(
                ".tox-dialog .tox-dialog__footer .tox-button:not(.tox-button--secondary)"))
        .click();
    page.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
    page.waitUntil(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), ".png"));
    driver.findElement(By.id("save")).click();
    page.waitUntil(d -> d.findElement(By.id("banner")).getText().contains("已保存"));

    JsonObject item =
        API.get("api/v1/manage/items/" + id).as(editor).send().json().getJsonObject("item");
    assertThat(item.getJsonArray("attachments")).hasSize(1);
    JsonObject attachment = item.getJsonArray("attachments").getJsonObject(0);
    assertThat(attachment.getString("contentType")).isEqualTo("image/png");
    assertThat(item.getString("body"))
        .contains("<img src=\"" + attachment.getString("url") + "\" alt=\"红色示意图\">")
        .doesNotContain("blob:", "data:");
    // the draft's picture is not public yet: the editor shows the copy it uploaded
    page.waitUntil(
        d ->
            Long.valueOf(40)
                .equals(
                    page.editor(
                        "const img = ed.getBody().querySelector('img');"
                            + " return img && img.complete ? img.naturalWidth : 0;")));
  }

  @Test
  void aPictureDroppedIntoASavedDraftIsUploadedToo() {
    String editor = API.login("demo-editor");
    long id =
        Items.id(new Items(API).create(editor, Items.draft(Items.uniqueTitle("拖入图片")).build()));
    page.go("#/items/" + id);
    page.waitForState("DRAFT");
    page.editor("ed.setContent('<p>拖入图片：</p>'); ed.focus();");

    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + " const ed = tinymce.get(document.querySelector('textarea[name=body]').id);"
            + " const c = document.createElement('canvas'); c.width = 30; c.height = 10;"
            + " c.getContext('2d').fillRect(0, 0, 30, 10);"
            + " c.toBlob((blob) => {"
            + "   const dt = new DataTransfer();"
            + "   dt.items.add(new File([blob], '位置图.png', {type: 'image/png'}));"
            + "   const r = ed.getBody().querySelector('p').getBoundingClientRect();"
            + "   ed.getBody().dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true,"
            + "     cancelable: true, clientX: r.right - 2, clientY: r.top + 5}));"
            + "   done(); }, 'image/png');");

    WebElement description =
        page.waitFor(By.xpath("//div[contains(@class,'tox-dialog')]//label[contains(., '图片说明')]"));
    driver.findElement(By.id(description.getAttribute("for"))).sendKeys("位置示意");
    driver
        .findElement(
            By.cssSelector(
                ".tox-dialog .tox-dialog__footer .tox-button:not(.tox-button--secondary)"))
        .click();
    page.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
    driver.findElement(By.id("save")).click();
    page.waitUntil(d -> d.findElement(By.id("banner")).getText().contains("已保存"));

    JsonObject item =
        API.get("api/v1/manage/items/" + id).as(editor).send().json().getJsonObject("item");
    assertThat(item.getJsonArray("attachments")).hasSize(1);
    assertThat(item.getString("body"))
        .contains(
            "<img src=\""
                + item.getJsonArray("attachments").getJsonObject(0).getString("url")
                + "\" alt=\"位置示意\">");
  }

  @Test
  void aNewItemOffersNoPictureUploadAndDropsPastedEmbeddedPictures() {
    page.go("#/items/new");
    page.fill("title", Items.uniqueTitle("新信息图片"));
    assertThat(driver.findElement(By.cssSelector("#item-form")).getText()).contains("保存草稿后才能上传图片");

    page.editor(
        "ed.setContent(''); ed.focus(); const dt = new DataTransfer();"
            + " dt.setData('text/html', '<p class=MsoNormal>说明<img src=\"data:image/png;base64,iVBORw0KGgo=\"><img src=\"file:///C:/clip_image001.png\"></p>');"
            + " ed.getBody().dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));");
    page.editor("ed.execCommand('mceImage');");

    page.waitFor(By.cssSelector(".tox-dialog"));
    assertThat(
            driver.findElements(
                By.xpath("//div[contains(@class,'tox-dialog')]//*[@role='tab' and .='上传']")))
        .isEmpty();
    driver.findElement(By.cssSelector(".tox-dialog .tox-button--secondary")).click();
    assertThat(page.body()).isEqualTo("<p>说明</p>");
  }

  @Test
  void theEditorIsChineseAndLoadsFromTheWarUnderTheConsolesContentSecurityPolicy() {
    page.js(
        "window.cspViolations = [];"
            + " document.addEventListener('securitypolicyviolation', (e) =>"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile));");
    page.go("#/items/new");
    page.editor(
        "ed.getDoc().addEventListener('securitypolicyviolation', (e) =>"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile));");
    StringBuilder texts = new StringBuilder();
    for (String command : List.of("mceLink", "mceImage", "mceCodeEditor")) {
      page.editor(
          "ed.setContent('<p>文字</p>'); ed.selection.select(ed.getBody().firstChild, true); ed.execCommand(arguments[0]);",
          command);
      WebElement dialog = page.waitFor(By.cssSelector(".tox-dialog"));
      texts.append(dialog.getText()).append('\n');
      driver.findElement(By.cssSelector(".tox-dialog .tox-button--secondary")).click();
      page.waitUntil(
          ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
    }
    page.editor(
        "ed.setContent('<table border=1><tbody><tr><td>格</td></tr></tbody></table>');"
            + " ed.focus(); ed.selection.setCursorLocation(ed.getBody().querySelector('td').firstChild, 0);");
    driver.findElement(By.cssSelector(".tox-tinymce button[aria-label='表格']")).click();
    texts.append(page.waitFor(By.cssSelector(".tox-menu")).getText()).append('\n');
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    page.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-menu")));
    Object labels =
        page.js(
            "return [...document.querySelectorAll('.tox-tinymce [aria-label], .tox-tinymce [title]')]"
                + ".map(e => e.getAttribute('aria-label') || e.getAttribute('title')).join('\\n')");
    texts.append(labels);

    assertThat(texts.toString().replace("HTML", "")).doesNotContainPattern("[A-Za-z]{3,}");
    assertThat(texts).contains("插入或编辑链接", "图片说明（替代文本，必填）", "合并单元格", "加粗", "全屏编辑");
    String lineHeight =
        (String) page.editor("return ed.getWin().getComputedStyle(ed.getBody()).lineHeight;");
    assertThat(lineHeight).as("the console's content style applies").isEqualTo("28.8px");
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) page.js("return window.cspViolations");
    // TinyMCE's caret marker carries a style attribute the policy ignores; nothing else is refused
    assertThat(violations)
        .allSatisfy(
            v -> assertThat(v).startsWith("style-src-attr inline").contains("tinymce.min.js"));
    Api.Reply script = API.get("console/vendor/tinymce/tinymce.min.js").send();
    assertThat(script.status()).isEqualTo(200);
    assertThat(API.get("console/vendor/tinymce/license.txt").send().body()).contains("MIT");
    page.screenshot("console-rich-text");
    page.assertAccessible();
  }

  @Test
  void thePasteCleanerOnItsOwnMakesListsOnlyOfBulletsAndNumbersAndJoinsWordsSourceLines() {
    page.go("#/items/new");
    String cases =
        "const m = await import('./js/paste-cleaner.js');"
            + " const c = (html) => m.cleanPastedHtml(html, {});"
            + " const item = (marker, text, font) => `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>"
            + "<![if !supportLists]><span style='font-family:${font}'><span style='mso-list:Ignore'>${marker}"
            + "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;</span></span></span><![endif]>${text}</p>`;"
            + " return {"
            + " chinese: c(item('（一）', '工作目标', '仿宋_GB2312') + item('（二）', '工作要求', '仿宋_GB2312')),"
            + " article: c(item('第一条', '总则', '黑体')),"
            + " numbers: c(item('1.', '甲', 'Calibri') + item('2.', '乙', 'Calibri')),"
            + " letters: c(item('a)', '甲', 'Calibri')),"
            + " wingdings: c(item('§', '甲', 'Wingdings')),"
            + " plainBold: c(\"<p class=MsoNormal><b style='font-weight:normal'>不是粗体</b></p>\"),"
            + " lines: c('<p class=MsoNormal><span>县政府工作\\r\\n的指导思想 and\\r\\nmore</span></p>'),"
            + " empty: c(\"<p class=MsoNormal><o:p>&nbsp;</o:p></p><p>&nbsp;</p><p>正文</p>\"),"
            + " script: c('<p onclick=\"x()\">正文<script>alert(1)</script><iframe src=\"//x\"></iframe></p>'),"
            + " picture: c('<p>图<img src=\"http://www.gov.cn/a.png\" width=\"300\"></p>'),"
            + " };";
    @SuppressWarnings("unchecked")
    Map<String, String> out =
        (Map<String, String>)
            driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " (async () => { "
                    + cases
                    + " })().then(done, (e) => done({error: String(e)}));");

    assertThat(out.get("chinese")).isEqualTo("<p>（一）工作目标</p><p>（二）工作要求</p>");
    assertThat(out.get("article")).isEqualTo("<p>第一条\u3000总则</p>");
    assertThat(out.get("numbers")).isEqualTo("<ol><li>甲</li><li>乙</li></ol>");
    assertThat(out.get("letters")).isEqualTo("<ol><li>甲</li></ol>");
    assertThat(out.get("wingdings")).isEqualTo("<ul><li>甲</li></ul>");
    assertThat(out.get("plainBold")).isEqualTo("<p>不是粗体</p>");
    assertThat(out.get("lines")).isEqualTo("<p>县政府工作的指导思想 and more</p>");
    assertThat(out.get("empty")).isEqualTo("<p>正文</p>");
    assertThat(out.get("script")).isEqualTo("<p>正文</p>");
    assertThat(out.get("picture"))
        .isEqualTo("<p>图<img src=\"http://www.gov.cn/a.png\" alt=\"\"></p>");
  }

  /** Saves the form; the item's id (a new item moves to its own address). */
  private long save() {
    String before = driver.getCurrentUrl();
    driver.findElement(By.id("save")).click();
    if (before.endsWith("#/items/new")) {
      page.waitUntil(ExpectedConditions.urlMatches("#/items/\\d+$"));
      page.waitFor(By.id("item-state"));
    } else {
      page.waitUntil(d -> d.findElement(By.id("banner")).getText().contains("已保存"));
    }
    return page.idInUrl();
  }

  private static String savedBody(long id) {
    return API.get("api/v1/manage/items/" + id)
        .as(API.login("demo-editor"))
        .send()
        .json()
        .getJsonObject("item")
        .getString("body");
  }

  private static String script(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/console", name), StandardCharsets.UTF_8);
  }

  /** What must survive a fixture's paste: headings, numbered paragraphs, bold, cells, lists. */
  record Expected(
      List<String> headings,
      List<String> numberedParagraphs,
      String bold,
      List<String> cells,
      List<String> lists) {}

  private static final Map<String, Expected> EXPECTED =
      Map.of(
          "word-zhenba-work-rules.html",
          new Expected(
              List.of(
                  "<h2 align=\"center\">镇巴县人民政府工作规则</h2>",
                  "<h2>第一章　总则</h2>",
                  "<h2>第二章　组成人员和政府职能</h2>"),
              List.of("一、根据", "二、", "四、县政府由县长", "五、县政府实行"),
              "县政府工作的指导思想</strong>",
              List.of(
                  "<td rowspan=\"2\" align=\"center\"><strong>文件信息</strong></td>",
                  "<td colspan=\"2\">发文日期</td>",
                  "镇政发〔2024〕7号"),
              List.of("<p align=\"right\">镇巴县人民政府</p>")),
          "word-nanping-annual-report-2012.html",
          new Expected(
              List.of("<h2>一、概述</h2>"),
              List.of(),
              "《中华人民共和国政府信息公开条例》</strong>",
              List.of("<td colspan=\"3\">福建省南平市八一路439号</td>", "<td><strong>电子邮箱</strong></td>"),
              List.of(
                  "<ol>\n<li>《中华人民共和国政府信息公开条例》</li>\n<li>闽政办函〔2012〕157号</li>",
                  "<ul>\n<li>服务经济社会发展；\n<ul>\n<li>转变政府职能；</li>\n</ul>\n</li>",
                  "<em>政府信息公开工作有序稳步推进</em>",
                  "<a href=\"http://www.np.gov.cn/\" rel=\"noopener noreferrer\">http://www.np.gov.cn/</a>")),
          "word-yueyang-annual-report-rules.html",
          new Expected(
              List.of("<h2 align=\"center\">岳阳市政府信息公开工作年度报告制度</h2>"),
              List.of("第一条</strong>　为依法", "第二条", "第三条", "第四条"),
              "第一条</strong>",
              List.of("<td rowspan=\"2\">每年1月31日前报市政府政务公开政务服务领导小组办公室备案</td>", "<thead>"),
              List.of("<ol>\n<li>纸质文档1份")),
          "wps-lishui-annual-report-2017.html",
          new Expected(
              List.of("<p align=\"center\"><strong>丽水市2017年政府信息公开工作年度报告</strong></p>"),
              List.of("一、概述", "（一）统筹部署"),
              "（一）统筹部署，全面推进政务公开。</strong>",
              List.of(
                  "<td rowspan=\"2\" align=\"center\">省级</td>",
                  "<td colspan=\"2\">丽水市全面推进政务公开工作实施细则</td>",
                  "浙政办发〔2017〕42号"),
              List.of(
                  "<ul>\n<li>概述；</li>",
                  "<a href=\"http://www.lishui.gov.cn/\" rel=\"noopener noreferrer\">")));
}
