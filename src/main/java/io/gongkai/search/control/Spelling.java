package io.gongkai.search.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * "Did you mean" and completions, drawn from the spelling field (title words and two-word
 * shingles), titles (with the query's synonyms) and 文号 / 索引号 prefixes. Every proposal is checked
 * against the public filter before it is offered, so nothing that only a draft, a scheduled or an
 * expired document contains is ever suggested.
 */
@ApplicationScoped
public class Spelling {

  private static final int MAX_SUGGESTIONS = 8;
  private static final QueryBuilder BIGRAMS = new QueryBuilder(Analysis.BIGRAMS);

  @Inject Synonyms synonyms;

  /** A completion: a frequent term, or the title of a public document. */
  public record Suggestion(String text, String kind, String type, Long id) {}

  /** A corrected query that finds public documents under the same filters, if there is one. */
  public Optional<String> didYouMean(
      IndexSearcher searcher, QueryText typed, Query filter, SearchQueries queries) {
    return correct(searcher, typed, filter, queries, false);
  }

  /**
   * A correction that only swaps characters for others (the same-sound slip of an input method: 预按
   * for 预案), never drops or adds any, and finds public documents matching all of it.
   */
  public Optional<String> substitution(
      IndexSearcher searcher, QueryText typed, Query filter, SearchQueries queries) {
    return correct(searcher, typed, filter, queries, true);
  }

  /**
   * Whether a word of the query is unknown to the spelling field: only then is a correction looked
   * for before the query as typed has been tried.
   */
  public boolean suspect(IndexReader reader, QueryText typed) {
    try {
      for (String window : windows(typed)) {
        if (window.codePointCount(0, window.length()) >= 2
            && reader.docFreq(new Term(Fields.SPELLING, window)) == 0
            && typed.chunks().stream().anyMatch(c -> c.text().equals(window))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where corrections come from: the titles' words and pairs, then the bodies' words. */
  private static final List<String> DICTIONARIES = List.of(Fields.SPELLING, Fields.BODY_WORDS);

  /**
   * Checking a candidate costs a search for its first match; a query is not worth more than this
   * many.
   */
  private static final int MAX_CHECKS = 12;

  private Optional<String> correct(
      IndexSearcher searcher,
      QueryText typed,
      Query filter,
      SearchQueries queries,
      boolean substitutionsOnly) {
    try {
      DirectSpellChecker checker = new DirectSpellChecker();
      checker.setMinQueryLength(2);
      checker.setMinPrefix(0);
      checker.setAccuracy(0.5f);
      IndexReader reader = searcher.getIndexReader();
      String shown = typed.shown().toLowerCase(Locale.ROOT);
      // Chinese is corrected only by same-sound swaps (an input method replaces characters by
      // others read alike; it does not drop them, and a word sharing a character is another word)
      List<String> swaps = new ArrayList<>();
      List<String> others = new ArrayList<>();
      for (String wrong : windows(typed)) {
        if (reader.docFreq(new Term(Fields.SPELLING, wrong)) > 0) {
          continue;
        }
        List<SuggestWord> words = new ArrayList<>();
        // the titles' words and word pairs first, then the words of the bodies (疯牛病 stands in the
        // animal-epidemic plans, never in their titles)
        for (String field : DICTIONARIES) {
          words.addAll(similar(checker, reader, field, wrong));
        }
        for (SuggestWord word : words) {
          String candidate = shown.replace(wrong, word.string);
          if (candidate.equals(shown)) {
            continue;
          }
          if (Homophones.sameSound(wrong, word.string)) {
            swaps.add(candidate);
          } else if (!Homophones.chinese(wrong)) {
            others.add(candidate);
          }
        }
      }
      swaps.addAll(characterSwaps(reader, shown));
      Set<String> candidates = new LinkedHashSet<>(swaps);
      if (!substitutionsOnly) {
        candidates.addAll(others);
      }
      int checks = 0;
      for (String candidate : candidates) {
        if (checks++ == MAX_CHECKS) {
          break;
        }
        var strictness =
            substitutionsOnly ? SearchQueries.Strictness.ALL : SearchQueries.Strictness.STRICT;
        if (finds(searcher, queries.text(candidate, reader, strictness), filter)) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Same-sound swaps of one character next to which a pair of characters stands in no page — where
   * a slip in a phrase no dictionary holds shows (路审分离 for 录审分离, 万佛糊 for 万佛湖) — that make every
   * pair around that character one pages hold; those whose pairs are commonest first.
   */
  static List<String> characterSwaps(IndexReader reader, String shown) throws IOException {
    // each suspect character costs two term look-ups per character read like it (up to a hundred)
    int[] cps = shown.codePoints().toArray();
    record Swap(String text, long support) {}
    List<Swap> found = new ArrayList<>();
    int suspects = 0;
    for (int i = 0; i < cps.length && suspects < MAX_SUSPECTS; i++) {
      boolean left = i > 0 && Homophones.han(cps[i - 1]) && Homophones.han(cps[i]);
      boolean right = i + 1 < cps.length && Homophones.han(cps[i + 1]) && Homophones.han(cps[i]);
      if (!(left && pairs(reader, cps[i - 1], cps[i]) == 0)
          && !(right && pairs(reader, cps[i], cps[i + 1]) == 0)) {
        continue;
      }
      suspects++;
      for (int c : Homophones.of(cps[i])) {
        long before = left ? pairs(reader, cps[i - 1], c) : Long.MAX_VALUE;
        long after = right ? pairs(reader, c, cps[i + 1]) : Long.MAX_VALUE;
        if (before > 0 && after > 0) {
          int[] swapped = cps.clone();
          swapped[i] = c;
          found.add(new Swap(new String(swapped, 0, swapped.length), Math.min(before, after)));
        }
      }
    }
    found.sort(Comparator.comparingLong(Swap::support).reversed());
    return found.stream().map(Swap::text).limit(MAX_CHECKS).toList();
  }

  /** Characters next to an unknown pair tried at most: a long chatty query has many such pairs. */
  private static final int MAX_SUSPECTS = 8;

  /** Pages holding two characters side by side, in a title or a body (counted in each). */
  private static long pairs(IndexReader reader, int first, int second) throws IOException {
    String pair = new String(new int[] {first, second}, 0, 2);
    return reader.docFreq(new Term(Fields.TITLE_BIGRAMS, pair))
        + reader.docFreq(new Term(Fields.BODY_BIGRAMS, pair));
  }

  /** The words of one index version near a word, by field: see {@link #similar}. */
  private record Near(Object index, String field, String word) {}

  private static final int NEAR_CACHED = 4_096;

  /** Recently asked words; an entry naming an index version no longer searched is never asked. */
  private final Cache<Near, List<SuggestWord>> near =
      Caffeine.newBuilder().maximumSize(NEAR_CACHED).build();

  /**
   * The words of {@code field} within two edits of {@code word}, most similar first. Finding them
   * builds a Levenshtein automaton per word (most of the cost of a search that looks for a
   * correction), and the answer depends only on the index version: it is kept per version, so a
   * query asked again — most are — costs a lookup until the index changes.
   */
  private List<SuggestWord> similar(
      DirectSpellChecker checker, IndexReader reader, String field, String word)
      throws IOException {
    IndexReader.CacheHelper version = reader.getReaderCacheHelper();
    Near key = version == null ? null : new Near(version.getKey(), field, word);
    List<SuggestWord> known = key == null ? null : near.getIfPresent(key);
    if (known != null) {
      return known;
    }
    List<SuggestWord> found =
        List.of(
            checker.suggestSimilar(
                new Term(field, word), 5, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
    if (key != null) {
      near.put(key, found);
    }
    return found;
  }

  /**
   * The pieces of a query worth correcting: the whole query, adjacent chunk pairs, single chunks —
   * a typo splits a word into single characters, which the chunks keep together as a run — and the
   * character pairs of a longer run.
   */
  private static List<String> windows(QueryText typed) {
    Set<String> out = new LinkedHashSet<>();
    String shown = typed.shown().toLowerCase(Locale.ROOT);
    out.add(shown);
    List<QueryText.Chunk> chunks = typed.chunks();
    for (int i = 0; i + 1 < chunks.size(); i++) {
      if (chunks.get(i).touches(chunks.get(i + 1))) {
        out.add(chunks.get(i).text() + chunks.get(i + 1).text());
      }
    }
    for (QueryText.Chunk c : chunks) {
      if (c.text().codePointCount(0, c.text().length()) >= 2) {
        out.add(c.text());
      }
      // a run the dictionary does not know may hide the slip in any of its pairs (毁林毁草专象: 专象)
      if (c.kind() == QueryText.Kind.RUN && c.text().length() > 2) {
        for (int i = 0; i + 2 <= c.text().length(); i++) {
          out.add(c.text().substring(i, i + 2));
        }
      }
    }
    out.removeIf(w -> !shown.contains(w));
    return new ArrayList<>(out);
  }

  /** Completions for what the user has typed so far: frequent terms, then matching titles. */
  public List<Suggestion> suggest(IndexSearcher searcher, String typed) {
    String prefix = Analysis.fold(typed).strip().toLowerCase(Locale.ROOT);
    if (prefix.isEmpty() || prefix.length() > 50) {
      return List.of();
    }
    Query visible = SearchQueries.visibleAt(Instant.now());
    List<Suggestion> out = new ArrayList<>();
    try {
      for (String term : terms(searcher, prefix, visible)) {
        out.add(new Suggestion(term, "term", null, null));
      }
      Query titles = titles(prefix);
      if (titles != null) {
        Query q = SearchQueries.filtered(titles, visible);
        for (ScoreDoc sd : searcher.search(q, MAX_SUGGESTIONS).scoreDocs) {
          var doc = searcher.storedFields().document(sd.doc);
          out.add(
              new Suggestion(
                  doc.get(Fields.TITLE_BIGRAMS),
                  "title",
                  doc.get(Fields.TYPE),
                  doc.getField(Fields.ID).numericValue().longValue()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() > MAX_SUGGESTIONS * 2 ? out.subList(0, MAX_SUGGESTIONS * 2) : out;
  }

  /**
   * Documents to complete with: titles holding the text or one of its synonyms as written, and
   * documents whose 文号 or 索引号 starts with it (in any bracket style: 句机服[2019 finds 句机服〔2019〕3号).
   */
  private Query titles(String prefix) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (String variant : synonyms == null ? List.of(prefix) : synonyms.variants(prefix)) {
      Query q = titleQuery(variant);
      if (q != null) {
        b.add(q, Occur.SHOULD);
        clauses++;
      }
    }
    String number = Analysis.numberKey(prefix);
    if (number.length() >= 3 && number.chars().anyMatch(Character::isDigit)) {
      b.add(new PrefixQuery(new Term(Fields.NUMBER, number)), Occur.SHOULD);
      clauses++;
    }
    return clauses == 0 ? null : b.build();
  }

  private static Query titleQuery(String prefix) {
    if (prefix.codePointCount(0, prefix.length()) == 1) {
      return new PrefixQuery(new Term(Fields.TITLE_BIGRAMS, prefix));
    }
    return BIGRAMS.createPhraseQuery(Fields.TITLE_BIGRAMS, prefix);
  }

  /** Spelling terms starting with the prefix, most frequent first, each found in public content. */
  private static List<String> terms(IndexSearcher searcher, String prefix, Query visible)
      throws IOException {
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SPELLING);
    if (terms == null) {
      return List.of();
    }
    record Candidate(String term, int docFreq) {}
    List<Candidate> candidates = new ArrayList<>();
    TermsEnum e = terms.iterator();
    BytesRef start = new BytesRef(prefix);
    if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    int seen = 0;
    for (BytesRef t = e.term(); t != null && seen < 500; t = e.next(), seen++) {
      String term = t.utf8ToString();
      if (!term.startsWith(prefix)) {
        break;
      }
      if (!term.equals(prefix)) {
        candidates.add(new Candidate(term, e.docFreq()));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::docFreq).reversed());
    List<String> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (out.size() == MAX_SUGGESTIONS) {
        break;
      }
      if (finds(searcher, new TermQuery(new Term(Fields.SPELLING, c.term())), visible)) {
        out.add(c.term());
      }
    }
    return out;
  }

  private static boolean finds(IndexSearcher searcher, Query query, Query filter)
      throws IOException {
    Query q = SearchQueries.filtered(query, filter);
    return Matches.any(searcher, q);
  }
}
