package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a search may return before any text is matched: the visibility rule and the filters. */
class SearchFiltersTest {

  private static final Instant NOW = Instant.parse("2026-06-01T04:00:00Z"); // 12:00 in Beijing
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analysis.INDEXING))) {
      // id, organisation, channel, published, expires, genre
      w.addDocument(doc(1, 10, 100, "2026-05-01T00:00:00Z", null, "通知"));
      w.addDocument(doc(2, 10, 101, "2026-05-31T16:00:00Z", null, "公告")); // 6-01 00:00 Beijing
      w.addDocument(doc(3, 20, 200, "2026-05-31T15:59:59Z", null, "通知")); // 5-31 23:59 Beijing
      w.addDocument(doc(4, 10, 100, "2026-06-02T00:00:00Z", null, "通知")); // scheduled
      w.addDocument(doc(5, 10, 100, "2026-01-01T00:00:00Z", "2026-06-01T03:59:59Z", "通知"));
      w.addDocument(doc(6, 10, 100, "2026-01-01T00:00:00Z", "2026-06-01T04:00:01Z", "通知"));
      w.addDocument(doc(7, 10, 100, "2026-06-01T04:00:00Z", null, "通知")); // published this instant
    }
    searcher = new IndexSearcher(DirectoryReader.open(dir));
  }

  @Test
  void thePublicSeesWhatIsPublishedAndNotYetExpired() throws IOException {
    assertThat(ids(request(null, null, null, null, null))).containsExactly(1L, 2L, 3L, 6L, 7L);
  }

  @Test
  void anOrganisationOrChannelsNarrowTheResults() throws IOException {
    assertThat(ids(request(20L, null, null, null, null))).containsExactly(3L);
    assertThat(ids(request(null, List.of(101L, 200L), null, null, null))).containsExactly(2L, 3L);
    assertThat(ids(request(10L, List.of(100L), null, null, null))).containsExactly(1L, 6L, 7L);
  }

  @Test
  void datesAreWholeDaysInBeijingTime() throws IOException {
    LocalDate june1 = LocalDate.parse("2026-06-01");
    LocalDate may31 = LocalDate.parse("2026-05-31");
    assertThat(ids(request(null, null, june1, june1, null))).containsExactly(2L, 7L);
    assertThat(ids(request(null, null, may31, may31, null))).containsExactly(3L);
    assertThat(ids(request(null, null, null, may31, null))).containsExactly(1L, 3L, 6L);
  }

  @Test
  void aGenreIsMatchedExactly() throws IOException {
    assertThat(ids(request(null, null, null, null, "公告"))).containsExactly(2L);
    assertThat(ids(request(null, null, null, null, "通"))).isEmpty();
  }

  private static Search.Request request(
      Long org, List<Long> channels, LocalDate from, LocalDate to, String genre) {
    return new Search.Request(
        null, org, channels, null, null, from, to, genre, null, null, null, 1, 50, null, null);
  }

  private static List<Long> ids(Search.Request r) throws IOException {
    List<Long> ids = new ArrayList<>();
    for (ScoreDoc d : searcher.search(Search.filter(r, NOW), 50).scoreDocs) {
      ids.add(
          searcher.storedFields().document(d.doc).getField(Fields.ID).numericValue().longValue());
    }
    ids.sort(null);
    return ids;
  }

  private static org.apache.lucene.document.Document doc(
      long id, long org, long channel, String published, String expires, String genre) {
    return Fields.document(
        new Indexable(
            Indexable.ITEM,
            id,
            org,
            List.of(channel),
            "标题" + id,
            "正文",
            null,
            Instant.parse(published),
            expires == null ? null : Instant.parse(expires),
            genre,
            null,
            null,
            null,
            null,
            null,
            null));
  }
}
