package io.gongkai.search.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jsoup.Jsoup;

/**
 * The relevance benchmark: the judged collection of real pages in {@code /relevance/}, indexed
 * through the application's own analysis and documents, searched through the application's own
 * query understanding, query building and fallbacks ({@link Retrieval}), and scored next to two
 * baselines built with Lucene in the same run: BM25 over character bigrams alone and over words
 * alone, each a plain OR of the query's terms over title and body.
 */
public final class Relevance {

  /** The systems compared. */
  public enum System {
    GONGKAI,
    BIGRAM_BM25,
    WORD_BM25
  }

  /** A judged query. */
  public record Judged(
      String id, String kind, String q, String split, Map<String, Integer> grades) {}

  /** The measures of one query under one system. */
  public record Scores(double ndcg, double recall, double success) {}

  /** Mean measures of a group of queries. */
  public record Means(int queries, double ndcg, double recall, double success) {}

  private static final int K = 10;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final List<String> ids = new ArrayList<>();
  private final List<Judged> queries;
  private final IndexSearcher app;
  private final IndexSearcher bigrams;
  private final IndexSearcher words;
  private final SearchQueries understanding = SearchQueries.builtIn();
  private final Spelling spelling = new Spelling();

  public Relevance() throws IOException {
    this.queries = judged();
    List<JsonObject> pages = pages();
    this.app = index(Analysis.INDEXING, pages, true);
    this.bigrams = index(Analysis.BIGRAMS, pages, false);
    this.words = index(Analysis.WORDS, pages, false);
  }

  public List<Judged> queries() {
    return queries;
  }

  public int documents() {
    return ids.size();
  }

  /** The ids of the first ten results of a system. */
  public List<String> top(System system, String q) throws IOException {
    ScoreDoc[] docs =
        switch (system) {
          case GONGKAI -> gongkai(q);
          case BIGRAM_BM25 -> plain(bigrams, Analysis.BIGRAMS, q);
          case WORD_BM25 -> plain(words, Analysis.WORDS, q);
        };
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : docs) {
      out.add(
          ids.get(Integer.parseInt(searcherOf(system).storedFields().document(d.doc).get("n"))));
    }
    return out;
  }

  private IndexSearcher searcherOf(System system) {
    return switch (system) {
      case GONGKAI -> app;
      case BIGRAM_BM25 -> bigrams;
      case WORD_BM25 -> words;
    };
  }

  private ScoreDoc[] gongkai(String q) {
    QueryText typed = understanding.understand(q);
    Query filter = SearchQueries.visibleAt(Instant.now());
    ScoreDoc[] found =
        Retrieval.answer(
            Retrieval.plans(
                understanding, spelling, app, typed, filter, Retrieval.Ranking.RELEVANCE),
            p ->
                top(
                    new BooleanQuery.Builder()
                        .add(p.query(), Occur.MUST)
                        .add(filter, Occur.FILTER)
                        .build()),
            docs -> docs.length);
    return found == null ? new ScoreDoc[0] : found;
  }

  private ScoreDoc[] top(Query query) {
    try {
      return app.search(query, K).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ScoreDoc[] plain(IndexSearcher searcher, Analyzer analyzer, String q)
      throws IOException {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : List.of("title", "body")) {
      Query terms = builder.createBooleanQuery(field, Analysis.fold(q), Occur.SHOULD);
      if (terms != null) {
        b.add(terms, Occur.SHOULD);
      }
    }
    return searcher.search(b.build(), K).scoreDocs;
  }

  /** nDCG@10 (gain 2^g − 1), recall@10 of pages graded 1 or more, success@1 (top graded 2+). */
  public Scores score(Judged j, List<String> top) {
    if (j.grades().values().stream().noneMatch(g -> g > 0)) {
      double none = top.isEmpty() ? 1 : 0;
      return new Scores(none, none, none);
    }
    double dcg = 0;
    int found = 0;
    for (int i = 0; i < top.size(); i++) {
      int g = j.grades().getOrDefault(top.get(i), 0);
      dcg += (Math.pow(2, g) - 1) / (Math.log(i + 2) / Math.log(2));
      found += g > 0 ? 1 : 0;
    }
    List<Integer> ideal =
        j.grades().values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(K, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    double recall = (double) found / Math.min(K, ideal.size());
    double success = !top.isEmpty() && j.grades().getOrDefault(top.get(0), 0) >= 2 ? 1 : 0;
    return new Scores(dcg / idcg, Math.min(1, recall), success);
  }

  /** Mean measures per kind (and "all") of the queries of a split, for one system. */
  public Map<String, Means> means(System system, String split) throws IOException {
    Map<String, List<Scores>> byKind = new TreeMap<>();
    for (Judged j : queries) {
      if (split != null && !split.equals(j.split())) {
        continue;
      }
      Scores s = score(j, top(system, j.q()));
      byKind.computeIfAbsent(j.kind(), k -> new ArrayList<>()).add(s);
      byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(s);
    }
    Map<String, Means> out = new LinkedHashMap<>();
    byKind.forEach(
        (kind, list) ->
            out.put(
                kind,
                new Means(
                    list.size(),
                    list.stream().mapToDouble(Scores::ndcg).average().orElse(0),
                    list.stream().mapToDouble(Scores::recall).average().orElse(0),
                    list.stream().mapToDouble(Scores::success).average().orElse(0))));
    return out;
  }

  /** The table the benchmark prints: one row per kind, each system's nDCG, recall and success. */
  public String report(String split) throws IOException {
    Map<System, Map<String, Means>> all = new LinkedHashMap<>();
    for (System s : System.values()) {
      all.put(s, means(s, split));
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "relevance (%s queries, %d documents): nDCG@10 / recall@10 / success@1%n",
            split == null ? "all" : split, documents()));
    out.append(
        String.format(
            "%-12s %3s  %-20s %-20s %-20s%n", "kind", "n", "Gongkai", "bigram BM25", "word BM25"));
    for (String kind : all.get(System.GONGKAI).keySet()) {
      out.append(String.format("%-12s %3d ", kind, all.get(System.GONGKAI).get(kind).queries()));
      for (System s : System.values()) {
        Means m = all.get(s).get(kind);
        out.append(String.format(" %.2f / %.2f / %.2f  ", m.ndcg(), m.recall(), m.success()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private IndexSearcher index(Analyzer analyzer, List<JsonObject> pages, boolean application)
      throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int n = 0; n < pages.size(); n++) {
        JsonObject p = pages.get(n);
        String title = p.getString("title");
        String body = Jsoup.parse(p.getString("body", "")).text();
        Document doc;
        if (application) {
          doc = Fields.document(indexable(n, p, title, body));
        } else {
          doc = new Document();
          doc.add(new TextField("title", title, Field.Store.NO));
          doc.add(new TextField("body", body, Field.Store.NO));
        }
        doc.add(new StoredField("n", Integer.toString(n)));
        w.addDocument(doc);
      }
    }
    return new IndexSearcher(DirectoryReader.open(dir));
  }

  private Indexable indexable(int n, JsonObject p, String title, String body) {
    if (ids.size() == n) {
      ids.add(p.getString("externalId"));
    }
    return new Indexable(
        Indexable.ITEM,
        n + 1L,
        1L,
        List.of(1L),
        title,
        body,
        null,
        published(p),
        null,
        null,
        null,
        null,
        p.getString("indexNumber", null),
        p.getString("documentNumber", null),
        null,
        null);
  }

  private static Instant published(JsonObject p) {
    String at = p.getString("publishedAt", "2020-01-01");
    return LocalDate.parse(at.substring(0, 10)).atStartOfDay(CHINA).toInstant();
  }

  private static List<JsonObject> pages() {
    List<JsonObject> out = new ArrayList<>();
    for (String line : resource("/relevance/items.ndjson").split("\n")) {
      if (!line.isBlank()) {
        try (JsonReader r = Json.createReader(new StringReader(line))) {
          out.add(r.readObject());
        }
      }
    }
    return out;
  }

  /**
   * The first judged set (split dev or heldout), the second written later (split fresh), the third
   * written after the second had been used to find faults (split final), and the held-out set
   * written after all three had been used (split holdout), measured once.
   */
  private static List<Judged> judged() {
    List<Judged> out = new ArrayList<>();
    judged("/relevance/queries.json", out);
    judged("/relevance/queries-fresh.json", out);
    judged("/relevance/queries-final.json", out);
    judged("/relevance/queries-holdout.json", out);
    judged("/relevance/queries-unseen.json", out);
    judged("/relevance/queries-sixth.json", out);
    judged("/relevance/queries-seventh.json", out);
    judged("/relevance/queries-eighth.json", out);
    judged("/relevance/queries-ninth.json", out);
    judged("/relevance/queries-tenth.json", out);
    judged("/relevance/queries-eleventh.json", out);
    judged("/relevance/queries-twelfth.json", out);
    judged("/relevance/queries-thirteenth.json", out);
    judged("/relevance/queries-fourteenth.json", out);
    judged("/relevance/queries-fifteenth.json", out);
    judged("/relevance/queries-sixteenth.json", out);
    judged("/relevance/queries-seventeenth.json", out);
    judged("/relevance/queries-eighteenth.json", out);
    judged("/relevance/queries-nineteenth.json", out);
    judged("/relevance/queries-twentieth.json", out);
    judged("/relevance/queries-twenty-first.json", out);
    judged("/relevance/queries-twenty-second.json", out);
    return out;
  }

  private static void judged(String resource, List<Judged> out) {
    try (JsonReader r = Json.createReader(new StringReader(resource(resource)))) {
      for (JsonValue v : r.readArray()) {
        JsonObject q = v.asJsonObject();
        Map<String, Integer> grades = new LinkedHashMap<>();
        q.getJsonObject("judgments")
            .forEach((id, g) -> grades.put(id, ((jakarta.json.JsonNumber) g).intValue()));
        out.add(
            new Judged(
                q.getString("id"),
                q.getString("kind"),
                q.getString("q"),
                q.getString("split"),
                grades));
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = Relevance.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
