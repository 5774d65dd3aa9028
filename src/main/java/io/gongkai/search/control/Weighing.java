package io.gongkai.search.control;

import io.gongkai.search.control.SearchQueries.Strictness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
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
   * Pages that lack at most half of the query's weight, whichever half: the greedy choice of {@link
   * #markOptional} always keeps the rarest chunk, so a page about the same subject in another place
   * (地质灾害应急预案 of another county, for 册亨县地质灾害应急预案) is found only when a choice that drops the name
   * is tried too. One choice starts from each chunk; their union is a filter, the query's own
   * clauses score. Null when there is only the greedy choice.
   */
  static Query anyHalf(List<Weighed> weighed) {
    double total = weighed.stream().mapToDouble(w -> w.weight).sum();
    double budget = total * Strictness.RELAXED.missing;
    boolean longer = weighed.stream().anyMatch(w -> !w.single);
    java.util.Set<java.util.Set<Integer>> choices = new java.util.LinkedHashSet<>();
    List<Integer> lightest = new ArrayList<>();
    for (int i = 0; i < weighed.size(); i++) {
      lightest.add(i);
    }
    lightest.sort(Comparator.comparingDouble(i -> weighed.get(i).weight));
    for (int first = 0; first < weighed.size(); first++) {
      if (weighed.get(first).weight > budget
          || weighed.get(first).absent
          || (weighed.get(first).single && longer)) {
        continue;
      }
      java.util.Set<Integer> dropped = new java.util.TreeSet<>(List.of(first));
      double left = budget - weighed.get(first).weight;
      for (int i : lightest) {
        boolean free = weighed.get(i).single && longer;
        if (!free
            && !weighed.get(i).absent
            && !dropped.contains(i)
            && weighed.get(i).weight <= left
            && dropped.size() + 1 < weighed.size()) {
          dropped.add(i);
          left -= weighed.get(i).weight;
        }
      }
      choices.add(dropped);
    }
    if (choices.size() < 2) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (java.util.Set<Integer> dropped : choices) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (int i = 0; i < weighed.size(); i++) {
        if (!dropped.contains(i) && !(weighed.get(i).single && longer)) {
          all.add(weighed.get(i).query(), Occur.FILTER);
        }
      }
      any.add(all.build(), Occur.SHOULD);
    }
    return any.build();
  }

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
