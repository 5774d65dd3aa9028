package io.gongkai.reports.control.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlParagraphsTest {

  @Test
  void oneParagraphPerBlockListItemAndLine() {
    assertThat(
            HtmlParagraphs.of(
                "<p>第一段 <b>加粗</b>&amp;</p><ul><li>甲</li><li>乙<br>丙</li></ul><p> </p>尾"))
        .containsExactly("第一段 加粗&", "甲", "乙", "丙", "尾");
  }

  @Test
  void plainTextIsSplitAtLineEnds() {
    assertThat(HtmlParagraphs.of("一行\n\n二行\r\n")).containsExactly("一行", "二行");
    assertThat(HtmlParagraphs.of(null)).isEmpty();
    assertThat(HtmlParagraphs.of("  ")).isEmpty();
  }
}
