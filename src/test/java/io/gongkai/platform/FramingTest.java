package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FramingTest {

  @Test
  void theConfiguredPortalOriginsMayFrameTheEmbeddablePages() {
    assertThat(Framing.frameAncestors(Set.of("https://www.b.gov.cn", "http://a.gov.cn:8080")))
        .isEqualTo("frame-ancestors 'self' http://a.gov.cn:8080 https://www.b.gov.cn");
    assertThat(Framing.frameAncestors(Set.of())).isEqualTo("frame-ancestors 'self'");
    assertThat(Framing.frameAncestors(Set.of("*"))).isEqualTo("frame-ancestors *");
  }

  @Test
  void aConfiguredValueThatIsNoOriginCannotWidenOrEndTheDirective() {
    assertThat(Framing.frameAncestors(Set.of("https://a.gov.cn; script-src *", "evil")))
        .isEqualTo("frame-ancestors 'self'");
  }

  @Test
  void onlyAReportsHtmlFragmentIsEmbeddable() {
    assertThat(Framing.EMBEDDABLE.matcher("/api/v1/reports/jrjyj/2023/html").matches()).isTrue();
    assertThat(Framing.EMBEDDABLE.matcher("/api/v1/reports/jrjyj/2023").matches()).isFalse();
    assertThat(Framing.EMBEDDABLE.matcher("/console/").matches()).isFalse();
    assertThat(Framing.EMBEDDABLE.matcher("/api/v1/reports/a/b/2023/html").matches()).isFalse();
  }
}
