package io.gongkai.search.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gongkai.search.control.QueryText.Chunk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
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

  /**
   * Lucene refuses a query of more than 1,024 clauses in all, nested ones counted. Widening repeats
   * every unit of a query in its filter and its two bonuses, and a synonym unit holds each name of
   * its group: 卫健局 (14 names) and 发改局 (6) in one query passed that bound, and the query lost its
   * widening. Four times the bound holds any query that names a few agencies; a longer one (the API
   * takes 1,000 characters) is still refused, and {@link Retrieval#answer} passes over a refused
   * plan rather than failing.
   */
  static final int MAX_CLAUSES = 4 * 1024;

  static {
    IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
  }

  @Inject Synonyms synonyms;
  @Inject QuestionWords questionWords;

  /**
   * How much of a query's weight a match may lack. {@code RANKED} matches as {@code RELAXED} does
   * but ranks every {@code STRICT} match first (by {@link #STRICT_BONUS}); {@code WIDE} adds, after
   * those, pages lacking any half of the weight — the rarest chunk too (see {@link
   * Weighing#anyHalf}). Queries of one or two chunks are matched strictly but in {@code RELAXED}.
   */
  public enum Strictness {
    /**
     * Every chunk of the query, a run of single characters as written (a lone character among
     * longer words excepted): what decides whether a query is found as typed or is a typo.
     */
    ALL(0.0),
    STRICT(0.25),
    RANKED(0.5),
    WIDE(0.5),
    RELAXED(0.5);

    final double missing;

    Strictness(double missing) {
      this.missing = missing;
    }
  }

  /** Added to the score of a document that matches strictly, in {@link Strictness#RANKED}. */
  public static final float STRICT_BONUS = 1000f;

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

  /** An understood query and the question-word list it was read with. */
  private record Understood(Set<String> questionWords, QueryText text) {}

  private static final int UNDERSTOOD_CACHED = 2_048;

  /**
   * Recently understood queries by their text, kept up to a bound: folding 繁體 and segmenting cost a
   * tenth of a search, a search understands its text more than once, and people ask the same
   * things. An entry read with another question-word list (the file changed) is read again.
   */
  private final Cache<String, Understood> understood =
      Caffeine.newBuilder().maximumSize(UNDERSTOOD_CACHED).build();

  public QueryText understand(String q) {
    Set<String> words = questionWords.get();
    if (q == null || q.length() > 200) {
      return namesApart(QueryText.of(q, words));
    }
    Understood known = understood.getIfPresent(q);
    if (known != null && known.questionWords() == words) {
      return namesApart(known.text());
    }
    QueryText text = QueryText.of(q, words);
    understood.put(q, new Understood(words, text));
    return namesApart(text);
  }

  /**
   * The chunks, a run of single characters cut around a name the synonym list knows inside it: the
   * segmenter knows neither 临武县 nor 文广新局, so 临武县文广新局 came as one run, which no page holds whole
   * (the page says 临武县文化旅游广电体育局) and which, held by none, was required whole. Cut, the name is
   * matched by any of its group's names and the place as written.
   */
  QueryText namesApart(QueryText text) {
    if (text.chunks().stream().noneMatch(c -> c.kind() == QueryText.Kind.RUN)) {
      return text;
    }
    List<Synonyms.Occurrence> names = synonyms.occurrences(text.shown());
    if (names.isEmpty()) {
      return text;
    }
    List<Chunk> out = new ArrayList<>();
    boolean cut = false;
    for (Chunk c : text.chunks()) {
      java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
      if (c.kind() == QueryText.Kind.RUN && c.text().length() == c.end() - c.start()) {
        for (Synonyms.Occurrence o : names) {
          if (o.start() >= c.start() && o.end() <= c.end() && o.member().length() >= NAME) {
            for (int edge : new int[] {o.start(), o.end()}) {
              if (edge > c.start() && edge < c.end()) {
                at.add(edge);
              }
            }
          }
        }
      }
      if (!at.isEmpty() && !piecesOfWords(c, at)) {
        at.clear();
      }
      int from = c.start();
      for (int edge : at) {
        out.add(piece(c, from, edge));
        from = edge;
      }
      out.add(at.isEmpty() ? c : piece(c, from, c.end()));
      cut |= !at.isEmpty();
    }
    return cut ? new QueryText(text.shown(), List.copyOf(out)) : text;
  }

  /**
   * A name cut out of a run is an agency's or a thing's of three characters or more (文广新局, 环保局),
   * not a word of two (医保 in 医保卡, 低保 in 户低保户), which the run holds as part of something longer.
   */
  private static final int NAME = 3;

  /** Whether every piece the edges cut a run into is two characters or more: names, not crumbs. */
  private static boolean piecesOfWords(Chunk c, java.util.SortedSet<Integer> edges) {
    int from = c.start();
    for (int edge : edges) {
      if (edge - from < 2) {
        return false;
      }
      from = edge;
    }
    return c.end() - from >= 2;
  }

  private static Chunk piece(Chunk c, int from, int to) {
    String text = c.text().substring(from - c.start(), to - c.start());
    boolean single = text.codePointCount(0, text.length()) == 1;
    return new Chunk(text, from, to, single ? QueryText.Kind.WORD : QueryText.Kind.RUN);
  }

  /** The scoring query for a typed text (never empty: the caller browses instead). */
  public Query text(String q, IndexReader reader, Strictness strictness) {
    return text(understand(q), reader, strictness);
  }

  public Query text(QueryText q, IndexReader reader, Strictness strictness) {
    Query built = chunks(q, reader, strictness);
    Query words = built == null ? new MatchNoDocsQuery() : built;
    Query number = number(q);
    if (number == null) {
      return words;
    }
    return new BooleanQuery.Builder()
        .add(words, Occur.SHOULD)
        .add(new BoostQuery(number, NUMBER_BOOST), Occur.SHOULD)
        .build();
  }

  /** The whole query looked up as a 文号 or 索引号 (constant score), or null when it cannot be one. */
  Query number(QueryText q) {
    String number = Analysis.numberKey(q.shown());
    if (number == null || number.length() < 4) {
      return null;
    }
    Query whole = new ConstantScoreQuery(new TermQuery(new Term(Fields.NUMBER, number)));
    if (number.length() < MIN_SERIAL || !tailOfANumber(number)) {
      return whole;
    }
    // the serial at the end of a 索引号, as a letter quotes it (…/2025-1972865 as 1972865, or
    // gzgbmgzgbm-GK-2024-0043 as GK-2024-0043)
    return new BooleanQuery.Builder()
        .add(whole, Occur.SHOULD)
        .add(
            new ConstantScoreQuery(new WildcardQuery(new Term(Fields.NUMBER, "*" + number))),
            Occur.SHOULD)
        .build();
  }

  /** What the query names that a synonym group knows (环保局, 非遗), where it stands in the text. */
  List<Synonyms.Occurrence> synonymsIn(QueryText q) {
    return synonyms.occurrences(q.shown());
  }

  /** Digits enough to stand for the tail of one 索引号 rather than any number in a text. */
  private static final int MIN_SERIAL = 6;

  /**
   * Whether a number key can be the end of a 索引号 quoted alone: digits, or Latin letters and digits
   * with four digits at least (a year or a serial: GK-2024-0043), never a word.
   */
  private static boolean tailOfANumber(String number) {
    if (!number.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
      return false;
    }
    long digits = number.chars().filter(Character::isDigit).count();
    return digits == number.length() || digits >= 4;
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
    List<Weighing.Weighed> weighed = new ArrayList<>();
    for (int i = 0; i < chunks.size(); ) {
      int last = aligned(chunks, i, occurrences);
      Weighing.Weighed unit =
          last < 0
              ? single(chunks.get(i), reader, alone, strictness == Strictness.ALL)
              : synonymous(
                  chunks.subList(i, last + 1),
                  occurrenceAt(chunks.get(i), occurrences),
                  reader,
                  chunks.size() > last + 1 - i);
      if (unit != null) {
        weighed.add(unit);
      }
      i = last < 0 ? i + 1 : last + 1;
    }
    if (weighed.isEmpty()) {
      return null;
    }
    if (strictness == Strictness.WIDE && weighed.size() >= DESCRIPTION) {
      weighed = Weighing.held(weighed);
    }
    boolean ranks = strictness == Strictness.RANKED || strictness == Strictness.WIDE;
    Strictness mode = ranks && weighed.size() <= 2 ? Strictness.STRICT : strictness;
    Query wide = mode == Strictness.WIDE ? Weighing.anyHalf(weighed) : null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (wide != null) {
      // any half of the weight finds a page; strict matches first, then those lacking common words
      for (Weighing.Weighed w : weighed) {
        b.add(w.query(), Occur.SHOULD);
      }
      b.add(wide, Occur.FILTER);
      Weighing.markOptional(weighed, Strictness.STRICT);
      ChunkQueries.should(b, Weighing.required(weighed), STRICT_BONUS);
      Weighing.markOptional(weighed, Strictness.RANKED);
      ChunkQueries.should(b, Weighing.required(weighed), STRICT_BONUS / 2);
    } else {
      Strictness flags = mode == Strictness.WIDE ? Strictness.RANKED : mode;
      Weighing.markOptional(weighed, flags);
      int required = 0;
      for (Weighing.Weighed w : weighed) {
        b.add(w.query(), w.optional() ? Occur.SHOULD : Occur.MUST);
        required += w.optional() ? 0 : 1;
      }
      if (required == 0) {
        b.setMinimumNumberShouldMatch(1);
      }
      if (flags == Strictness.RANKED) {
        ChunkQueries.should(b, Weighing.strictBonus(weighed), STRICT_BONUS);
      }
    }
    for (int i = 0; chunks.size() > 2 && i + 1 < chunks.size(); i++) {
      if (chunks.get(i).touches(chunks.get(i + 1))) {
        String pair = q.shown().substring(chunks.get(i).start(), chunks.get(i + 1).end());
        ChunkQueries.should(b, ChunkQueries.titlePhrase(pair), 1f);
      }
    }
    if (chunks.size() > 1) {
      String all = q.shown().substring(chunks.get(0).start(), chunks.get(chunks.size() - 1).end());
      ChunkQueries.should(b, ChunkQueries.phrase(all), 2f);
    }
    return b.build();
  }

  private static Weighing.Weighed single(
      Chunk c, IndexReader reader, boolean alone, boolean asWritten) {
    Query clause = ChunkQueries.chunk(c, alone, asWritten);
    if (clause == null) {
      return null;
    }
    long df = ChunkQueries.docFreq(reader, c);
    String place = placeLessItsKind(c, df);
    if (place != null && !asWritten) {
      Query name = ChunkQueries.chunk(new Chunk(place, c.start(), c.end() - 1, c.kind()), false);
      clause = new DisjunctionMaxQuery(List.of(clause, new BoostQuery(name, PLACE_BOOST)), 0f);
    }
    // a dictionary word no page holds is what the query is about (公租房, 不动产): never optional
    boolean absent = c.kind() == QueryText.Kind.WORD && !c.isSingleCharacter() && df == 0;
    boolean wording = absent && c.text().codePoints().allMatch(Homophones::han);
    return new Weighing.Weighed(
        clause, ChunkQueries.weight(reader, df), c.isSingleCharacter(), absent, wording);
  }

  /**
   * Units (chunks, a synonym's counted once) from which a query is a description — a sentence, not
   * a name or a topic — whose Chinese words no page holds need not match when it is widened ({@link
   * Weighing#held}). Measured on the judged collection (742 queries): from 8, questions and topics
   * that found nothing or a few (跨县的安全生产事故 县里处置不了 由市里统一救援; 政府网站上公开的信息能保留多长时间) found their pages,
   * and one question nothing answers (孩子在学校被同学欺凌了 家长应该向哪个部门反映) found partial matches, said to be
   * partial; from 6, one more question nothing answers did (小区能不能装电动汽车充电桩).
   */
  static final int DESCRIPTION = 8;

  /** Below the name as typed: a page listing the place without its kind. */
  private static final float PLACE_BOOST = 0.5f;

  /** What a village, township or town is called after its name (斋朗村, 茅山镇, 白兔乡). */
  private static final String PLACE_KINDS = "村镇乡";

  /**
   * The name of a village, township or town that no page names as typed, less the word for its kind
   * — pages list them without it (斋朗、民生、岗刘等行政村; 下蜀、华阳等镇) — or null: for a place pages name as typed
   * (茅山镇), a quoted chunk, or a name of one character left.
   */
  static String placeLessItsKind(Chunk c, long df) {
    boolean unknown = c.kind() != QueryText.Kind.QUOTED && df == 0;
    int n = c.text().codePointCount(0, c.text().length());
    if (!unknown || n < 3 || PLACE_KINDS.indexOf(c.text().codePointBefore(c.text().length())) < 0) {
      return null;
    }
    return c.text().substring(0, c.text().offsetByCodePoints(c.text().length(), -1));
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
  private Weighing.Weighed synonymous(
      List<Chunk> chunks, Synonyms.Occurrence o, IndexReader reader, boolean amongOthers) {
    List<Query> alternatives = new ArrayList<>();
    double weight = Double.MAX_VALUE;
    for (String member : o.group()) {
      List<Chunk> parts = member.equals(o.member()) ? chunks : understand(member).chunks();
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      double rarest = 0;
      for (Chunk c : parts) {
        Query clause = ChunkQueries.chunk(c, false);
        if (clause != null) {
          all.add(clause, Occur.MUST);
          rarest = Math.max(rarest, ChunkQueries.weight(reader, c));
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
    if (amongOthers) {
      for (String field : domains(o.group())) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int n = 0;
        for (Chunk c : understand(field).chunks()) {
          Query clause = ChunkQueries.chunk(c, false);
          if (clause != null) {
            all.add(clause, Occur.MUST);
            n++;
          }
        }
        if (n > 0) {
          alternatives.add(new BoostQuery(all.build(), DOMAIN_BOOST));
        }
      }
    }
    return new Weighing.Weighed(new DisjunctionMaxQuery(alternatives, 0.1f), weight, false);
  }

  /** Below a variant: a page on an agency's field need not name the agency. */
  private static final float DOMAIN_BOOST = 0.5f;

  /** How agencies' names end: what is left is the field they work in (粮食局: 粮食). */
  private static final List<String> AGENCY_ENDINGS =
      List.of("委员会", "办公室", "联合会", "局", "委", "厅", "办");

  /**
   * The fields an agency's names name — each name less its ending (粮食和物资储备局: 粮食和物资储备), and each
   * part of one that joins two (粮食, 物资储备) — when the group names an agency; none otherwise. A query
   * naming an agency beside other words (粮食局 应急预案) is then also answered by pages on its field that
   * do not name it (粮食应急预案, issued by the government's office).
   */
  static List<String> domains(List<String> group) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String member : group) {
      String ending = AGENCY_ENDINGS.stream().filter(member::endsWith).findFirst().orElse(null);
      if (ending == null) {
        continue;
      }
      String field = member.substring(0, member.length() - ending.length());
      for (String part : field.split("和")) {
        if (part.codePointCount(0, part.length()) >= 2 && !group.contains(part)) {
          out.add(part);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Share of a long query's informative bigrams a page must hold to be a loose match; tuned on the
   * judged collection (0.5 let loose matches answer questions nothing answers, 0.7 lost topics).
   */
  private static final double LOOSE_COVERAGE = 0.6;

  /**
   * Words (of two characters or more) a query needs for a loose match: a short question nothing
   * answers shares too much with pages on its topic. Measured on the seventh judged set: with 3,
   * two more of its six questions nothing answers found pages.
   */
  private static final int LOOSE_MIN_WORDS = 4;

  /** Informative bigrams a query needs for a loose match: fewer say too little to judge by. */
  private static final int LOOSE_MIN_INFORMATIVE = 3;

  /** Bigrams in more than this share of the pages say nothing about a page (工作, 关于, 办理). */
  private static final double LOOSE_COMMON = 0.1;

  /**
   * A long query as {@link Strictness#WIDE} matches it, followed by its loose matches ({@link
   * #loose}): the widest a ranked answer goes.
   */
  public Query wideThenLoose(QueryText q, IndexReader reader) {
    return thenLoose(text(q, reader, Strictness.WIDE), loose(q, reader));
  }

  /**
   * A loose match for a long query (a topic, a question of four words or more) that its words do
   * not find: plain BM25 over the bigrams of its content as written, in titles and bodies, among
   * pages that hold at least {@link #LOOSE_COVERAGE} of its informative bigrams — so that a page
   * phrasing it a little differently (运行经费 for 运型经费, 排放超标 for 超标排放) is found while a page sharing a
   * word or two is not. Null when the query has too few informative bigrams to judge.
   */
  Query loose(QueryText q, IndexReader reader) {
    if (q.chunks().stream().filter(c -> !c.isSingleCharacter()).count() < LOOSE_MIN_WORDS) {
      return null; // 烟花爆竹禁放 or 老年人坐公交免费吗 would be answered by pages on 烟花爆竹 or 公交
    }
    LinkedHashSet<String> bigrams = bigrams(q);
    int n = Math.max(1, reader.numDocs());
    BooleanQuery.Builder scoring = new BooleanQuery.Builder();
    BooleanQuery.Builder coverage = new BooleanQuery.Builder();
    int informative = 0;
    try {
      for (String bigram : bigrams) {
        long df = reader.docFreq(new Term(Fields.BODY_BIGRAMS, bigram));
        Query inTitle = new TermQuery(new Term(Fields.TITLE_BIGRAMS, bigram));
        Query inBody = new TermQuery(new Term(Fields.BODY_BIGRAMS, bigram));
        scoring.add(new BoostQuery(inTitle, 2f), Occur.SHOULD);
        scoring.add(inBody, Occur.SHOULD);
        if (df > 0 && df <= LOOSE_COMMON * n) {
          informative++;
          coverage.add(new DisjunctionMaxQuery(List.of(inTitle, inBody), 0f), Occur.SHOULD);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (informative < LOOSE_MIN_INFORMATIVE) {
      return null;
    }
    int needed = (int) Math.ceil(LOOSE_COVERAGE * informative);
    coverage.setMinimumNumberShouldMatch(needed);
    return new BooleanQuery.Builder()
        .add(scoring.build(), Occur.SHOULD)
        .add(coverage.build(), Occur.FILTER)
        .build();
  }

  /** The bigrams of a query's content as written, each once. */
  private static LinkedHashSet<String> bigrams(QueryText q) {
    LinkedHashSet<String> bigrams = new LinkedHashSet<>();
    for (String span : q.spans()) {
      for (String t : terms(Analysis.BIGRAMS, span)) {
        if (t.codePointCount(0, t.length()) >= 2) {
          bigrams.add(t);
        }
      }
    }
    return bigrams;
  }

  /**
   * Adds the pages only {@code loose} finds, scaled down so that they follow the matches of {@code
   * first} (whose chunk scores are far larger), in their own BM25 order.
   */
  private static Query thenLoose(Query first, Query loose) {
    if (loose == null) {
      return first;
    }
    return new BooleanQuery.Builder()
        .add(first, Occur.SHOULD)
        .add(new BoostQuery(loose, LOOSE_SCALE), Occur.SHOULD)
        .build();
  }

  /** Brings a loose match's score (BM25 over a few bigrams, at most some tens) below one. */
  private static final float LOOSE_SCALE = 0.01f;

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

  /** Only what the public may see now: published time come, not expired. */
  public static Query visibleAt(Instant now) {
    long t = now.toEpochMilli();
    return new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(Fields.PUBLISHED, Long.MIN_VALUE, t), Occur.FILTER)
        .add(LongPoint.newRangeQuery(Fields.EXPIRES, t + 1, Long.MAX_VALUE), Occur.FILTER)
        .build();
  }

  /** The query, its matches held to those of {@code filter} (which does not score). */
  static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
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
