package io.gongkai.items.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitiserTest {

  @Test
  void scriptsHandlersAndJavascriptUrlsAreRemoved() {
    String clean =
        HtmlSanitiser.clean(
            "<p onmouseover=\"x()\">文<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">链</a><iframe src=\"https://evil.example\"></iframe>");

    assertThat(clean).isEqualTo("<p>文</p><a rel=\"noopener noreferrer\">链</a>");
  }

  @Test
  void tablesImagesAndLinksAreKept() {
    String html =
        "<table><tbody><tr><td rowspan=\"2\">一</td></tr></tbody></table>"
            + "<img src=\"https://www.jurong.gov.cn/a.png\" alt=\"图\">"
            + "<a href=\"/api/v1/items/1\">内部链接</a>";

    String clean = HtmlSanitiser.clean(html, java.util.Set.of("www.jurong.gov.cn"));

    assertThat(clean)
        .contains(
            "<td rowspan=\"2\">一</td>",
            "src=\"https://www.jurong.gov.cn/a.png\"",
            "href=\"/api/v1/items/1\"");
  }

  @Test
  void imagesFromHostsNobodyTrustedBecomeLinksSoNoReaderLoadsThem() {
    String html =
        "<p>正文<img src=\"http://tracker.example/p.gif\" alt=\"会议现场\">"
            + "<img src=\"//cdn.example/x.png\"></p>"
            + "<img src=\"/api/v1/items/7/attachments/3\" alt=\"本站图片\">"
            + "<img src=\"https://img.jurong.gov.cn/a.jpg\" alt=\"子域名\">";

    String clean = HtmlSanitiser.clean(html, java.util.Set.of("*.jurong.gov.cn"));

    assertThat(clean)
        .doesNotContain("<img src=\"http://tracker.example")
        .doesNotContain("<img src=\"//cdn.example")
        .contains(
            "<a href=\"http://tracker.example/p.gif\" rel=\"noopener noreferrer\">[图片：会议现场]</a>",
            "<a href=\"//cdn.example/x.png\" rel=\"noopener noreferrer\">[图片]</a>",
            "<img src=\"/api/v1/items/7/attachments/3\" alt=\"本站图片\">",
            "<img src=\"https://img.jurong.gov.cn/a.jpg\" alt=\"子域名\">");
  }

  @Test
  void withNoTrustedHostEveryImageFromElsewhereIsALink() {
    assertThat(
            HtmlSanitiser.clean(
                "<img src=\"https://www.jurong.gov.cn/a.png\">", java.util.Set.of()))
        .isEqualTo(
            "<a href=\"https://www.jurong.gov.cn/a.png\" rel=\"noopener noreferrer\">[图片]</a>");
  }

  @Test
  void whatTheConsolesRichTextEditorWritesIsKeptAsItIs() {
    // the vocabulary of the console's body editor (console/js/rich-text.js), as it serialises it;
    // console/RichTextIT checks the same in the browser for each feature
    String editor =
        "<h2 align=\"center\">标题</h2>\n<h3>小标题</h3>\n<h4>三级</h4>\n"
            + "<p align=\"justify\"><strong>粗</strong><em>斜</em><u>下划线</u>&nbsp;&amp; &lt;b&gt;</p>\n"
            + "<ul>\n<li>项\n<ol start=\"3\">\n<li>三</li>\n</ol>\n</li>\n</ul>\n"
            + "<p><a href=\"https://www.gov.cn/\" rel=\"noopener noreferrer\">链接</a></p>\n"
            + "<table border=\"1\">\n<thead>\n<tr>\n<th>表头</th>\n<th>表头</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td colspan=\"2\" align=\"center\">合并</td>\n</tr>\n"
            + "<tr>\n<td rowspan=\"2\">甲</td>\n<td>乙</td>\n</tr>\n</tbody>\n</table>\n"
            + "<p>图<img src=\"/api/v1/items/1/attachments/2\" alt=\"示意图\" align=\"right\"></p>\n<hr>";

    assertThat(HtmlSanitiser.clean(editor, java.util.Set.of())).isEqualTo(editor);
  }
}
