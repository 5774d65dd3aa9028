package io.gongkai.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * The first results of a query of several words, as two rankings agree on them: the query's own
 * (its words, which must mostly all be there) and plain BM25 over the bigrams of the text as typed
 * (which forgives a page that says a word differently, 开支 for 支出). Each page gets {@code 1 / (60 +
 * rank)} from each ranking it is in, among the first {@link #WINDOW} of each (reciprocal rank
 * fusion, Cormack, Clarke and Büttcher 2009); the fused pages come first, in that order, and every
 * other match of the query follows in its own order.
 *
 * <p>Measured on the judged collection (389 queries): topics 0.72 → 0.78 nDCG@10, questions 0.78 →
 * 0.81, typos 0.83 → 0.88, nothing lower. It only joins a query that found something: a query
 * nothing answers still answers nothing. It stays out of the way where the query's own ranking
 * knows better than bigrams: a single word, and a 文号 or 索引号 found as such. A name the synonym list
 * knows (环保局, 非遗) is not left to bigrams: the bigram ranking only holds pages that name it in one
 * of its names, and ranks them by the rest of the text (see {@link #bm25}).
 */
final class Fusion {

  /** How many of each ranking's first results are fused. */
  static final int WINDOW = 20;

  /** The usual constant of reciprocal rank fusion: how slowly a rank's share falls. */
  private static final int K = 60;

  /** Brings the query's own scores (up to a few thousand) below any fused page's. */
  private static final float REST = 1e-9f;

  private Fusion() {}

  /**
   * A query's matches counted among its first results, and the query that ranks them fused ({@code
   * query} itself when it found nothing).
   */
  record Window(Query query, long found) {}

  /**
   * The query fused, with how many of its first pages the query itself found (at most the window);
   * null when fusing does not apply to the text.
   */
  static Window of(
      IndexSearcher searcher, Query query, Query filter, QueryText typed, SearchQueries queries) {
    List<Synonyms.Occurrence> names = queries.synonymsIn(typed);
    if (!applies(searcher, typed, names, queries)) {
      return null;
    }
    try {
      // counting stops at the window, so both searches may skip whole blocks of pages (WAND)
      TopDocs own = searcher.search(SearchQueries.filtered(query, filter), firstResults());
      if (own.scoreDocs.length == 0) {
        return new Window(query, 0);
      }
      Query plain = bm25(typed, names);
      if (plain == null) {
        return null;
      }
      ScoreDoc[] bigrams =
          searcher.search(SearchQueries.filtered(plain, filter), firstResults()).scoreDocs;
      Map<Integer, Double> fused = new TreeMap<>();
      add(fused, own.scoreDocs, OWN_WEIGHT);
      add(fused, bigrams, 1.0);
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (Map.Entry<Integer, Double> e : fused.entrySet()) {
        BytesRef key = key(leaves, e.getKey());
        if (key != null) {
          Query page = new TermQuery(new Term(Fields.KEY, key));
          b.add(
              new BoostQuery(new ConstantScoreQuery(page), (float) (1 + e.getValue())),
              Occur.SHOULD);
        }
      }
      b.add(new BoostQuery(query, REST), Occur.SHOULD);
      return new Window(b.build(), own.totalHits.value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@link #WINDOW} results, counted only as far as the window. */
  private static TopScoreDocCollectorManager firstResults() {
    return new TopScoreDocCollectorManager(WINDOW, null, WINDOW);
  }

  /**
   * A page's key, read from its own segment (a key lookup across the whole index would first map
   * every segment's keys to each other).
   */
  private static BytesRef key(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues keys = leaf.reader().getSortedDocValues(Fields.KEY);
    return keys != null && keys.advanceExact(doc - leaf.docBase)
        ? BytesRef.deepCopyOf(keys.lookupOrd(keys.ordValue()))
        : null;
  }

  private static boolean applies(
      IndexSearcher searcher,
      QueryText typed,
      List<Synonyms.Occurrence> names,
      SearchQueries queries) {
    if (typed.chunks().size() < 2 || besideNames(typed, names) < DESCRIBED_BESIDE_NAMES) {
      return false;
    }
    Query number = queries.number(typed);
    try {
      return number == null || !Matches.any(searcher, number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The query's own ranking weighs a hair more, so that where the two rankings swap two pages (a
   * title match first by the words, a short body first by bigrams) the words' order stands instead
   * of a tie.
   */
  private static final double OWN_WEIGHT = 1.001;

  private static void add(Map<Integer, Double> fused, ScoreDoc[] ranking, double weight) {
    for (int rank = 0; rank < ranking.length; rank++) {
      fused.merge(ranking[rank].doc, weight / (K + rank + 1), Double::sum);
    }
  }

  /**
   * A query that names something the synonym list knows is fused only when it says this many chunks
   * more: 工商局 决算公开 looks up the agency's own page, which the query's own ranking finds by any of
   * the agency's names, while bigrams would rank other pages that share the rest of its words; a
   * description (申请公开政府信息 补正告知书 延期答复 文书格式) gains the pages that say it otherwise. Measured on the
   * judged collection (742 queries), fusing those with a name: topics 0.834 → 0.846, questions
   * 0.871 → 0.880; from two chunks more, agency names fell 0.897 → 0.888, from three they hold
   * (0.896).
   */
  static final int DESCRIBED_BESIDE_NAMES = 3;

  /** The query's chunks outside the names it holds; every chunk when it names nothing. */
  static int besideNames(QueryText typed, List<Synonyms.Occurrence> names) {
    if (names.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int n = 0;
    for (QueryText.Chunk c : typed.chunks()) {
      boolean inside = false;
      for (Synonyms.Occurrence o : names) {
        inside |= c.start() < o.end() && c.end() > o.start();
      }
      n += inside ? 0 : 1;
    }
    return n;
  }

  /** Plain BM25 over the bigrams of the text as typed, in titles and bodies, any of them. */
  static Query bm25(QueryText typed) {
    return bm25(typed, List.of());
  }

  /**
   * Plain BM25 over the bigrams of the text as typed, except the names the synonym list knows:
   * those filter, in any of their names, as whole phrases. Bigrams alone would rank a page that
   * still prints an old name (工商局 决算公开: the 工商局's pages of years ago) or merely shares a part of it
   * (环保 for 环保局) above the pages of the agency as it is called now ({@link #names}). Null when
   * nothing but names is left to rank by.
   */
  static Query bm25(QueryText typed, List<Synonyms.Occurrence> names) {
    StringBuilder rest = new StringBuilder(typed.shown());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Synonyms.Occurrence name : names) {
      for (int i = name.start(); i < name.end(); i++) {
        rest.setCharAt(i, ' ');
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String member : names(name.group())) {
        Query phrase = ChunkQueries.phrase(member);
        if (phrase != null) {
          any.add(phrase, Occur.SHOULD);
        }
      }
      b.add(any.build(), Occur.FILTER);
    }
    Set<String> terms = new LinkedHashSet<>(SearchQueries.terms(Analysis.BIGRAMS, rest.toString()));
    if (terms.isEmpty()) {
      return null;
    }
    for (String field : new String[] {Fields.TITLE_BIGRAMS, Fields.BODY_BIGRAMS}) {
      for (String term : terms) {
        b.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
      }
    }
    if (!names.isEmpty()) {
      b.setMinimumNumberShouldMatch(1);
    }
    return b.build();
  }

  /**
   * The names a page may call an agency by: its group's, and its field with 部门 (商务部门, 教育部门), as
   * budgets and final accounts name an agency with the units under it (2022年度 遂宁市商务部门决算 for
   * 遂宁市商务局). The query's own ranking accepts those pages (by the agency's field); bigrams must too,
   * or fusing would rank other agencies' accounts, which name the group, above the one asked for.
   * Measured on the judged collection (1,048 queries): 遂宁市商务局 2022年度决算 0.60 → 1.00 nDCG@10, 剑阁县教育局
   * 2022年预算 0.71 → 1.00, no query lower.
   */
  static List<String> names(List<String> group) {
    List<String> out = new java.util.ArrayList<>(group);
    for (String field : SearchQueries.domains(group)) {
      out.add(field + DEPARTMENT);
    }
    return out;
  }

  /** What an agency with the units under it is called in its budgets and accounts. */
  private static final String DEPARTMENT = "部门";
}
