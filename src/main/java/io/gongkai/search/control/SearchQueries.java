package io.gongkai.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a citizen typed into a Lucene query, without a query syntax: any string is valid.
 *
 * <p>Whitespace separates parts that must all match. Each part matches when its words all occur
 * (word field) or when it occurs as written (bigram phrase, which also finds names no dictionary
 * knows); titles weigh more than bodies, bodies more than attachments, and an exact phrase more
 * than scattered words. Each part is also run with its synonyms. The whole query is also looked up
 * as a 文号 or 索引号, tolerant of bracket and space variants.
 */
@ApplicationScoped
public class SearchQueries {

  static final int MAX_QUERY_CHARS = 200;
  private static final int MAX_PARTS = 10;

  private static final QueryBuilder WORDS = new QueryBuilder(Analysis.WORDS);
  private static final QueryBuilder BIGRAMS = new QueryBuilder(Analysis.BIGRAMS);

  @Inject Synonyms synonyms;

  /** The query text as searched: folded, trimmed, bounded. */
  public static String clean(String q) {
    if (q == null) {
      return "";
    }
    String folded = Analysis.fold(q).replaceAll("[\\p{Cc}\\p{Cf}]", " ").strip();
    folded = folded.replaceAll("\\s+", " ");
    return folded.length() > MAX_QUERY_CHARS ? folded.substring(0, MAX_QUERY_CHARS) : folded;
  }

  /** The parts of a cleaned query: words separated by spaces, quotes keep a phrase together. */
  static List<String> parts(String cleaned) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : cleaned.toCharArray()) {
      if (c == '"' || c == '“' || c == '”') {
        quoted = !quoted;
        flush(parts, current);
      } else if (c == ' ' && !quoted) {
        flush(parts, current);
      } else {
        current.append(c);
      }
    }
    flush(parts, current);
    return parts.size() > MAX_PARTS ? parts.subList(0, MAX_PARTS) : parts;
  }

  private static void flush(List<String> parts, StringBuilder current) {
    String part = current.toString().strip();
    if (!part.isEmpty() && hasTokens(part)) {
      parts.add(part);
    }
    current.setLength(0);
  }

  /** The scoring query for the text; match-all for an empty text. */
  public Query text(String cleaned) {
    if (cleaned.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    List<String> parts = parts(cleaned);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String part : parts) {
      BooleanQuery.Builder variants = new BooleanQuery.Builder();
      boolean first = true;
      for (String variant : synonyms.variants(part)) {
        Query q = part(variant);
        if (q != null) {
          variants.add(first ? q : new BoostQuery(q, 0.8f), Occur.SHOULD);
        }
        first = false;
      }
      all.add(variants.build(), Occur.MUST);
    }
    Query words = parts.isEmpty() ? new MatchNoDocsQuery() : all.build();
    String number = Analysis.numberKey(cleaned);
    if (number.length() < 4) {
      return words;
    }
    return new BooleanQuery.Builder()
        .add(words, Occur.SHOULD)
        .add(new BoostQuery(new TermQuery(new Term(Fields.NUMBER, number)), 50f), Occur.SHOULD)
        .build();
  }

  /** One part: its words everywhere, or the part itself as a phrase. Null if it has no terms. */
  static Query part(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    clauses += should(b, WORDS.createBooleanQuery(Fields.TITLE_WORDS, text, Occur.MUST), 3f);
    clauses += should(b, WORDS.createBooleanQuery(Fields.BODY_WORDS, text, Occur.MUST), 1f);
    clauses += should(b, WORDS.createBooleanQuery(Fields.ATTACHMENT_WORDS, text, Occur.MUST), 0.5f);
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, text), 6f);
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.BODY_BIGRAMS, text), 2f);
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.ATTACHMENT_BIGRAMS, text), 1f);
    if (text.codePointCount(0, text.length()) == 1
        && Character.isIdeographic(text.codePointAt(0))) {
      // a single character is inside bigrams only: match it at the start of one
      clauses += should(b, constant(new PrefixQuery(new Term(Fields.TITLE_BIGRAMS, text))), 3f);
      clauses += should(b, constant(new PrefixQuery(new Term(Fields.BODY_BIGRAMS, text))), 1f);
    }
    return clauses == 0 ? null : b.build();
  }

  /** The terms to mark in a text field: every bigram of the query and its synonyms. */
  public Query highlight(String cleaned, String field) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String part : parts(cleaned)) {
      for (String variant : synonyms.variants(part)) {
        for (String term : terms(Analysis.BIGRAMS, variant)) {
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

  static boolean hasTokens(String text) {
    return !terms(Analysis.BIGRAMS, text).isEmpty() || !terms(Analysis.WORDS, text).isEmpty();
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
