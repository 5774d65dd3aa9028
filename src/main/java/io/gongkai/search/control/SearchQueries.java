package io.gongkai.search.control;

import io.gongkai.search.control.QueryText.Chunk;
import io.gongkai.search.control.QueryText.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns an understood query ({@link QueryText}) into a Lucene query, without a query syntax: any
 * string is valid.
 *
 * <p>Each chunk matches as words (word fields) or as written (a bigram phrase, which also finds
 * names no dictionary knows); titles weigh more than bodies, bodies more than attachments. Chunks
 * are weighed by how rare they are (IDF). Rare chunks are required and common ones optional, so a
 * long question or topic matches pages that lack a few of its common words while a short query
 * stays strict: {@link Strictness#STRICT} lets at most a quarter of the query's weight go missing,
 * {@link Strictness#RELAXED} half — the relevance floor that keeps off-topic pages out. Adjacent
 * chunks found together and the whole query found as written score extra (proximity). Every synonym
 * variant is run too; the best variant counts. The whole query is also looked up as a 文号 or 索引号,
 * tolerant of bracket and space variants.
 */
@ApplicationScoped
public class SearchQueries {

  private static final float VARIANT_BOOST = 0.8f;
  private static final QueryBuilder WORDS = new QueryBuilder(Analysis.WORDS);
  private static final QueryBuilder BIGRAMS = new QueryBuilder(Analysis.BIGRAMS);

  /** A 文号 or 索引号 typed whole finds its document before any text match. */
  private static final float NUMBER_BOOST = 3 * 1000f;

  @Inject Synonyms synonyms;
  @Inject QuestionWords questionWords;

  /**
   * How much of a query's weight a match may lack. {@code RANKED} matches as {@code RELAXED} does
   * but ranks every {@code STRICT} match first (by {@link #STRICT_BONUS}); queries of one or two
   * chunks are matched strictly in every mode but {@code RELAXED}.
   */
  public enum Strictness {
    STRICT(0.25),
    RANKED(0.5),
    RELAXED(0.5);

    final double missing;

    Strictness(double missing) {
      this.missing = missing;
    }
  }

  /** Added to the score of a document that matches strictly, in {@link Strictness#RANKED}. */
  public static final float STRICT_BONUS = 1000f;

  /** A top score below this, in {@link Strictness#RANKED}, means nothing matched strictly. */
  public static final float STRICT_SCORE = STRICT_BONUS * VARIANT_BOOST;

  /** For use outside the server: the built-in synonym and question-word lists. */
  public static SearchQueries builtIn() {
    SearchQueries q = new SearchQueries();
    q.synonyms = Synonyms.builtIn();
    q.questionWords = QuestionWords.builtIn();
    return q;
  }

  /** The query text as searched: folded, trimmed, bounded. */
  public static String clean(String q) {
    return QueryText.clean(q);
  }

  public QueryText understand(String q) {
    return QueryText.of(q, questionWords.get());
  }

  /** The scoring query for a typed text (never empty: the caller browses instead). */
  public Query text(String q, IndexReader reader, Strictness strictness) {
    return text(understand(q), reader, strictness);
  }

  public Query text(QueryText q, IndexReader reader, Strictness strictness) {
    Query built = chunks(q, reader, strictness);
    Query words = built == null ? new MatchNoDocsQuery() : built;
    String number = Analysis.numberKey(q.shown());
    if (number == null || number.length() < 4) {
      return words;
    }
    return new BooleanQuery.Builder()
        .add(words, Occur.SHOULD)
        .add(
            new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(Fields.NUMBER, number))),
                NUMBER_BOOST),
            Occur.SHOULD)
        .build();
  }

  /**
   * The chunks of a query: rare ones required, common ones optional, proximity rewarded. Chunks
   * that spell a member of a synonym group form one unit, matched by any member of the group.
   */
  private Query chunks(QueryText q, IndexReader reader, Strictness strictness) {
    List<Chunk> chunks = q.chunks();
    if (chunks.isEmpty()) {
      return null;
    }
    boolean alone = chunks.size() == 1;
    List<Synonyms.Occurrence> occurrences = synonyms.occurrences(q.shown());
    List<Weighed> weighed = new ArrayList<>();
    for (int i = 0; i < chunks.size(); ) {
      int last = aligned(chunks, i, occurrences);
      Weighed unit =
          last < 0
              ? single(chunks.get(i), reader, alone)
              : synonymous(
                  chunks.subList(i, last + 1), occurrenceAt(chunks.get(i), occurrences), reader);
      if (unit != null) {
        weighed.add(unit);
      }
      i = last < 0 ? i + 1 : last + 1;
    }
    if (weighed.isEmpty()) {
      return null;
    }
    Strictness mode =
        strictness == Strictness.RANKED && weighed.size() <= 2 ? Strictness.STRICT : strictness;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    markOptional(weighed, mode);
    int required = 0;
    for (Weighed w : weighed) {
      b.add(w.query(), w.optional ? Occur.SHOULD : Occur.MUST);
      required += w.optional ? 0 : 1;
    }
    if (required == 0) {
      b.setMinimumNumberShouldMatch(1);
    }
    if (mode == Strictness.RANKED) {
      should(b, strictBonus(weighed), STRICT_BONUS);
    }
    for (int i = 0; i + 1 < chunks.size(); i++) {
      if (chunks.get(i).touches(chunks.get(i + 1))) {
        String pair = q.shown().substring(chunks.get(i).start(), chunks.get(i + 1).end());
        should(b, phrase(pair), 1f);
      }
    }
    if (chunks.size() > 2) {
      String all = q.shown().substring(chunks.get(0).start(), chunks.get(chunks.size() - 1).end());
      should(b, phrase(all), 2f);
    }
    return b.build();
  }

  private static Weighed single(Chunk c, IndexReader reader, boolean alone) {
    Query clause = chunk(c, alone);
    return clause == null ? null : new Weighed(clause, weight(reader, c), c.isSingleCharacter());
  }

  /** The last chunk of a synonym occurrence that starts at chunk i and ends on a chunk's end. */
  private static int aligned(List<Chunk> chunks, int i, List<Synonyms.Occurrence> occurrences) {
    Synonyms.Occurrence o = occurrenceAt(chunks.get(i), occurrences);
    if (o == null) {
      return -1;
    }
    for (int j = i; j < chunks.size() && chunks.get(j).end() <= o.end(); j++) {
      if (chunks.get(j).end() == o.end()) {
        return j;
      }
    }
    return -1;
  }

  private static Synonyms.Occurrence occurrenceAt(Chunk c, List<Synonyms.Occurrence> occurrences) {
    return occurrences.stream().filter(o -> o.start() == c.start()).findFirst().orElse(null);
  }

  /** The chunks of a synonym's occurrence as one unit: these chunks, or any other member's. */
  private Weighed synonymous(List<Chunk> chunks, Synonyms.Occurrence o, IndexReader reader) {
    List<Query> alternatives = new ArrayList<>();
    double weight = Double.MAX_VALUE;
    for (String member : o.group()) {
      List<Chunk> parts = member.equals(o.member()) ? chunks : understand(member).chunks();
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      double rarest = 0;
      for (Chunk c : parts) {
        Query clause = chunk(c, false);
        if (clause != null) {
          all.add(clause, Occur.MUST);
          rarest = Math.max(rarest, weight(reader, c));
        }
      }
      if (rarest > 0) {
        Query q = all.build();
        alternatives.add(member.equals(o.member()) ? q : new BoostQuery(q, VARIANT_BOOST));
        weight = Math.min(weight, rarest);
      }
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return new Weighed(new DisjunctionMaxQuery(alternatives, 0.1f), weight, false);
  }

  /**
   * What a strict match has that a relaxed one may lack: the chunks optional when relaxed but not
   * when strict, all present. Null when there are none (strict and relaxed are the same).
   */
  private static Query strictBonus(List<Weighed> weighed) {
    List<Weighed> strict =
        weighed.stream().map(w -> new Weighed(w.query(), w.weight, w.single)).toList();
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

  /** A chunk's query and its weight; {@code optional} when a match may lack it. */
  private static final class Weighed {
    private final Query query;
    private final double weight;
    private final boolean single;
    private boolean optional;

    Weighed(Query query, double weight, boolean single) {
      this.query = query;
      this.weight = weight;
      this.single = single;
    }

    Query query() {
      return query;
    }
  }

  /**
   * Marks the commonest chunks optional while their weight together stays within what the
   * strictness lets go missing; two chunks or fewer are all required when strict. A single
   * character is never required beside longer chunks: alone it says little (的, 县, 证, 钱 …).
   */
  private static void markOptional(List<Weighed> weighed, Strictness strictness) {
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
    lightest.removeIf(w -> w.optional);
    for (Weighed w : lightest.subList(0, Math.max(0, lightest.size() - 1))) {
      if (w.weight > budget) {
        break;
      }
      w.optional = true;
      budget -= w.weight;
    }
  }

  /**
   * How much a chunk says: the inverse document frequency of its rarest bigram (of its word when it
   * is one character). A chunk no document holds weighs most, so a query cannot be matched without
   * it.
   */
  static double weight(IndexReader reader, Chunk c) {
    try {
      int n = Math.max(1, reader.numDocs());
      long df = Long.MAX_VALUE;
      for (String bigram : terms(Analysis.BIGRAMS, c.text())) {
        df = Math.min(df, reader.docFreq(new Term(Fields.BODY_BIGRAMS, bigram)));
      }
      if (df == Long.MAX_VALUE || c.isSingleCharacter()) {
        df = 0;
        for (String word : terms(Analysis.WORDS, c.text())) {
          df = Math.max(df, reader.docFreq(new Term(Fields.BODY_WORDS, word)));
        }
      }
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One chunk: its words in the word fields, or the chunk as written in the bigram fields. */
  static Query chunk(Chunk c, boolean alone) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    if (c.kind() != Kind.QUOTED) {
      clauses += should(b, WORDS.createBooleanQuery(Fields.TITLE_WORDS, c.text(), Occur.MUST), 3f);
      clauses += should(b, WORDS.createBooleanQuery(Fields.BODY_WORDS, c.text(), Occur.MUST), 1f);
      clauses +=
          should(b, WORDS.createBooleanQuery(Fields.ATTACHMENT_WORDS, c.text(), Occur.MUST), 0.5f);
    }
    if (!c.isSingleCharacter()) {
      clauses += should(b, BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, c.text()), 6f);
      clauses += should(b, BIGRAMS.createPhraseQuery(Fields.BODY_BIGRAMS, c.text()), 2f);
      clauses += should(b, BIGRAMS.createPhraseQuery(Fields.ATTACHMENT_BIGRAMS, c.text()), 1f);
    } else if (alone && Character.isIdeographic(c.text().codePointAt(0))) {
      // a query of one character is inside bigrams only: match it at the start of one
      clauses += should(b, constant(new PrefixQuery(new Term(Fields.TITLE_BIGRAMS, c.text()))), 3f);
      clauses += should(b, constant(new PrefixQuery(new Term(Fields.BODY_BIGRAMS, c.text()))), 1f);
    }
    return clauses == 0 ? null : b.build();
  }

  /** The text as written, in titles and bodies: rewards chunks that stand together. */
  private static Query phrase(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, text), 3f);
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.BODY_BIGRAMS, text), 1f);
    return clauses == 0 ? null : b.build();
  }

  /** The terms to mark in a text field: every bigram and word of the query and its synonyms. */
  public Query highlight(String cleaned, String field) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String variant : synonyms.variants(cleaned)) {
      for (String span : understand(variant).spans()) {
        for (String term : terms(Analysis.BIGRAMS, span)) {
          b.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
      }
    }
    return b.build();
  }

  private static Query constant(Query q) {
    return new ConstantScoreQuery(q);
  }

  private static int should(BooleanQuery.Builder b, Query q, float boost) {
    if (q == null) {
      return 0;
    }
    b.add(new BoostQuery(q, boost), Occur.SHOULD);
    return 1;
  }

  /** Only what the public may see now: published time come, not expired. */
  public static Query visibleAt(Instant now) {
    long t = now.toEpochMilli();
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, t), Occur.FILTER)
        .add(LongPoint.newRangeQuery(Fields.EXPIRES, t + 1, Long.MAX_VALUE), Occur.FILTER)
        .build();
  }

  static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  static Query anyOf(String field, List<Long> values) {
    return new TermInSetQuery(field, values.stream().map(v -> new BytesRef(v.toString())).toList());
  }

  /** The terms an analyser makes of a text. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
