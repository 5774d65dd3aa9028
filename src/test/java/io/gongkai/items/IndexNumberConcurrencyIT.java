package io.gongkai.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import io.gongkai.testing.Items;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexNumberConcurrencyIT {

  private final Api api = new Api();
  private final Items items = new Items(api);

  @Test
  void fiftyConcurrentPublicationsGetUniqueGapFreeIndexNumbers() throws Exception {
    String editor = api.login("demo-editor");
    String reviewer = api.login("demo-reviewer");
    List<Api.Reply> drafts =
        IntStream.range(0, 50)
            .mapToObj(i -> items.create(editor, Items.draft(Items.uniqueTitle("并发发布" + i)).build()))
            .toList();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Reply>> futures = new ArrayList<>();

    for (Api.Reply draft : drafts) {
      futures.add(pool.submit(() -> items.act(reviewer, draft, "publish", null)));
    }
    List<Integer> sequence = new ArrayList<>();
    for (Future<Api.Reply> f : futures) {
      String indexNumber = f.get().json().getJsonObject("item").getString("indexNumber");
      sequence.add(Integer.parseInt(indexNumber.substring(indexNumber.lastIndexOf('-') + 1)));
    }
    pool.shutdown();

    assertThat(sequence).doesNotHaveDuplicates().hasSize(50);
    int min = sequence.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = sequence.stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(max - min).as("gap-free").isEqualTo(49);
  }
}
