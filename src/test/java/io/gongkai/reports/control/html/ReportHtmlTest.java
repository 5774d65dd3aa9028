package io.gongkai.reports.control.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.ReportCells;
import io.gongkai.reports.control.layout.LayoutPart;
import io.gongkai.reports.control.layout.OfficialLayout;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link ReportHtml}: an embeddable, escaped, accessible fragment in the official layout. */
class ReportHtmlTest {

  private static final Embedding EMBEDDING =
      Embedding.of("jr jgfwzx", 2021, "https://gongkai.example/themes/default/report-fragment.css");

  private static Document render(String title) {
    ReportFormat format = ReportFormats.FORMAT_2021;
    ReportContent content = ReportCells.filled(format);
    String html =
        ReportHtml.render(
            title, OfficialLayout.of(format, content.reportTables()), content, EMBEDDING);
    return Jsoup.parseBodyFragment(html);
  }

  @Test
  void oneArticleInChineseWithItsTitleAndTheLinkedStylesheet() {
    Document doc = render("测试局2021年政府信息公开工作年度报告");
    Element root = doc.body().child(0);

    assertThat(doc.body().children()).hasSize(1);
    assertThat(root.tagName()).isEqualTo("article");
    assertThat(root.attr("lang")).isEqualTo("zh-CN");
    assertThat(root.attr("aria-labelledby")).isEqualTo("gk-jr_jgfwzx-2021-title");
    assertThat(root.selectFirst("h1#gk-jr_jgfwzx-2021-title").text())
        .isEqualTo("测试局2021年政府信息公开工作年度报告");
    assertThat(root.selectFirst("link[rel=stylesheet]").attr("href"))
        .isEqualTo("https://gongkai.example/themes/default/report-fragment.css");
    assertThat(root.select("h2").eachText())
        .containsExactlyElementsOf(
            OfficialLayout.of(ReportFormats.FORMAT_2021, new ReportTables()).parts().stream()
                .map(LayoutPart::heading)
                .toList());
  }

  @Test
  void everyFigureNamesHeadersThatExistAndTablesHaveTheirHead() {
    Document doc = render("标题");
    Set<String> ids = doc.select("[id]").stream().map(Element::id).collect(Collectors.toSet());

    assertThat(doc.select("[id]")).hasSize(ids.size());
    assertThat(doc.select("td")).isNotEmpty().allMatch(td -> !td.attr("headers").isBlank());
    for (Element cell : doc.select("[headers]")) {
      assertThat(ids).containsAll(Set.of(cell.attr("headers").split(" ")));
    }
    assertThat(doc.select("table[data-table=requests] > thead > tr")).hasSize(3);
    assertThat(doc.select("table[data-table=appeals] > thead > tr")).hasSize(3);
    assertThat(doc.select("table[data-table=proactive] > tbody")).hasSize(4);
    assertThat(doc.selectFirst("td[data-cell=fees.feeAmount]").text()).isEqualTo("160.5964");
    assertThat(doc.selectFirst("td[data-cell=punishment.decisions]").text()).isEmpty();
    assertThat(doc.select("table")).allMatch(t -> ids.contains(t.attr("aria-labelledby")));
  }

  @Test
  void textIsEscapedAndNothingRuns() {
    String html =
        ReportHtml.render(
            "<script>alert(1)</script>\"标题\"",
            OfficialLayout.of(
                ReportFormats.FORMAT_2019,
                ReportCells.filled(ReportFormats.FORMAT_2019).reportTables()),
            new ReportContent("<p>总体</p>", null, null, java.util.Map.of()),
            new Embedding("x-", null));
    Document doc = Jsoup.parseBodyFragment(html);

    assertThat(doc.select("script, style, link, [onclick], [onerror]")).isEmpty();
    assertThat(doc.selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>\"标题\"");
    assertThat(html).doesNotContain("<script");
  }

  @Test
  void aPastReportKeptAsTextIsEscapedParagraphs() {
    String html =
        ReportHtml.renderText("旧报告<b>", "第一段<img src=x onerror=alert(1)>\n\n第二段", EMBEDDING);
    Document doc = Jsoup.parseBodyFragment(html);

    assertThat(doc.selectFirst("article").attr("lang")).isEqualTo("zh-CN");
    assertThat(doc.selectFirst("article").attr("data-structured")).isEqualTo("false");
    assertThat(doc.select("img, b")).isEmpty();
    assertThat(doc.select("p").eachText())
        .containsExactly("本报告由原网站迁移，以原文呈现，未逐表核对。", "第一段<img src=x onerror=alert(1)>", "第二段");
  }
}
