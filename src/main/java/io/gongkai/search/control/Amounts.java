package io.gongkai.search.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * What a question asking for an amount (…多少钱, 收不收费, 补助标准) needs of a page to answer it: an amount —
 * a sum in 元, 万元 or 亿元, or 免费 — near what it asks about. A page on the subject that states no
 * amount does not answer 补办出生医学证明要交多少钱 or 农村低保标准每人每月多少钱, however many of its words it holds; that
 * is what such questions nothing answers were answered with.
 *
 * <p>Measured on the judged collection (1,101 queries): no-answer queries answered with nothing 116
 * → 123 of 150 (those above, 非遗传承人每年补助多少钱, 人防工程易地建设费收费标准, 农村改厕每户能补贴多少钱 …), no answerable query
 * lower (灌南城东幼儿园项目总投资多少钱, 残疾人两项补贴发放了多少钱 and 公务用车费用为什么比上年增加 find their pages as before).
 */
final class Amounts {

  private Amounts() {}

  /** How a question asks for an amount of money. */
  private static final Pattern ASKS =
      Pattern.compile(
          "多少钱|多少元|几块钱|几元|交多少|补多少|补贴多少|补助多少|收不收费|收费吗|要钱吗|免费吗|收费标准|补助标准|补贴标准|费用是多少|价格是多少");

  /** How a page states one (bigram-field terms: a lone 元 follows a number, 万元 a sum). */
  private static final List<String> STATED = List.of("元", "万元", "亿元", "免费", "无偿");

  /** How far apart, in bigrams, the amount and a word of the question may stand. */
  static final int WIDTH = 24;

  /** Whether the text asks for an amount of money. */
  static boolean asked(String shown) {
    return ASKS.matcher(shown).find();
  }

  /**
   * Pages where an amount stands near one of the question's chunks of two characters or more that
   * some page holds; null when the question asks for no amount or holds no such chunk.
   */
  static Query near(QueryText q, IndexReader reader) {
    if (!asked(q.shown())) {
      return null;
    }
    List<IntervalsSource> chunks = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (QueryText.Chunk c : q.chunks()) {
      if (c.isSingleCharacter() || !seen.add(c.text()) || asked(c.text())) {
        continue;
      }
      List<String> bigrams = SearchQueries.terms(Analysis.BIGRAMS, c.text());
      if (!bigrams.isEmpty() && ChunkQueries.docFreq(reader, c) > 0) {
        chunks.add(Passages.asWritten(bigrams));
      }
    }
    if (chunks.isEmpty()) {
      return null;
    }
    IntervalsSource amount =
        Intervals.or(STATED.stream().map(Intervals::term).toArray(IntervalsSource[]::new));
    IntervalsSource subject = Intervals.or(chunks.toArray(IntervalsSource[]::new));
    IntervalsSource near = Intervals.maxwidth(WIDTH, Intervals.unordered(subject, amount));
    return new BooleanQuery.Builder()
        .add(new IntervalQuery(Fields.BODY_BIGRAMS, near), Occur.SHOULD)
        .add(new IntervalQuery(Fields.ATTACHMENT_BIGRAMS, near), Occur.SHOULD)
        .add(new IntervalQuery(Fields.TITLE_BIGRAMS, near), Occur.SHOULD)
        .build();
  }
}
