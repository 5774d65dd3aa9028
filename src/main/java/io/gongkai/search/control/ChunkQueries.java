package io.gongkai.search.control;

import io.gongkai.search.control.QueryText.Chunk;
import io.gongkai.search.control.QueryText.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The query of one chunk over the index's fields, its weight, and the phrase boosts. Titles weigh
 * more than bodies, bodies more than attachments; the word fields rank dictionary words, the bigram
 * fields find a chunk as written.
 */
final class ChunkQueries {

  private static final QueryBuilder WORDS = new QueryBuilder(Analysis.WORDS);
  private static final QueryBuilder BIGRAMS = new QueryBuilder(Analysis.BIGRAMS);

  private ChunkQueries() {}

  /**
   * How much a chunk says: the inverse document frequency of its rarest bigram (of its word when it
   * is one character). A chunk no document holds weighs most, so a query cannot be matched without
   * it.
   */
  static double weight(IndexReader reader, Chunk c) {
    return weight(reader, docFreq(reader, c));
  }

  /** The weight of a chunk in {@code df} documents (see {@link #weight(IndexReader, Chunk)}). */
  static double weight(IndexReader reader, long df) {
    int n = Math.max(1, reader.numDocs());
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /**
   * In how many documents the chunk's rarest bigram stands (its commonest word, for one character).
   */
  static long docFreq(IndexReader reader, Chunk c) {
    try {
      long df = Long.MAX_VALUE;
      for (String bigram : SearchQueries.terms(Analysis.BIGRAMS, c.text())) {
        df = Math.min(df, reader.docFreq(new Term(Fields.BODY_BIGRAMS, bigram)));
      }
      if (df == Long.MAX_VALUE || c.isSingleCharacter()) {
        df = 0;
        for (String word : SearchQueries.terms(Analysis.WORDS, c.text())) {
          df = Math.max(df, reader.docFreq(new Term(Fields.BODY_WORDS, word)));
        }
      }
      return df;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One chunk: its words in the word fields, or the chunk as written in the bigram fields. */
  static Query chunk(Chunk c, boolean alone) {
    return chunk(c, alone, false);
  }

  /**
   * One chunk; {@code asWritten} matches a run of single characters only where they stand together
   * (民正局 is not 民 … 正 … 局 scattered over a page), as the check for a typo needs.
   */
  static Query chunk(Chunk c, boolean alone, boolean asWritten) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    // a two-character word is one term in both fields, and the bigram field holds it wherever the
    // characters stand together: the bigram field alone scores it, with both fields' weight
    boolean words =
        (c.kind() == Kind.WORD || (c.kind() == Kind.RUN && !asWritten))
            && !sameTermInBothFields(c.text());
    float bigramWeight = words ? 1f : 1.5f;
    if (words) {
      clauses += should(b, WORDS.createBooleanQuery(Fields.TITLE_WORDS, c.text(), Occur.MUST), 3f);
      clauses += should(b, WORDS.createBooleanQuery(Fields.BODY_WORDS, c.text(), Occur.MUST), 1f);
      clauses +=
          should(b, WORDS.createBooleanQuery(Fields.ATTACHMENT_WORDS, c.text(), Occur.MUST), 0.5f);
    }
    if (!c.isSingleCharacter()) {
      Query inTitle = BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, c.text());
      clauses += should(b, inTitle, 6f * bigramWeight);
      clauses += should(b, startsAWord(c.text(), inTitle), 2f);
      clauses +=
          should(b, BIGRAMS.createPhraseQuery(Fields.BODY_BIGRAMS, c.text()), 2f * bigramWeight);
      clauses +=
          should(b, BIGRAMS.createPhraseQuery(Fields.ATTACHMENT_BIGRAMS, c.text()), bigramWeight);
    } else if (alone && Character.isIdeographic(c.text().codePointAt(0))) {
      // a query of one character is inside bigrams only: match it at the start of one
      clauses += should(b, constant(new PrefixQuery(new Term(Fields.TITLE_BIGRAMS, c.text()))), 3f);
      clauses += should(b, constant(new PrefixQuery(new Term(Fields.BODY_BIGRAMS, c.text()))), 1f);
    }
    return clauses == 0 ? null : b.build();
  }

  /**
   * Two ideographs: the word field's term and the bigram field's are the same, and the bigram field
   * holds it wherever the two stand together. (Not so for Latin letters and digits, which the two
   * tokenisers cut differently.)
   */
  private static boolean sameTermInBothFields(String text) {
    return text.codePointCount(0, text.length()) == 2
        && text.codePoints().allMatch(Character::isIdeographic)
        && SearchQueries.terms(Analysis.WORDS, text).equals(List.of(text));
  }

  /**
   * The chunk in the title where it starts a word: 兴县 in 兴县人民政府 rather than inside 长兴县. Names are
   * found either way; this only ranks the place itself first.
   */
  private static Query startsAWord(String text, Query inTitle) {
    if (inTitle == null) {
      return null;
    }
    String start = text.substring(0, text.offsetByCodePoints(0, 2));
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TITLE_STARTS, start)), Occur.MUST)
        .add(inTitle, Occur.FILTER)
        .build();
  }

  /** The text as written, in titles: rewards chunks that stand together there. */
  static Query titlePhrase(String text) {
    return BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, text);
  }

  /** The text as written, in titles and bodies: rewards chunks that stand together. */
  static Query phrase(String text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, text), 3f);
    clauses += should(b, BIGRAMS.createPhraseQuery(Fields.BODY_BIGRAMS, text), 1f);
    return clauses == 0 ? null : b.build();
  }

  private static Query constant(Query q) {
    return new ConstantScoreQuery(q);
  }

  static int should(BooleanQuery.Builder b, Query q, float boost) {
    if (q == null) {
      return 0;
    }
    b.add(new BoostQuery(q, boost), Occur.SHOULD);
    return 1;
  }
}
