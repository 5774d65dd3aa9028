package io.gongkai.search.control;

import io.gongkai.search.control.SearchQueries.Strictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The ways a query is answered, in order, the first that finds something winning: as typed; as the
 * spelling correction reads it ("已显示 … 的结果"); relaxed, when a match may lack half of the query's
 * weight instead of a quarter ("没有完全匹配的结果，以下为部分匹配"); for a description, as the passages where most
 * of it stands together ({@link Passages}, relaxed too). Later ways are only built when the earlier
 * ones found nothing, so an ordinary search costs one query.
 */
public final class Retrieval {

  private Retrieval() {}

  /**
   * One way of answering: the scoring query, what the answer must tell the user, the plan to run
   * when it finds only a few, and how its first results are fused with plain bigram BM25 ({@link
   * Fusion}; null, or a function answering null: they are not).
   */
  public record Plan(
      Query query,
      boolean relaxed,
      String correctedQuery,
      Supplier<Plan> wider,
      Function<Query, Fusion.Window> fusion) {

    Fusion.Window window() {
      return fusion == null ? null : fusion.apply(query);
    }

    Plan with(Query fused) {
      return new Plan(fused, relaxed, correctedQuery, null, null);
    }
  }

  /** Fewer hits than this, and a plan that can widen does: the page is filled with near matches. */
  static final int FILL = 10;

  /**
   * A plan whose own matches are more than this is not fused: its query costs most where it matches
   * most pages, and fusing runs it twice more (its first results, then the fused query). Measured
   * at 200,000 items: fusing every query raised the HTTP p50 by half, and a bound of 1,000 still by
   * a quarter (茅山镇 防汛抗旱, 793 matches at 100,000 items: 6 ms unfused, 30 ms fused).
   */
  static final int FUSE_MAX = 200;

  /**
   * Runs the plans in order until one finds something, widening a plan that found only a few and
   * fusing the first results of the one that answers when it found no more than {@link #FUSE_MAX};
   * returns that answer, or the first one (which found nothing, as every other did: an empty answer
   * is neither relaxed nor corrected). A plan Lucene refuses as too large (more nested clauses than
   * it allows: two large synonym groups in one query) is passed over, a widening or fusing refused
   * so keeps the answer it would have changed, and when every plan is refused the answer is empty:
   * never an error for the user.
   */
  public static <R> R answer(
      List<Supplier<Plan>> plans, Function<Plan, R> run, ToLongFunction<R> total) {
    R result = null;
    for (Supplier<Plan> plan : plans) {
      Plan p = unlessTooLarge(plan);
      R answered = p == null ? null : unlessTooLarge(() -> run.apply(p));
      if (answered == null) {
        continue;
      }
      Plan answering = p;
      long found = total.applyAsLong(answered);
      // when no way finds anything, the answer is the query's own: not relaxed, not corrected
      if (result == null || found > 0) {
        result = answered;
      }
      if (found > 0 && found < FILL && p.wider() != null) {
        Plan wider = unlessTooLarge(p.wider());
        R widened = wider == null ? null : unlessTooLarge(() -> run.apply(wider));
        // a widening that finds fewer than the plan it widens (its bound is not always looser)
        // keeps the plan's answer
        long foundWider = widened == null ? -1 : total.applyAsLong(widened);
        if (foundWider >= found) {
          answering = wider;
          result = widened;
          found = foundWider;
        }
      }
      if (found > 0) {
        Plan fusing = answering;
        Fusion.Window w = found <= FUSE_MAX ? unlessTooLarge(fusing::window) : null;
        R fused =
            w == null || w.query() == fusing.query()
                ? null
                : unlessTooLarge(() -> run.apply(fusing.with(w.query())));
        return fused == null ? result : fused;
      }
    }
    return result != null
        ? result
        : run.apply(new Plan(new MatchNoDocsQuery(), false, null, null, null));
  }

  /** What the supplier gives, or null when Lucene refused a query of it as too large. */
  private static <T> T unlessTooLarge(Supplier<T> supplier) {
    try {
      return supplier.get();
    } catch (IndexSearcher.TooManyClauses tooLarge) {
      return null;
    }
  }

  /** Whether the results are ranked by relevance (partial matches after full ones) or by date. */
  public enum Ranking {
    RELEVANCE,
    DATE
  }

  /** The query as typed, neither corrected nor widened, for {@code exact=true}. */
  public static List<Supplier<Plan>> asTyped(
      SearchQueries queries, IndexSearcher searcher, QueryText typed, Ranking ranking) {
    if (typed.shown().isEmpty()) {
      return List.of(() -> plan(new MatchAllDocsQuery(), null));
    }
    IndexReader reader = searcher.getIndexReader();
    return List.of(
        () ->
            ranking == Ranking.DATE
                ? plan(queries.text(typed, reader, Strictness.STRICT), null)
                : plan(queries.text(typed, reader, Strictness.RANKED), null));
  }

  private static Plan plan(Query query, String corrected) {
    return new Plan(query, false, corrected, null, null);
  }

  /**
   * Ranked by relevance and fused ({@code fusion}); a long query that finds few is widened to pages
   * lacking any half.
   */
  private static Plan ranked(
      SearchQueries queries,
      IndexReader reader,
      QueryText q,
      String corrected,
      Function<Query, Fusion.Window> fusion) {
    Supplier<Plan> wider =
        q.chunks().size() > 2
            ? () -> new Plan(queries.wideThenLoose(q, reader), false, corrected, null, fusion)
            : null;
    return new Plan(queries.text(q, reader, Strictness.RANKED), false, corrected, wider, fusion);
  }

  /**
   * The query as typed, unless a word of it is unknown, nothing matches all of it, and swapping
   * characters of that word for others makes a query that does: then the swap is what the user
   * meant (防汛应急预按 finds pages on 防汛 and 应急 alone, 防汛应急预案 finds the plans).
   */
  private static Plan firstRanked(
      SearchQueries queries,
      Spelling spelling,
      IndexSearcher searcher,
      QueryText typed,
      Query filter,
      Function<Query, Fusion.Window> fusion) {
    IndexReader reader = searcher.getIndexReader();
    if (spelling.suspect(reader, typed) && !findsAll(queries, searcher, typed, filter)) {
      var swap = spelling.substitution(searcher, typed, filter, queries);
      if (swap.isPresent()) {
        return ranked(queries, reader, queries.understand(swap.get()), swap.get(), fusion);
      }
    }
    return ranked(queries, reader, typed, null, fusion);
  }

  private static boolean findsAll(
      SearchQueries queries, IndexSearcher searcher, QueryText typed, Query filter) {
    try {
      Query strict =
          SearchQueries.filtered(
              queries.text(typed, searcher.getIndexReader(), Strictness.ALL), filter);
      return Matches.any(searcher, strict);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plan with its query (and its widening's) held to the pages {@code needed} also finds. */
  private static Plan needing(Plan p, Query needed) {
    if (p == null) {
      return null;
    }
    Supplier<Plan> wider = p.wider();
    return new Plan(
        SearchQueries.filtered(p.query(), needed),
        p.relaxed(),
        p.correctedQuery(),
        wider == null ? null : () -> needing(wider.get(), needed),
        p.fusion());
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
      plans.add(() -> plan(new MatchAllDocsQuery(), null));
      return plans;
    }
    var reader = searcher.getIndexReader();
    boolean long_ = typed.chunks().size() > 2;
    Query amount = Amounts.near(typed, reader);
    Query fusing = amount == null ? filter : SearchQueries.filtered(filter, amount);
    Function<Query, Fusion.Window> fusion = q -> Fusion.of(searcher, q, fusing, typed, queries);
    if (ranking == Ranking.DATE) {
      plans.add(() -> plan(queries.text(typed, reader, Strictness.STRICT), null));
    } else {
      plans.add(() -> firstRanked(queries, spelling, searcher, typed, filter, fusion));
    }
    plans.add(
        () ->
            spelling
                .didYouMean(searcher, typed, filter, queries)
                .map(
                    c ->
                        ranking == Ranking.DATE
                            ? plan(queries.text(c, reader, Strictness.STRICT), c)
                            : ranked(queries, reader, queries.understand(c), c, fusion))
                .orElse(null));
    if (typed.chunks().size() > 1) {
      Strictness last =
          long_ && ranking == Ranking.RELEVANCE ? Strictness.WIDE : Strictness.RELAXED;
      plans.add(
          () ->
              new Plan(
                  last == Strictness.WIDE
                      ? queries.wideThenLoose(typed, reader)
                      : queries.text(typed, reader, last),
                  true,
                  null,
                  null,
                  ranking == Ranking.RELEVANCE ? fusion : null));
    }
    if (long_ && ranking == Ranking.RELEVANCE) {
      // a description whose wording no page holds: pages where the rest of it stands together
      plans.add(
          () -> {
            Query passage = Passages.of(typed, reader);
            return passage == null ? null : new Plan(passage, true, null, null, null);
          });
    }
    if (amount == null) {
      return plans;
    }
    // a question asking for an amount is answered only by pages stating one near its subject
    List<Supplier<Plan>> needing = new ArrayList<>();
    for (Supplier<Plan> plan : plans) {
      needing.add(() -> needing(plan.get(), amount));
    }
    return needing;
  }
}
