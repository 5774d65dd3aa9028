package io.gongkai.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import io.gongkai.testing.PayaraMicroServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A publication is whole or not at all, even when the database's connections run out mid-flight: a
 * server of its own with a pool of three connections and a wait of 50 ms takes 24 publications at
 * once. Each answer is 200 or 503 (database busy; how many depends on the machine's speed);
 * afterwards every item answered 200 is published with its 索引号 and one publication in the audit
 * log, every other one is still a draft without a 索引号 and without one, and the 索引号 given out have
 * no gap and no duplicate. On PostgreSQL the server shares the build's database, as a second
 * instance would.
 */
class PublishingUnderPressureIT {

  private static PayaraMicroServer server;
  private static Api api;

  @BeforeAll
  static void startAServerWithATinyPool() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GONGKAI_DB_POOL_SIZE", "3");
    env.put("GONGKAI_DB_POOL_MIN", "1");
    env.put("GONGKAI_DB_WAIT_MS", "50");
    env.put("JVM_HEAP", "-Xmx384m");
    if (System.getProperty("gongkai.it.label", "h2").equals("postgres")) {
      PayaraMicroServer shared = PayaraMicroServer.get();
      env.put("GONGKAI_DB_URL", System.getProperty("gongkai.it.db.url"));
      env.put("GONGKAI_DB_USER", System.getProperty("gongkai.it.db.user"));
      env.put("GONGKAI_DB_PASSWORD", System.getProperty("gongkai.it.db.password", ""));
      env.put("GONGKAI_DEMO_PASSWORD", shared.demoPassword());
      env.put("GONGKAI_ADMIN_PASSWORD", shared.adminPassword());
      env.put("GONGKAI_TOKEN_PRIVATE_KEY", shared.signingKey().toJSONString());
    }
    server = PayaraMicroServer.startOwn("pressure", false, env);
    api = new Api(server);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.shutdown();
    }
  }

  @Test
  void everyPublicationIsWholeOrNotAtAllWhenConnectionsRunOut() throws Exception {
    Items items = new Items(api);
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    List<Api.Reply> drafts =
        IntStream.range(0, 60)
            .mapToObj(i -> items.create(editor, Items.draft(Items.uniqueTitle("压力发布" + i)).build()))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(24);
    List<Future<Api.Reply>> answers = new ArrayList<>();

    for (Api.Reply draft : drafts) {
      answers.add(
          pool.submit(
              () ->
                  api.post("api/v1/manage/items/" + Items.id(draft) + "/publish")
                      .as(reviewer)
                      .ifMatch(draft.etag())
                      .send()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Api.Reply> f : answers) {
      statuses.add(f.get().status());
    }
    pool.shutdown();

    assertThat(statuses)
        .as("200 or database busy, nothing else")
        .allMatch(s -> s == 200 || s == 503);
    String admin = api.login("it-admin");
    Map<String, Long> publishedInAudit = new HashMap<>();
    for (JsonValue v :
        api.get("api/v1/manage/audit?organisation=jrjgfwzx&limit=1000")
            .as(admin)
            .send()
            .jsonArray()) {
      JsonObject e = v.asJsonObject();
      if (e.getString("action").equals("item.publish")) {
        publishedInAudit.merge(e.getString("targetId"), 1L, Long::sum);
      }
    }
    TreeSet<Integer> numbers = new TreeSet<>();
    int published = 0;
    for (int i = 0; i < drafts.size(); i++) {
      long id = Items.id(drafts.get(i));
      JsonObject view = api.get("api/v1/manage/items/" + id).as(editor).send().json();
      JsonObject item = view.getJsonObject("item");
      String what = "item " + id + " answered " + statuses.get(i) + ": " + view;
      if (statuses.get(i) == 200) {
        published++;
        assertThat(view.getString("state")).as(what).isEqualTo("PUBLISHED");
        String number = item.getString("indexNumber");
        assertThat(numbers.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))))
            .as("a 索引号 given twice: " + what)
            .isTrue();
        assertThat(publishedInAudit.get(String.valueOf(id))).as(what).isEqualTo(1L);
      } else {
        assertThat(view.getString("state")).as(what).isEqualTo("DRAFT");
        assertThat(item.isNull("indexNumber") || !item.containsKey("indexNumber"))
            .as(what)
            .isTrue();
        assertThat(publishedInAudit).as(what).doesNotContainKey(String.valueOf(id));
      }
    }
    System.out.printf(
        "PublishingUnderPressureIT: %d of %d published, %d answered 503%n",
        published, drafts.size(), drafts.size() - published);
    assertThat(published).as("some get through").isPositive();
    assertThat(numbers.last() - numbers.first() + 1).as("no gap: " + numbers).isEqualTo(published);
  }
}
