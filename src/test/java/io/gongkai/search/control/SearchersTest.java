package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A large index is searched on several threads, with the answers of one")
class SearchersTest {

  private static final String[] TOPICS = {
    "安全生产检查通知", "乡村振兴工作简报", "公共资源交易公告", "优化营商环境措施", "住房公积金缴存通知", "防汛抗旱应急预案"
  };

  private static DirectoryReader reader;
  private static ExecutorService threads;

  /** Four segments of 70, 40, 25 and 5 documents, over three organisations and four channels. */
  @BeforeAll
  static void index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(Analysis.INDEXING);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    int id = 0;
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int segment : new int[] {70, 40, 25, 5}) {
        for (int i = 0; i < segment; i++, id++) {
          String topic = TOPICS[id % TOPICS.length];
          w.addDocument(
              Fields.document(
                  new Indexable(
                      Indexable.ITEM,
                      id + 1L,
                      1 + id % 3,
                      List.of(10L + id % 4),
                      topic + "（第" + (id % 7) + "期）",
                      topic + "。" + TOPICS[(id * 5 + 1) % TOPICS.length] + "，请各单位认真落实。",
                      null,
                      // many documents share a day, so the order rests on score and key
                      Instant.parse("2024-01-01T00:00:00Z").plusSeconds(86_400L * (id % 9)),
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null)));
        }
        w.flush();
      }
    }
    reader = DirectoryReader.open(dir);
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws IOException {
    threads.shutdownNow();
    reader.close();
  }

  @Nested
  @DisplayName("slices")
  class Slices {

    @Test
    @DisplayName("deal segments, largest first, to the slice with the fewest documents")
    void balanced() {
      assertThat(reader.leaves()).hasSize(4);
      List<List<LeafReaderContext>> two = Searchers.balance(reader.leaves(), 2);
      assertThat(two).extracting(SearchersTest::docs).containsExactly(70, 70);
      List<List<LeafReaderContext>> three = Searchers.balance(reader.leaves(), 3);
      assertThat(three).extracting(SearchersTest::docs).containsExactly(70, 40, 30);
    }

    @Test
    @DisplayName("never leave a slice empty, nor a segment out")
    void noneEmpty() {
      List<List<LeafReaderContext>> many = Searchers.balance(reader.leaves(), 8);
      assertThat(many).hasSize(4).allSatisfy(s -> assertThat(s).isNotEmpty());
      assertThat(many.stream().mapToInt(SearchersTest::docs).sum()).isEqualTo(140);
    }

    @Test
    @DisplayName("only from the configured size of index, and only with threads to use")
    void onlyLarge() {
      assertThat(new Searchers(threads, 2, 1, () -> true).newSearcher(reader, null).getSlices())
          .hasSize(2);
      assertThat(new Searchers(threads, 2, 141, () -> true).newSearcher(reader, null).getSlices())
          .hasSize(1);
      assertThat(new Searchers(null, 2, 1, () -> true).newSearcher(reader, null).getSlices())
          .hasSize(1);
      assertThat(Searchers.serial().newSearcher(reader, null).getSlices()).hasSize(1);
    }
  }

  @Test
  @DisplayName("hand out the scoring of slices, not the look-up of every term, and only when alone")
  void onlyScoringIsHandedOut() throws IOException {
    java.util.concurrent.atomic.AtomicInteger handedOut =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.Executor counting =
        task -> {
          handedOut.incrementAndGet();
          threads.execute(task);
        };
    boolean[] alone = {true};
    IndexSearcher searcher =
        new Searchers(counting, 2, 1, () -> alone[0]).newSearcher(reader, null);
    var query =
        new org.apache.lucene.search.BooleanQuery.Builder()
            .add(SearchQueries.term(Fields.BODY_BIGRAMS, "通知"), Occur.SHOULD)
            .add(SearchQueries.term(Fields.BODY_BIGRAMS, "落实"), Occur.SHOULD)
            .add(SearchQueries.term(Fields.TITLE_BIGRAMS, "安全"), Occur.SHOULD)
            .build();
    assertThat(searcher.search(query, 10).totalHits.value).isEqualTo(140);
    // two slices: one goes to a search thread, the caller scores the other
    assertThat(handedOut).hasValue(1);
    // while other searches run, the caller scores both
    alone[0] = false;
    assertThat(searcher.search(query, 10).totalHits.value).isEqualTo(140);
    assertThat(handedOut).hasValue(1);
  }

  @Test
  @DisplayName("the same hits, order, totals, facets and cursors as on one thread")
  void sameAnswers() {
    Search serial = search(Searchers.serial().newSearcher(reader, null));
    Search parallel = search(new Searchers(threads, 2, 1, () -> true).newSearcher(reader, null));
    List<Search.Request> requests = new ArrayList<>();
    for (String q : List.of("安全生产", "通知", "乡村振兴 工作", "应急预案", "", "落实")) {
      for (Search.Order order : Search.Order.values()) {
        requests.add(request(q, order, 1, null));
        requests.add(request(q, order, 2, null));
      }
    }
    requests.add(request("通知", Search.Order.RELEVANCE, 1, 1L));
    for (Search.Request r : requests) {
      Search.Result one = serial.search(r);
      Search.Result many = parallel.search(r);
      assertThat(many).as("%s", r).isEqualTo(one);
      if (one.next() != null) {
        Search.Request after = request(r.q(), r.order(), 1, r.organisationId(), one.next());
        assertThat(parallel.search(after)).as("after %s", r).isEqualTo(serial.search(after));
      }
    }
    assertThat(serial.search(request("通知", Search.Order.RELEVANCE, 1, null)).total())
        .isGreaterThan(40);
  }

  private static int docs(List<LeafReaderContext> slice) {
    return slice.stream().mapToInt(c -> c.reader().maxDoc()).sum();
  }

  private static Search.Request request(String q, Search.Order order, int page, Long org) {
    return request(q, order, page, org, null);
  }

  private static Search.Request request(
      String q, Search.Order order, int page, Long org, String cursor) {
    return new Search.Request(
        q,
        org,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        order,
        page,
        10,
        cursor,
        Search.Matching.FORGIVING);
  }

  private static Search search(IndexSearcher searcher) {
    Search s = new Search();
    s.queries = SearchQueries.builtIn();
    s.spelling = new Spelling();
    s.index =
        new SearchIndex() {
          @Override
          public <T> T search(Function<IndexSearcher, T> work) {
            return work.apply(searcher);
          }
        };
    return s;
  }
}
