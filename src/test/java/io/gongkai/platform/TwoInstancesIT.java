package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: what one instance does, the
 * other knows at once — published and withdrawn items in its search index, failed logins, ended
 * sessions. The second instance polls the change log only once in ten minutes here, so what wakes
 * its index is the database's notice of each commit.
 */
class TwoInstancesIT {

  private static final String PASSWORD = "cluster-password-1";

  private static PayaraMicroServer second;
  private static Api a;
  private static Api b;

  @BeforeAll
  static void startASecondInstanceOnTheSameDatabase() throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("gongkai.it.label", "h2").equals("postgres"),
        "several instances share a PostgreSQL database only");
    a = new Api();
    PayaraMicroServer first = a.server();
    Map<String, String> env = new HashMap<>();
    env.put("GONGKAI_DB_URL", System.getProperty("gongkai.it.db.url"));
    env.put("GONGKAI_DB_USER", System.getProperty("gongkai.it.db.user"));
    env.put("GONGKAI_DB_PASSWORD", System.getProperty("gongkai.it.db.password", ""));
    // one configuration for every instance, as an operator's environment file gives it
    env.put("GONGKAI_DEMO_PASSWORD", first.demoPassword());
    env.put("GONGKAI_ADMIN_PASSWORD", first.adminPassword());
    env.put("GONGKAI_TOKEN_PRIVATE_KEY", first.signingKey().toJSONString());
    env.put("GONGKAI_SEARCH_POLL_MS", "600000");
    env.put("JVM_HEAP", "-Xmx384m");
    second = PayaraMicroServer.startOwn("second-instance", false, env);
    b = new Api(second);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (second != null) {
      second.shutdown();
    }
  }

  @Test
  void anItemPublishedOnOneInstanceIsFoundAndReadOnTheOtherWithinTwoSeconds() {
    Items items = new Items(a);
    List<Long> here = new ArrayList<>();
    List<Long> there = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String word = "双机" + Long.toString(System.nanoTime(), 36);
      long id = Items.id(items.published(word + "发布测试"));
      long published = System.nanoTime();
      long[] foundAt = new long[2]; // on A (its own commit wakes it), on B (the notice does)

      within2s(
          () -> {
            for (int k = 0; k < 2; k++) {
              if (foundAt[k] == 0 && found(k == 0 ? a : b, word) == 1) {
                foundAt[k] = System.nanoTime();
              }
            }
            return foundAt[0] != 0 && foundAt[1] != 0;
          },
          "found on both instances: " + word);
      here.add((foundAt[0] - published) / 1_000_000);
      there.add((foundAt[1] - published) / 1_000_000);
      Api.Reply read = b.get("api/v1/items/" + id).send();
      assertThat(read.status()).as(read.toString()).isEqualTo(200);
    }
    Collections.sort(here);
    Collections.sort(there);
    System.out.printf(
        "published on A → searchable on A: median %d ms, max %d ms; on B: median %d ms, max %d ms%n",
        here.get(here.size() / 2),
        here.get(here.size() - 1),
        there.get(there.size() / 2),
        there.get(there.size() - 1));
    // well under the 2 s bound: half of it. With three builds sharing the two cores the median was
    // 462 ms in one and 647 ms in another, which a bound of 500 ms failed
    assertThat(there.get(there.size() / 2)).as("median on B, ms").isLessThan(1000);
  }

  @Test
  void anItemWithdrawnOnOneInstanceIsGoneFromBothWithinTwoSeconds() {
    String word = Api.uniqueWord("双机撤回");
    Api.Reply published = new Items(a).published(word + "测试");
    long id = Items.id(published);
    within2s(() -> found(b, word) == 1, "found on the second instance");

    // a token issued by the first instance, used on the second
    Api.Reply withdrawn =
        b.post("api/v1/manage/items/" + id + "/withdraw")
            .as(a.login("demo-reviewer"))
            .ifMatch(published.etag())
            .json("{\"reason\":\"双机测试\"}")
            .send();

    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    within2s(() -> found(a, word) == 0, "gone from the first instance");
    assertThat(found(b, word)).isZero();
    assertThat(a.get("api/v1/items/" + id).send().status()).isIn(404, 410);
    assertThat(b.get("api/v1/items/" + id).send().status()).isIn(404, 410);
  }

  @Test
  void failedLoginsCountOnEveryInstance() {
    String user = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      Api.Reply refused = login(i % 2 == 0 ? a : b, user, "wrong-password-" + i);
      assertThat(refused.status()).as("attempt " + (i + 1) + ": " + refused).isEqualTo(401);
    }

    Api.Reply onA = login(a, user, "wrong-password-5");
    Api.Reply onB = login(b, user, "wrong-password-6");

    assertThat(onA.status()).as(onA.toString()).isEqualTo(429);
    assertThat(onB.status()).as(onB.toString()).isEqualTo(429);
    assertThat(onB.header("Retry-After")).isPresent();
  }

  @Test
  void aSessionEndedOnOneInstanceIsRefusedByTheOther() {
    String user = newUser();
    String token = login(a, user, PASSWORD).json().getString("token");
    assertThat(b.get("api/v1/manage/me").as(token).send().status()).isEqualTo(200);

    Api.Reply out = a.post("api/v1/manage/users/" + user + "/logout").as(token).send();

    assertThat(out.status()).as(out.toString()).isEqualTo(204);
    assertThat(b.get("api/v1/manage/me").as(token).send().status()).isEqualTo(401);
    String again = login(b, user, PASSWORD).json().getString("token");
    assertThat(a.get("api/v1/manage/me").as(again).send().status()).isEqualTo(200);
  }

  @Test
  void aThemeFileRevalidatedOnTheOtherInstanceIsNotModified() {
    Api.Reply first = a.get("themes/default/gongkai.js").send();

    Api.Reply other =
        b.get("themes/default/gongkai.js").header("If-None-Match", first.etag()).send();

    assertThat(other.status()).as(other.toString()).isEqualTo(304);
    assertThat(other.etag()).isEqualTo(first.etag());
  }

  @Test
  void bothInstancesListenForEachOthersChanges() {
    for (Api instance : List.of(a, b)) {
      String metrics = instance.get("metrics").send().body();
      assertThat(metrics).contains("gongkai_change_notices_listening 1.0");
    }
  }

  @Test
  void anExpiryIsCarriedOutOnceThoughEveryInstanceSchedulesIt() throws Exception {
    String reviewer = a.login("demo-reviewer");
    Api.Reply draft =
        new Items(a)
            .create(
                a.login("demo-editor"),
                Items.draft(Items.uniqueTitle("双机到期"))
                    .add("expiresAt", Instant.now().plusSeconds(2).toString())
                    .build());
    long id = Items.id(draft);
    new Items(a).act(reviewer, draft, "publish", null);

    await()
        .atMost(Duration.ofSeconds(45))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> b.get("api/v1/manage/items/" + id).as(reviewer).send().json().getString("state"),
            "WITHDRAWN"::equals);

    long expiries =
        a
            .get("api/v1/manage/audit?organisation=jrjgfwzx&limit=1000")
            .as(a.login("demo-admin"))
            .send()
            .jsonArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("action").equals("item.expire"))
            .filter(e -> e.getString("targetId").equals(String.valueOf(id)))
            .count();
    assertThat(expiries).as("item.expire entries for item " + id).isEqualTo(1);
    for (PayaraMicroServer server : List.of(a.server(), second)) {
      assertThat(server.logText().lines())
          .as("warnings about the expiry job")
          .noneMatch(
              line ->
                  line.matches(".*(WARNING|SEVERE).*")
                      && line.matches(".*(Expiry|OptimisticLock|withdrawExpired).*"));
    }
  }

  private static int found(Api api, String word) {
    Api.Reply r = api.get("api/v1/search?exact=true&q=" + Api.encode(word)).send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getInt("total");
  }

  private static void within2s(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 2 s: " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Api.Reply login(Api api, String user, String password) {
    return api.post("api/v1/auth/token")
        .json(Json.createObjectBuilder().add("username", user).add("password", password).build())
        .send();
  }

  private static String newUser() {
    String user = "c-" + UUID.randomUUID().toString().substring(0, 8);
    String admin = a.login("it-admin");
    Api.Reply created =
        a.post("api/v1/manage/users")
            .as(admin)
            .json(
                Json.createObjectBuilder()
                    .add("username", user)
                    .add("displayName", "双机测试")
                    .add("password", PASSWORD)
                    .build())
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Api.Reply granted =
        a.post("api/v1/manage/users/" + user + "/grants")
            .as(admin)
            .json("{\"organisation\":\"jrjgfwzx\",\"role\":\"EDITOR\"}")
            .send();
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    return user;
  }
}
