package io.gongkai.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.PayaraMicroServer;
import org.junit.jupiter.api.Test;

/** A portal on another origin loads the theme's module script straight from Gongkai. */
class ThemeAssetsIT {

  private final Api api = new Api();

  @Test
  void theModuleScriptIsServedAsJavaScriptWithCorsForConfiguredPortals() {
    Api.Reply allowed =
        api.get("themes/default/gongkai.js").header("Origin", PayaraMicroServer.CORS_ORIGIN).send();
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.header("Content-Type").orElse("")).contains("javascript");
    assertThat(allowed.header("Access-Control-Allow-Origin"))
        .contains(PayaraMicroServer.CORS_ORIGIN);
    assertThat(allowed.header("X-Content-Type-Options")).contains("nosniff");

    Api.Reply other =
        api.get("themes/default/gongkai.js").header("Origin", "https://evil.example").send();
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
  }
}
