package io.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.SsoIssuer;
import org.junit.jupiter.api.Test;

class AuthenticationIT {

  private final Api api = new Api();

  @Test
  void passwordLoginReturnsATokenThatOpensTheEditorialApi() {
    String token = api.login("demo-editor");

    Api.Reply me = api.get("api/v1/manage/me").as(token).send();

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo("demo-editor");
    assertThat(me.json().getJsonArray("grants").toString()).contains("jrjgfwzx").contains("EDITOR");
    assertThat(me.header("Cache-Control")).contains("no-store");
  }

  @Test
  void wrongPasswordIsRefusedWith401() {
    Api.Reply r =
        api.post("api/v1/auth/token")
            .json("{\"username\":\"demo-editor\",\"password\":\"wrong-password\"}")
            .send();

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().getString("type")).endsWith("/unauthenticated");
  }

  @Test
  void repeatedWrongPasswordsAreThrottledEvenForTheRightPasswordAfterwards() {
    String user = "guess-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String password = "right-" + java.util.UUID.randomUUID();
    api.post("api/v1/manage/users")
        .as(api.login("it-admin"))
        .json("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
        .send();
    String wrong = "{\"username\":\"" + user + "\",\"password\":\"wrong-password\"}";
    for (int i = 0; i < 5; i++) {
      assertThat(api.post("api/v1/auth/token").json(wrong).send().status()).isEqualTo(401);
    }

    Api.Reply r =
        api.post("api/v1/auth/token")
            .json("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")
            .send();

    assertThat(r.status()).isEqualTo(429);
    assertThat(r.json().getString("type")).endsWith("/too-many-attempts");
  }

  @Test
  void expiredTamperedAndForeignTokensAreRefused() {
    String expired = SsoIssuer.ownToken(api.server().signingKey(), "demo-editor", -600);
    String valid = api.login("demo-editor");
    String tampered =
        valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");

    assertThat(api.get("api/v1/manage/me").as(expired).send().status()).isEqualTo(401);
    assertThat(api.get("api/v1/manage/me").as(tampered).send().status()).isEqualTo(401);
    assertThat(api.get("api/v1/manage/me").as("not-a-jwt").send().status()).isEqualTo(401);
  }

  @Test
  void singleSignOnTokenOfAKnownUserIsAcceptedAndOfAnUnknownOneIsNot() {
    SsoIssuer sso = api.server().sso();

    Api.Reply known = api.get("api/v1/manage/me").as(sso.token("demo-reviewer", 300)).send();
    Api.Reply unknown = api.get("api/v1/manage/me").as(sso.token("nobody-here", 300)).send();
    Api.Reply expired = api.get("api/v1/manage/me").as(sso.token("demo-reviewer", -600)).send();

    assertThat(known.status()).as(known.toString()).isEqualTo(200);
    assertThat(known.json().getString("username")).isEqualTo("demo-reviewer");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(expired.status()).isEqualTo(401);
  }
}
