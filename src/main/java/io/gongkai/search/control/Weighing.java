package io.gongkai.search.control;

import io.gongkai.search.control.SearchQueries.Strictness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.sandbox.search.CoveringQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Which chunks of a query a match may lack: the commonest, while their weight (IDF) together stays
 * within what the strictness lets go missing. Rare chunks — names, specific terms — are required;
 * common ones — 工作, 情况, 通知 — are optional in a long query.
 */
final class Weighing {

  private Weighing() {}

  /** All the chunks a match must have under the flags set last, as a filter. */
  static Query required(List<Weighed> weighed) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int n = 0;
    for (Weighed w : weighed) {
      if (!w.optional) {
        all.add(w.query(), Occur.FILTER);
        n++;
      }
    }
    return new ConstantScoreQuery(n == 0 ? new MatchAllDocsQuery() : all.build());
  }

  /**
   * What a strict match has that a relaxed one may lack: the chunks optional when relaxed but not
   * when strict, all present. Null when there are none (strict and relaxed are the same).
   */
  static Query strictBonus(List<Weighed> weighed) {
    List<Weighed> strict =
        weighed.stream()
            .map(w -> new Weighed(w.query(), w.weight, w.single, w.absent, w.wording))
            .toList();
    markOptional(strict, Strictness.STRICT);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int differ = 0;
    for (int i = 0; i < weighed.size(); i++) {
      if (weighed.get(i).optional && !strict.get(i).optional) {
        all.add(weighed.get(i).query(), Occur.FILTER);
        differ++;
      }
    }
    // with nothing to tell apart, every match is strict: the bonus still marks it so
    return new ConstantScoreQuery(differ == 0 ? new MatchAllDocsQuery() : all.build());
  }

  /**
   * Pages that lack at most half of the query's weight, whichever half: a page about the same
   * subject in another place (地质灾害应急预案 of another county, for 册亨县地质灾害应急预案) lacks the rarest chunk,
   * the name, and a page that words a plan's clause otherwise (居民聚集区 for 居民区, with 优先 elsewhere)
   * lacks two rare ones at once. Each chunk that can be required counts by its weight, in steps of
   * a quarter ({@link #STEPS}): Lucene's {@link CoveringQuery} counts matching clauses, so a chunk
   * is a clause that many times (a rare chunk's copies cost little: its postings are short). A
   * single character beside longer chunks neither counts nor is needed; an absent word is needed.
   * Null for fewer than three chunks that count: the query's own strictness is as wide as they go.
   *
   * <p>Measured on the judged collection (844 queries), against the union of greedy choices (one
   * from each chunk) it replaced: topics 0.822 → 0.849 nDCG@10, no-answer queries answered with
   * nothing 78 → 82 of 105, questions 0.894 → 0.892, agency names 0.903 → 0.895. Its cost, the 844
   * queries each run through every plan on the collection copied 200 times (58,000 pages): a median
   * of 8.2–8.7 ms a query against 8.2 ms before, 13.0–13.3 s for all against 10.6 s — the
   * descriptions that found nothing and now find pages are fused as well (two searches more).
   */
  static Query anyHalf(List<Weighed> weighed) {
    boolean longer = weighed.stream().anyMatch(w -> !w.single);
    List<Weighed> optional = new ArrayList<>();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    long total = 0;
    long needed = 0;
    int counted = 0;
    for (Weighed w : weighed) {
      if (w.single && longer) {
        continue;
      }
      total += steps(w);
      counted++;
      if (w.absent) {
        all.add(w.query(), Occur.FILTER);
        needed -= steps(w);
      } else {
        optional.add(w);
      }
    }
    if (counted < 3) {
      return null;
    }
    needed += (long) Math.ceil(total * (1 - Strictness.RELAXED.missing));
    if (needed > 0) {
      List<Query> copies = new ArrayList<>();
      for (Weighed w : optional) {
        for (int i = 0; i < steps(w); i++) {
          copies.add(w.query());
        }
      }
      all.add(new CoveringQuery(copies, LongValuesSource.constant(needed)), Occur.FILTER);
    }
    return all.build();
  }

  private static long steps(Weighed w) {
    return Math.max(1, Math.round(w.weight * STEPS));
  }

  /** A chunk's weight counts in these steps of one (IDF is a few units at most). */
  static final int STEPS = 4;

  /**
   * A chunk's query and its weight; {@code optional} when a match may lack it. {@code absent}: a
   * dictionary word that no document holds (公租房 in a collection that never mentions it) — the query
   * is about something nobody published, so pages with only its other words (申请条件) do not answer
   * it, and it is never made optional.
   */
  static final class Weighed {
    private final Query query;
    private final double weight;
    private final boolean single;
    private final boolean absent;
    private final boolean wording;
    private boolean optional;

    Weighed(Query query, double weight, boolean single) {
      this(query, weight, single, false, false);
    }

    /** {@code wording}: an absent word in Chinese, which {@link #held} may leave out. */
    Weighed(Query query, double weight, boolean single, boolean absent, boolean wording) {
      this.query = query;
      this.weight = weight;
      this.single = single;
      this.absent = absent;
      this.wording = wording;
    }

    Query query() {
      return query;
    }

    boolean optional() {
      return optional;
    }
  }

  /**
   * The chunks but the user's own wording, when at least {@link #DESCRIBED} of them are left; else
   * all of them. A long description's Chinese words that no page holds (县里, 市里, 孩子, 整年) are mostly
   * the user's wording, not the subject: as the widest way of answering it, the rest decide. Digits
   * and letters no page holds are kept: they are a number's parts (a 索引号 typed whole).
   */
  static List<Weighed> held(List<Weighed> weighed) {
    List<Weighed> held = weighed.stream().filter(w -> !w.wording).toList();
    return held.size() >= DESCRIBED ? new ArrayList<>(held) : weighed;
  }

  /** Chunks a description must keep, once those no page holds are left out ({@link #held}). */
  static final int DESCRIBED = 3;

  /**
   * Marks the commonest chunks optional while their weight together stays within what the
   * strictness lets go missing; two chunks or fewer are all required when strict. A single
   * character is never required beside longer chunks: alone it says little (的, 县, 证, 钱 …).
   */
  static void markOptional(List<Weighed> weighed, Strictness strictness) {
    double total = weighed.stream().mapToDouble(w -> w.weight).sum();
    double budget = total * strictness.missing;
    boolean longer = weighed.stream().anyMatch(w -> !w.single);
    for (Weighed w : weighed) {
      w.optional = w.single && longer;
    }
    if (weighed.size() <= 2 && strictness == Strictness.STRICT) {
      return;
    }
    List<Weighed> lightest = new ArrayList<>(weighed);
    lightest.sort(Comparator.comparingDouble(w -> w.weight));
    lightest.removeIf(w -> w.optional || w.absent);
    for (Weighed w : lightest.subList(0, Math.max(0, lightest.size() - 1))) {
      if (w.weight > budget) {
        break;
      }
      w.optional = true;
      budget -= w.weight;
    }
  }
}
