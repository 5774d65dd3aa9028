package io.gongkai.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Titles and snippets of hits with the query marked: from the offsets stored in the postings (no
 * re-analysis), HTML-escaped around {@code <mark>}. The marks are the bigrams of the query as typed
 * (question words aside) and of its synonyms, so a name no dictionary knows is marked whole.
 */
final class Highlights {

  private static final int SNIPPET_CHARS = 140;

  /** Building a sentence iterator costs far more than cloning one. */
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.CHINA);

  /**
   * The highlighter of the searcher in use: it merges the segments' field infos once, not per hit
   * page.
   */
  private volatile Made made;

  private record Made(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

  /** The highlighter for a searcher, made again when the index was refreshed (thread-safe). */
  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    Made m = made;
    if (m == null || m.searcher() != searcher) {
      m = new Made(searcher, newHighlighter(searcher));
      made = m;
    }
    return m.highlighter();
  }

  private static UnifiedHighlighter newHighlighter(IndexSearcher searcher) {
    return new UnifiedHighlighter(
        UnifiedHighlighter.builder(searcher, Analysis.INDEXING)
            .withMaxNoHighlightPassages(1)
            // the marks come from plain terms: no weights, phrases or wildcards to evaluate
            .withWeightMatches(false)
            .withHighlightPhrasesStrictly(false)
            .withHandleMultiTermQuery(false)
            .withFormatter(new Markup())) {
      @Override
      protected BreakIterator getBreakIterator(String field) {
        return Fields.TITLE_BIGRAMS.equals(field)
            ? new WholeBreakIterator()
            : LengthGoalBreakIterator.createClosestToLength(
                (BreakIterator) SENTENCES.clone(), SNIPPET_CHARS, 0.3f);
      }
    };
  }

  /** The snippet that shows more of the query: the body's unless an attachment matches better. */
  static String richer(String body, String attachment) {
    return marked(attachment) > marked(body) ? attachment : body;
  }

  private static int marked(String snippet) {
    if (snippet == null) {
      return -1;
    }
    int total = 0;
    int from = 0;
    while ((from = snippet.indexOf("<mark>", from)) >= 0) {
      int end = snippet.indexOf("</mark>", from);
      total += end - from - "<mark>".length();
      from = end;
    }
    return total;
  }

  /**
   * Marks the query in the title (whole) and in one passage of the body and of the attachments, in
   * one pass over the hits' stored text and offsets.
   */
  Map<String, String[]> highlight(
      IndexSearcher searcher, SearchQueries queries, String cleaned, TopDocs docs)
      throws IOException {
    UnifiedHighlighter highlighter = highlighter(searcher);
    String[] fields = {Fields.TITLE_BIGRAMS, Fields.BODY_BIGRAMS, Fields.ATTACHMENT_BIGRAMS};
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    for (String field : fields) {
      terms.add(queries.highlight(cleaned, field), Occur.SHOULD);
    }
    return highlighter.highlightFields(fields, terms.build(), docs, new int[] {1, 1, 1});
  }
}
