package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void controlCharactersAndUnpairedSurrogatesAreRemoved() {
    assertThat(Text.withoutControls("关于\u0000印发\u0007通知\u007f\u0085\uFFFF")).isEqualTo("关于印发通知");
    assertThat(Text.withoutControls("孤\uD800立\uDC00代理")).isEqualTo("孤立代理");
  }

  @Test
  void tabsLineBreaksAndCharactersBeyondTheBasicPlaneStay() {
    String text = "第一条\t内容\r\n第二条 𠮷野家 \uD83D\uDE00";
    assertThat(Text.withoutControls(text)).isSameAs(text);
  }
}
