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

    String clean = HtmlSanitiser.clean(html);

    assertThat(clean)
        .contains(
            "<td rowspan=\"2\">一</td>",
            "src=\"https://www.jurong.gov.cn/a.png\"",
            "href=\"/api/v1/items/1\"");
  }
}
