package io.gongkai.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.SsoIssuer;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A session ends the moment its user's password changes, the user is disabled, loses a grant or
 * logs out: every token issued before stops working at once, Gongkai's own and single sign-on ones.
 * Each test works on a fresh account, so no other test's tokens are touched.
 */
class SessionsIT {

  private static final String PASSWORD = "first-password-1";

  private final Api api = new Api();

  @Test
  void changingThePasswordEndsEverySessionAndTheNewPasswordLogsIn() {
    String user = newUser("jrjgfwzx");
    String first = login(user, PASSWORD);
    String second = login(user, PASSWORD);
    assertThat(me(first)).isEqualTo(200);

    Api.Reply changed =
        api.put("api/v1/manage/users/" + user + "/password")
            .as(first)
            .json("{\"password\":\"second-password-2\"}")
            .send();

    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(me(first)).isEqualTo(401);
    assertThat(me(second)).isEqualTo(401);
    assertThat(tokenStatus(user, PASSWORD)).isEqualTo(401);
    assertThat(me(login(user, "second-password-2"))).isEqualTo(200);
  }

  @Test
  void anAdministratorDisablesAnAccountItsTokensStopAndEnablingDoesNotRevive() {
    String user = newUser("jrjgfwzx");
    String token = login(user, PASSWORD);
    String admin = api.login("demo-admin");

    Api.Reply disabled = api.post("api/v1/manage/users/" + user + "/disable").as(admin).send();

    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();
    assertThat(me(token)).isEqualTo(401);
    assertThat(tokenStatus(user, PASSWORD)).isEqualTo(401);

    Api.Reply enabled = api.post("api/v1/manage/users/" + user + "/enable").as(admin).send();
    assertThat(enabled.json().getBoolean("enabled")).isTrue();
    assertThat(me(token)).as("a token from before stays dead").isEqualTo(401);
    assertThat(me(login(user, PASSWORD))).isEqualTo(200);
  }

  @Test
  void onlyAnAdministratorOfEveryOrganisationOfTheAccountMayDisableItAndNobodyThemselves() {
    String user = newUser("jrjgfwzx");
    grant(user, "jrjyj", "EDITOR");
    String agencyAdmin = api.login("demo-admin");

    Api.Reply partly = api.post("api/v1/manage/users/" + user + "/disable").as(agencyAdmin).send();
    Api.Reply byEditor =
        api.post("api/v1/manage/users/" + user + "/disable").as(api.login("demo-editor")).send();
    Api.Reply self = api.post("api/v1/manage/users/demo-admin/disable").as(agencyAdmin).send();
    Api.Reply byInstallation =
        api.post("api/v1/manage/users/" + user + "/disable").as(api.login("it-admin")).send();

    assertThat(partly.status()).as("holds a role in jrjyj too").isEqualTo(403);
    assertThat(byEditor.status()).isEqualTo(403);
    assertThat(self.status()).isEqualTo(409);
    assertThat(self.json().getString("type")).endsWith("/own-account");
    assertThat(byInstallation.status()).isEqualTo(200);
  }

  @Test
  void removingAGrantEndsTheSessionsSoTheNextLoginCarriesTheNewRights() {
    String user = newUser("jrjgfwzx");
    grant(user, "jrjgfwzx", "REVIEWER");
    String token = login(user, PASSWORD);

    Api.Reply revoked =
        api.delete("api/v1/manage/users/" + user + "/grants?organisation=jrjgfwzx&role=REVIEWER")
            .as(api.login("demo-admin"))
            .send();

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(me(token)).isEqualTo(401);
    Api.Reply me = api.get("api/v1/manage/me").as(login(user, PASSWORD)).send();
    assertThat(me.json().getJsonArray("grants").toString())
        .contains("EDITOR")
        .doesNotContain("REVIEWER");
  }

  @Test
  void loggingOutEndsEverySessionOfTheUserAndOnlyTheirs() throws InterruptedException {
    String user = newUser("jrjgfwzx");
    String other = newUser("jrjgfwzx");
    String here = login(user, PASSWORD);
    String elsewhere = login(user, PASSWORD);
    String othersToken = login(other, PASSWORD);
    String ssoBefore = api.server().sso().token(user, 300);
    assertThat(me(ssoBefore)).isEqualTo(200);

    Api.Reply out = api.post("api/v1/manage/users/" + user + "/logout").as(here).send();

    assertThat(out.status()).as(out.toString()).isEqualTo(204);
    assertThat(me(here)).isEqualTo(401);
    assertThat(me(elsewhere)).isEqualTo(401);
    assertThat(me(ssoBefore)).as("a single sign-on token from before").isEqualTo(401);
    assertThat(me(othersToken)).isEqualTo(200);
    Api.Reply refused = api.get("api/v1/manage/me").as(here).send();
    assertThat(refused.json().getString("detail")).contains("请重新登录");
    Thread.sleep(1100); // single sign-on tokens carry their issue time in whole seconds
    assertThat(me(api.server().sso().token(user, 300, java.time.Instant.now()))).isEqualTo(200);
    assertThat(me(login(user, PASSWORD))).isEqualTo(200);
  }

  @Test
  void oneCannotEndAnotherUsersSessionsWithoutAdministeringThem() {
    String user = newUser("jrjgfwzx");
    String token = login(user, PASSWORD);

    Api.Reply byEditor =
        api.post("api/v1/manage/users/" + user + "/logout").as(api.login("demo-editor2")).send();

    assertThat(byEditor.status()).isEqualTo(403);
    assertThat(me(token)).isEqualTo(200);
  }

  @Test
  void aTokenForgedWithAnOlderVersionIsRefusedOnceSessionsEnded() {
    String user = newUser("jrjgfwzx");
    String token = login(user, PASSWORD);
    api.post("api/v1/manage/users/" + user + "/logout").as(token).send();

    // signed with the right key but without the current token version (version 0)
    String forged = SsoIssuer.ownToken(api.server().signingKey(), user, 300);

    assertThat(me(forged)).isEqualTo(401);
  }

  private String newUser(String organisation) {
    String user = "s-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        api.post("api/v1/manage/users")
            .as(api.login("it-admin"))
            .json(
                Json.createObjectBuilder()
                    .add("username", user)
                    .add("displayName", "会话测试")
                    .add("password", PASSWORD)
                    .build())
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    grant(user, organisation, "EDITOR");
    return user;
  }

  private void grant(String user, String organisation, String role) {
    Api.Reply granted =
        api.post("api/v1/manage/users/" + user + "/grants")
            .as(api.login("it-admin"))
            .json("{\"organisation\":\"" + organisation + "\",\"role\":\"" + role + "\"}")
            .send();
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
  }

  private String login(String user, String password) {
    Api.Reply r = token(user, password);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getString("token");
  }

  private int tokenStatus(String user, String password) {
    return token(user, password).status();
  }

  private Api.Reply token(String user, String password) {
    return api.post("api/v1/auth/token")
        .json(Json.createObjectBuilder().add("username", user).add("password", password).build())
        .send();
  }

  private int me(String token) {
    return api.get("api/v1/manage/me").as(token).send().status();
  }
}
