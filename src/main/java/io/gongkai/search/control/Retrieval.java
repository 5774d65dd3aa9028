package io.gongkai.search.control;

import io.gongkai.search.control.SearchQueries.Strictness;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The ways a query is answered, in order, the first that finds something winning: as typed; as the
 * spelling correction reads it ("已显示 … 的结果"); relaxed, when a match may lack half of the query's
 * weight instead of a quarter ("没有完全匹配的结果，以下为部分匹配"). Later ways are only built when the earlier
 * ones found nothing, so an ordinary search costs one query.
 */
public final class Retrieval {

  private Retrieval() {}

  /**
   * One way of answering: the scoring query, and what the answer must tell the user. A ranked plan
   * is relaxed when its best score shows that nothing matched strictly.
   */
  public record Plan(Query query, boolean relaxed, String correctedQuery, boolean ranked) {

    public boolean relaxedGiven(float topScore) {
      return relaxed || (ranked && topScore < SearchQueries.STRICT_SCORE);
    }
  }

  /** Whether the results are ranked by relevance (partial matches after full ones) or by date. */
  public enum Ranking {
    RELEVANCE,
    DATE
  }

  /** The plans for a query under a filter; an empty query browses everything. */
  public static List<Supplier<Plan>> plans(
      SearchQueries queries,
      Spelling spelling,
      IndexSearcher searcher,
      QueryText typed,
      Query filter,
      Ranking ranking) {
    List<Supplier<Plan>> plans = new ArrayList<>();
    if (typed.shown().isEmpty()) {
      plans.add(() -> new Plan(new MatchAllDocsQuery(), false, null, false));
      return plans;
    }
    var reader = searcher.getIndexReader();
    Strictness first = ranking == Ranking.RELEVANCE ? Strictness.RANKED : Strictness.STRICT;
    boolean ranked = first == Strictness.RANKED && typed.chunks().size() > 2;
    plans.add(() -> new Plan(queries.text(typed, reader, first), false, null, ranked));
    plans.add(
        () ->
            spelling
                .didYouMean(searcher, typed, filter, queries)
                .map(c -> new Plan(queries.text(c, reader, first), false, c, false))
                .orElse(null));
    if (typed.chunks().size() > 1) {
      plans.add(() -> new Plan(queries.text(typed, reader, Strictness.RELAXED), true, null, false));
    }
    return plans;
  }
}
