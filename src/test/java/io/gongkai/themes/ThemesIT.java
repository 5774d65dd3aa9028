package io.gongkai.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The default theme in a real headless Chromium against the demo content of the deployed WAR: every
 * element renders real data, search and report behave as a reader expects, every page passes
 * axe-core without serious or critical violations and fits a 375 px phone, and text from the API is
 * never interpreted as HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemesIT extends ThemePages {

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Landing {

    @Test
    void theRootAndTheDemoLinkToEveryPage() {
      desktop.driver().get(api.server().base().toString());
      assertThat(links())
          .anyMatch(h -> h.endsWith("/demo/"))
          .anyMatch(h -> h.endsWith("/console/"))
          .anyMatch(h -> h.endsWith("/openapi"))
          .anyMatch(h -> h.endsWith("/api/v1/organisations"));

      desktop.driver().get(api.server().base().resolve("demo/").toString());
      assertThat(links())
          .anyMatch(h -> h.contains("/demo/catalogue.html"))
          .anyMatch(h -> h.contains("/demo/items.html"))
          .anyMatch(h -> h.contains("/demo/item.html"))
          .anyMatch(h -> h.contains("/demo/search.html"))
          .anyMatch(h -> h.contains("/demo/report.html?organisation=jrjgfwzx&year=2019"));
      screenshot(desktop, "demo-index-desktop");
      noSeriousAccessibilityViolations(desktop, "demo-index");
    }

    private List<String> links() {
      return desktop.driver().findElements(By.cssSelector("main a")).stream()
          .map(a -> a.getAttribute("href"))
          .toList();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Catalogue {

    @Test
    void showsTheChannelTreeWithCountsAndTheGuide() {
      JsonObject notices = channel(catalogue("jrjgfwzx"), "notices");

      SearchContext root =
          open(desktop, "demo/catalogue.html?organisation=jrjgfwzx", "gk-catalogue");

      String text = text(desktop, "gk-catalogue");
      assertThat(text).contains("句容市机关服务中心", "法定主动公开内容", "通知公告", "政府信息公开工作年度报告");
      assertThat(text).contains("句容市机关服务中心政府信息公开指南", "一、主动公开", "二、依申请公开");
      WebElement row =
          root.findElements(By.cssSelector(".gk-tree-row")).stream()
              .filter(r -> r.findElement(By.cssSelector(".gk-tree-link")).getText().equals("通知公告"))
              .findFirst()
              .orElseThrow();
      assertThat(row.findElement(By.cssSelector(".gk-tree-link")).getAttribute("href"))
          .endsWith("/demo/items.html?organisation=jrjgfwzx&channel=notices");
      assertThat(row.findElement(By.cssSelector(".gk-count")).getText())
          .isEqualTo(String.valueOf(notices.getInt("total")));
      pageIsAccessibleAndFitsAPhone(
          "catalogue", "demo/catalogue.html?organisation=jrjgfwzx", "gk-catalogue");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ItemList {

    @Test
    void listsAChannelWithPagingAndAYearFilter() {
      String path = "demo/items.html?organisation=jrjgfwzx&channel=proactive";
      long total = items("organisation=jrjgfwzx&channel=proactive").getInt("total");
      long in2019 = items("organisation=jrjgfwzx&channel=proactive&year=2019").getInt("total");
      assertThat(total).as("the demo channel needs two pages").isGreaterThan(20);

      SearchContext root = open(desktop, path, "gk-item-list");

      assertThat(root.findElement(By.cssSelector(".gk-title")).getText()).isEqualTo("法定主动公开内容");
      assertThat(root.findElement(By.cssSelector(".gk-status")).getText())
          .contains("共 " + total + " 条");
      assertThat(root.findElements(By.cssSelector(".gk-list-item"))).hasSize(20);
      String first = root.findElement(By.cssSelector(".gk-list-title")).getText();
      assertThat(root.findElement(By.cssSelector(".gk-list-title")).getAttribute("href"))
          .matches(".*/demo/item\\.html\\?item=\\d+");

      click(root, "nav.gk-pager a[aria-label='第2页']");
      desktop.waiting(10).until(d -> currentPage(root).equals("2"));
      assertThat(root.findElement(By.cssSelector(".gk-list-title")).getText()).isNotEqualTo(first);
      assertThat(root.findElement(By.cssSelector("nav.gk-pager")).getAttribute("aria-label"))
          .contains("分页");

      new Select(root.findElement(By.cssSelector("select"))).selectByValue("2019");
      desktop
          .waiting(10)
          .until(
              d ->
                  root.findElement(By.cssSelector(".gk-status"))
                      .getText()
                      .contains("共 " + in2019 + " 条（2019年）"));
      screenshot(desktop, "item-list-2019-desktop");
      pageIsAccessibleAndFitsAPhone("item-list", path, "gk-item-list");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Item {

    @Test
    void showsTheMetadataBlockBodyAndAttachments() {
      JsonObject summary = findItem("jrjgfwzx", "downloads", "政府信息公开指南（2019年版）");
      long id = summary.getJsonNumber("id").longValue();
      JsonObject item = api.get("api/v1/items/" + id).send().json();
      JsonObject file = item.getJsonArray("attachments").getJsonObject(0);

      SearchContext root = open(desktop, "demo/item.html?item=" + id, "gk-item");

      assertThat(root.findElement(By.cssSelector("h1")).getText())
          .isEqualTo(item.getString("title"));
      Map<String, String> meta = new HashMap<>();
      for (WebElement row : root.findElements(By.cssSelector(".gk-meta-row"))) {
        meta.put(
            row.findElement(By.cssSelector("dt")).getText(),
            row.findElement(By.cssSelector("dd")).getText());
      }
      assertThat(meta)
          .containsKeys("索引号", "发布机构", "主题分类", "体裁分类", "成文日期", "发布日期", "文号", "有效性")
          .containsEntry("索引号", item.getString("indexNumber"))
          .containsEntry("发布机构", "句容市机关服务中心")
          .containsEntry("发布日期", item.getString("publishedOn"));
      WebElement download = root.findElement(By.cssSelector(".gk-attachments a"));
      assertThat(download.getText()).isEqualTo(file.getString("fileName"));
      assertThat(download.getAttribute("href")).endsWith(file.getString("url"));
      assertThat(root.findElement(By.cssSelector(".gk-body")).getText()).isNotBlank();
      pageIsAccessibleAndFitsAPhone("item", "demo/item.html?item=" + id, "gk-item");
    }

    @Test
    void bodyTablesAreKeptAndScrollOnAPhone() {
      JsonObject summary = findItem("jrjgfwzx", "leader-duties", "领导班子成员工作分工");
      String path = "demo/item.html?item=" + summary.getJsonNumber("id").longValue();

      SearchContext root = open(phone, path, "gk-item");

      assertThat(root.findElements(By.cssSelector(".gk-body .gk-scroll[role=region] table")))
          .hasSize(1);
      assertThat(root.findElement(By.cssSelector(".gk-body table")).getText()).contains("陈立新");
      assertNoHorizontalOverflow();
    }

    @Test
    void anUnknownItemIsExplainedPolitely() {
      SearchContext root = load(desktop, "demo/item.html?item=987654321", "gk-item");

      WebElement alert = root.findElement(By.cssSelector("[role=alert]"));
      assertThat(alert.getText()).contains("抱歉").contains("404");
      assertThat(desktop.driver().findElement(By.cssSelector("gk-item")).getAttribute("data-state"))
          .isEqualTo("error");
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Escaping {

    @Test
    void htmlInATitleIsShownAsText() {
      String title = "<b>x</b> 转义检验 " + Items.uniqueTitle("esc");
      String org = ownOrganisation();
      long id = publish(org, title);
      String token = title.substring(title.lastIndexOf('-') + 1);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> search("q=" + Api.encode(token)).toString().contains("\"id\":" + id + ","));

      SearchContext item = open(desktop, "demo/item.html?item=" + id, "gk-item");
      assertThat(item.findElement(By.cssSelector("h1")).getText()).isEqualTo(title);
      assertThat(item.findElements(By.cssSelector("h1 b"))).isEmpty();

      SearchContext list =
          open(desktop, "demo/items.html?organisation=" + org + "&channel=notices", "gk-item-list");
      assertThat(list.findElement(By.cssSelector(".gk-list-title")).getText()).isEqualTo(title);
      assertThat(list.findElements(By.cssSelector(".gk-list b"))).isEmpty();

      SearchContext found = open(desktop, "demo/search.html?q=" + Api.encode(token), "gk-search");
      WebElement hit =
          found.findElement(By.cssSelector(".gk-hit-title a[href$='item=" + id + "']"));
      assertThat(hit.getText()).isEqualTo(title);
      assertThat(hit.findElements(By.cssSelector("b"))).isEmpty();
      assertThat(hit.findElements(By.cssSelector("mark"))).isNotEmpty();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class RichText {

    @Test
    void onlyAllowlistedElementsAndSafeUrlsAreCopied() {
      open(desktop, "demo/catalogue.html?organisation=jrjgfwzx", "gk-catalogue");

      String html =
          (String)
              desktop
                  .driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " import('/themes/default/lib/dom.js').then(m => {"
                          + " const div = document.createElement('div');"
                          + " div.append(m.richText(arguments[0])); done(div.innerHTML); });",
                      "<p onclick=\"steal()\" style=\"color:red\">正文<script>alert(1)</script>"
                          + "<a href=\"javascript:alert(1)\">坏链接</a><a href=\"/a?b=1\">好链接</a>"
                          + "<img src=\"x.png\" onerror=\"alert(1)\"><iframe src=\"//evil\"></iframe>"
                          + "<font color=red>保留文字</font></p><table><tr><td colspan=\"2\">1</td></tr></table>");

      assertThat(html)
          .doesNotContain(
              "onclick", "style", "script", "alert", "javascript", "onerror", "iframe", "font")
          .contains("<p>正文", "<a>坏链接</a>", "<a href=\"/a?b=1\">好链接</a>", "保留文字")
          .contains("<img src=\"x.png\" alt=\"\" loading=\"lazy\">")
          .contains("role=\"region\"", "<td colspan=\"2\">1</td>");
    }

    @Test
    void highlightsBecomeMarkElementsAndEverythingElseText() {
      open(desktop, "demo/catalogue.html?organisation=jrjgfwzx", "gk-catalogue");

      @SuppressWarnings("unchecked")
      List<Object> result =
          (List<Object>)
              desktop
                  .driver()
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " import('/themes/default/lib/dom.js').then(m => {"
                          + " const div = document.createElement('div');"
                          + " div.append(m.highlighted(arguments[0]));"
                          + " done([div.textContent, div.querySelectorAll('mark').length,"
                          + " div.querySelectorAll('*').length]); });",
                      "&lt;b&gt;x&lt;/b&gt; &amp;amp; <mark>机关</mark>服务<mark>中心</mark> &#34;引&#x5f15;&quot;");

      assertThat(result.get(0)).isEqualTo("<b>x</b> &amp; 机关服务中心 \"引引\"");
      assertThat(((Number) result.get(1)).intValue()).isEqualTo(2);
      assertThat(((Number) result.get(2)).intValue()).as("no element but the marks").isEqualTo(2);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class SearchPage {

    @Test
    void showsHighlightedResultsWithPagingKeptInTheAddress() {
      String q = "机关服务中心";
      long total = search("q=" + Api.encode(q)).getInt("total");
      assertThat(total).as("two pages of demo hits").isGreaterThan(10);

      SearchContext root = open(desktop, "demo/search.html?q=" + Api.encode(q), "gk-search");

      assertThat(root.findElement(By.cssSelector("[role=status]")).getText())
          .contains("共找到 " + total + " 条");
      assertThat(root.findElement(By.cssSelector("form[role=search]"))).isNotNull();
      assertThat(root.findElements(By.cssSelector(".gk-hit"))).hasSize(10);
      assertThat(root.findElements(By.cssSelector(".gk-hit mark"))).isNotEmpty();
      screenshot(desktop, "search-desktop");

      click(root, "nav.gk-pager a[aria-label='第2页']");
      desktop.waiting(10).until(d -> currentPage(root).equals("2"));
      assertThat(desktop.driver().getCurrentUrl()).contains("page=2");
      assertThat(root.findElement(By.cssSelector("ol.gk-hits")).getAttribute("start"))
          .isEqualTo("11");

      desktop.driver().navigate().back();
      desktop.waiting(10).until(d -> currentPage(root).equals("1"));
      pageIsAccessibleAndFitsAPhone("search", "demo/search.html?q=" + Api.encode(q), "gk-search");
    }

    @Test
    void facetsAndFiltersNarrowTheResults() {
      String q = "通知";
      long inOrganisation = search("q=" + Api.encode(q) + "&organisation=jrjgfwzx").getInt("total");
      long reports = search("q=" + Api.encode("年度报告") + "&type=report").getInt("total");

      SearchContext root = open(desktop, "demo/search.html?q=" + Api.encode(q), "gk-search");
      WebElement facet =
          root.findElement(By.cssSelector("button[data-facet=organisation][data-value=jrjgfwzx]"));
      assertThat(facet.getText()).contains("句容市机关服务中心");
      facet.click();

      desktop.waiting(10).until(d -> status(root).contains("共找到 " + inOrganisation + " 条"));
      assertThat(desktop.driver().getCurrentUrl()).contains("organisation=jrjgfwzx");
      assertThat(
              root.findElement(
                      By.cssSelector("button[data-facet=organisation][data-value=jrjgfwzx]"))
                  .getAttribute("aria-pressed"))
          .isEqualTo("true");
      WebElement channel = root.findElement(By.cssSelector("select[id$='-channel']"));
      assertThat(channel.isDisplayed()).isTrue();
      assertThat(new Select(channel).getOptions())
          .extracting(WebElement::getText)
          .anyMatch(t -> t.contains("通知公告"));

      open(desktop, "demo/search.html?q=" + Api.encode("年度报告"), "gk-search");
      SearchContext again = shadow(desktop, "gk-search");
      new Select(again.findElement(By.cssSelector("select[id$='-type']"))).selectByValue("report");
      desktop.waiting(10).until(d -> status(again).contains("共找到 " + reports + " 条"));
      assertThat(again.findElements(By.cssSelector(".gk-hit .gk-badge")))
          .extracting(WebElement::getText)
          .isNotEmpty()
          .allMatch(t -> t.equals("年度报告"));
      assertThat(desktop.driver().getCurrentUrl()).contains("type=report");
      assertThat(again.findElement(By.cssSelector(".gk-hit-title a")).getAttribute("href"))
          .contains("/demo/report.html?organisation=");
    }

    @Test
    void suggestionsAreAListboxDrivenByTheKeyboard() {
      SearchContext root = open(desktop, "demo/search.html", "gk-search");
      WebElement input = root.findElement(By.cssSelector("input[role=combobox]"));
      assertThat(status(root)).as("an empty query lists everything").contains("共找到");

      input.sendKeys("机关");
      assertThat(
              desktop
                  .driver()
                  .executeScript(
                      "const i = arguments[0]; return i.matches(':focus-visible')"
                          + " && getComputedStyle(i).outlineStyle;",
                      input))
          .as("a visible focus ring")
          .isEqualTo("solid");
      desktop.waiting(10).until(d -> "true".equals(input.getAttribute("aria-expanded")));
      // the list for the whole text, not the one for its first character still on show
      desktop
          .waiting(10)
          .until(
              d ->
                  "机关"
                      .equals(
                          root.findElement(By.cssSelector("[role=listbox]"))
                              .getAttribute("data-for")));
      List<WebElement> options = root.findElements(By.cssSelector("[role=listbox] [role=option]"));
      assertThat(options).isNotEmpty();
      input.sendKeys(Keys.ARROW_DOWN);
      assertThat(input.getAttribute("aria-activedescendant"))
          .isEqualTo(options.get(0).getAttribute("id"));
      assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
      String chosen = options.get(0).getText();
      // back, forth and choose in one burst of keys: nothing can re-render the list in between
      new org.openqa.selenium.interactions.Actions(desktop.driver())
          .sendKeys(Keys.ARROW_UP, Keys.ARROW_DOWN, Keys.ENTER)
          .perform();

      desktop.waiting(10).until(d -> d.getCurrentUrl().contains("q="));
      assertThat(input.getAttribute("value")).isEqualTo(chosen);
      assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void aTypoShowsTheCorrectedResultsAndLinksToTheQueryAsTyped() {
      String org = ownOrganisation();
      publish(org, "公共资源交易平台建设情况 " + Items.uniqueTitle("dym"));
      String typed = "公共资原交易平台";
      String query = "organisation=" + org + "&q=" + Api.encode(typed);
      await().atMost(Duration.ofSeconds(10)).until(() -> !search(query).isNull("correctedQuery"));
      String corrected = search(query).getString("correctedQuery");

      SearchContext root = open(desktop, "demo/search.html?" + query, "gk-search");
      desktop.waiting(10).until(d -> !root.findElements(By.cssSelector(".gk-hit")).isEmpty());
      WebElement note = root.findElement(By.cssSelector(".gk-corrected"));
      assertThat(note.getText()).contains("已显示“" + corrected + "”的搜索结果");
      WebElement asTyped = note.findElement(By.cssSelector("a"));
      assertThat(asTyped.getText()).isEqualTo(typed);
      asTyped.click();

      desktop.waiting(10).until(d -> d.getCurrentUrl().contains("exact=1"));
      desktop
          .waiting(10)
          .until(
              d ->
                  !root.findElements(By.cssSelector(".gk-did-you-mean .gk-suggested-query"))
                      .isEmpty());
      assertThat(root.findElement(By.cssSelector(".gk-suggested-query")).getText())
          .isEqualTo(corrected);
      assertThat(root.findElements(By.cssSelector(".gk-hit"))).isEmpty();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Report {

    private static final String SEED = "demo/report.html?organisation=jrjgfwzx&year=2019";

    @Test
    void showsTheSeedReportWithTheOfficialSpansAndLabels() {
      SearchContext root = open(desktop, SEED, "gk-report");

      assertThat(root.findElement(By.cssSelector("h1")).getText())
          .isEqualTo("句容市机关服务中心2019年政府信息公开工作年度报告");
      assertThat(root.findElement(By.cssSelector(".gk-years a[aria-current=page]")).getText())
          .isEqualTo("2019年");
      assertThat(text(desktop, "gk-report")).contains("一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

      assertThat(header(root, "requests", "申请人情况")).containsEntry("colspan", "7");
      assertThat(header(root, "requests", "法人或其他组织")).containsEntry("colspan", "5");
      assertThat(header(root, "requests", "自然人")).containsEntry("rowspan", "2");
      assertThat(header(root, "requests", "总计")).containsEntry("rowspan", "2");
      assertThat(header(root, "requests", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"))
          .containsEntry("colspan", "3")
          .containsEntry("rowspan", "3");
      assertThat(header(root, "requests", "三、本年度办理结果"))
          .containsEntry("rowspan", "20")
          .containsEntry("scope", "rowgroup");
      assertThat(header(root, "requests", "（三）不予公开")).containsEntry("rowspan", "8");
      assertThat(header(root, "requests", "（四）无法提供")).containsEntry("rowspan", "3");
      assertThat(header(root, "requests", "（五）不予处理")).containsEntry("rowspan", "5");
      assertThat(header(root, "requests", "一、本年新收政府信息公开申请数量"))
          .containsEntry("colspan", "3")
          .containsEntry("scope", "row");
      assertThat(header(root, "requests", "（一）予以公开")).containsEntry("colspan", "2");
      assertThat(header(root, "appeals", "行政诉讼")).containsEntry("colspan", "10");
      assertThat(header(root, "appeals", "未经复议直接起诉")).containsEntry("colspan", "5");
      assertThat(header(root, "proactive", "第二十条第（一）项"))
          .containsEntry("colspan", "4")
          .containsEntry("scope", "colgroup");
      assertThat(cell(root, "fees.changeThisYear")).containsEntry("colspan", "2");
      assertThat(cell(root, "procurement.procurementAmount")).containsEntry("colspan", "2");

      assertThat(headerLabels(root, "withheld.stateSecret.naturalPerson"))
          .containsExactlyInAnyOrder("申请人情况", "自然人", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密");
      assertThat(headerLabels(root, "received.enterprise"))
          .containsExactlyInAnyOrder("申请人情况", "法人或其他组织", "商业企业", "一、本年新收政府信息公开申请数量");
      assertThat(headerLabels(root, "litigationDirect.total"))
          .containsExactlyInAnyOrder("行政诉讼", "未经复议直接起诉", "总计");
      assertThat(headerLabels(root, "regulations.madeThisYear"))
          .containsExactlyInAnyOrder("第二十条第（一）项", "本年新制作数量", "规章");
      everyCellShowsTheReportsFigure(root, api.get("api/v1/reports/jrjgfwzx/2019").send().json());
      desktop
          .driver()
          .executeScript(
              "arguments[0].closest('section').scrollIntoView()",
              root.findElement(By.cssSelector("table[data-table=requests]")));
      screenshot(desktop, "report-tables-desktop");
      pageIsAccessibleAndFitsAPhone("report", SEED, "gk-report");
      assertThat(new AxeBuilder().analyze(desktop.driver()).getPasses())
          .as("axe looked inside the shadow root's tables")
          .extracting(Rule::getId)
          .contains("td-headers-attr", "th-has-data-cells");
    }

    @Test
    void aPastYearsReportKeptAsTextShowsItsTextAndOriginalButNoTables() {
      String org = api.newOrganisation("past", "迁移报告局");
      new io.gongkai.testing.Imports(api)
          .run(
              org,
              jakarta.json.Json.createObjectBuilder()
                  .add("externalId", "old-2020")
                  .add("kind", "annual-report")
                  .add("title", "迁移报告局2020年度政府信息公开工作报告")
                  .add("body", "<p>2020年，我局认真贯彻落实条例。</p><p><script>alert(1)</script>二、主动公开</p>")
                  .add("publishedAt", "2021-01-15")
                  .add("originalUrl", "http://old.example.gov.cn/nb/2020.html")
                  .build()
                  .toString(),
              "");

      SearchContext root = open(desktop, "demo/report.html?organisation=" + org, "gk-report");

      assertThat(root.findElement(By.cssSelector("h1")).getText())
          .isEqualTo("迁移报告局2020年度政府信息公开工作报告");
      assertThat(text(desktop, "gk-report")).contains("2020年，我局认真贯彻落实条例。", "未逐表核对", "下载原网页");
      assertThat(root.findElements(By.cssSelector("table"))).isEmpty();
      assertThat(root.findElements(By.cssSelector("script"))).isEmpty();
      assertThat(root.findElement(By.cssSelector("a[rel~='noopener']")).getAttribute("href"))
          .isEqualTo("http://old.example.gov.cn/nb/2020.html");
    }

    @Test
    void showsA2021FormatReportAndSwitchesYears() {
      SearchContext root =
          open(desktop, "demo/report.html?organisation=jrjyj&year=2023", "gk-report");

      assertThat(text(desktop, "gk-report")).contains("本年收费金额（单位：万元）", "3.其他", "本年制发件数");
      assertThat(header(root, "requests", "（六）其他处理")).containsEntry("rowspan", "3");
      everyCellShowsTheReportsFigure(root, api.get("api/v1/reports/jrjyj/2023").send().json());
    }

    @Test
    void printsWithoutNavigationChrome() {
      SearchContext root = open(desktop, SEED, "gk-report");
      ChromeDriver driver = desktop.driver();

      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      try {
        assertThat(root.findElement(By.cssSelector(".gk-years")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
        assertThat(root.findElement(By.cssSelector("table[data-table=requests]")).isDisplayed())
            .isTrue();
      } finally {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
    }

    @Test
    void largeTextModeScalesTheText() {
      open(desktop, SEED, "gk-report");
      double base = fontSize(desktop, "gk-report");

      open(desktop, SEED + "&large-text=1", "gk-report");

      assertThat(
              desktop.driver().findElement(By.cssSelector("gk-report")).getAttribute("large-text"))
          .isNotNull();
      assertThat(fontSize(desktop, "gk-report")).isGreaterThanOrEqualTo(base * 1.2);
      screenshot(desktop, "report-large-text-desktop");
    }

    private void everyCellShowsTheReportsFigure(SearchContext root, JsonObject report) {
      @SuppressWarnings("unchecked")
      Map<String, String> shown =
          (Map<String, String>)
              desktop
                  .driver()
                  .executeScript(
                      "const m = {}; for (const td of arguments[0].querySelectorAll('td[data-cell]'))"
                          + " m[td.closest('table').dataset.table + ':' + td.dataset.cell] = td.textContent;"
                          + " return m;",
                      root.findElement(By.cssSelector("article")));
      JsonObject tables = report.getJsonObject("tables");
      int cells = 0;
      for (String table : List.of("proactive", "requests", "appeals")) {
        for (Map.Entry<String, JsonValue> row : tables.getJsonObject(table).entrySet()) {
          for (Map.Entry<String, JsonValue> cell : row.getValue().asJsonObject().entrySet()) {
            String expected =
                cell.getValue() instanceof JsonNumber n
                    ? n.bigDecimalValue().stripTrailingZeros().toPlainString()
                    : "";
            assertThat(shown.get(table + ":" + row.getKey() + "." + cell.getKey()))
                .as(table + " " + row.getKey() + "." + cell.getKey())
                .isEqualTo(expected);
            cells++;
          }
        }
      }
      assertThat(cells).isGreaterThan(150);
    }
  }
}
