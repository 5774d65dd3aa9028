package io.gongkai.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/** A few documents indexed in memory exactly as the application indexes them, to query in tests. */
final class TinyIndex {

  private final List<Indexable> docs = new ArrayList<>();
  private IndexSearcher searcher;
  final SearchQueries queries = SearchQueries.builtIn();

  /** One for the index's life, as the application has one: what it keeps between queries counts. */
  private final Spelling spelling = new Spelling();

  TinyIndex add(String title, String body) {
    return add(title, body, null);
  }

  TinyIndex add(String title, String body, String documentNumber) {
    docs.add(
        new Indexable(
            Indexable.ITEM,
            docs.size() + 1L,
            1L,
            List.of(1L),
            title,
            body,
            null,
            Instant.parse("2024-01-01T00:00:00Z"),
            null,
            null,
            null,
            null,
            null,
            documentNumber,
            null,
            null));
    searcher = null;
    return this;
  }

  IndexSearcher searcher() {
    if (searcher == null) {
      try {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analysis.INDEXING))) {
          for (Indexable d : docs) {
            w.addDocument(Fields.document(d));
          }
        }
        searcher = new IndexSearcher(DirectoryReader.open(dir));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return searcher;
  }

  /** Titles found, best first, under one strictness. */
  List<String> titles(String q, SearchQueries.Strictness strictness) {
    return titlesOf(queries.text(q, searcher().getIndexReader(), strictness));
  }

  /** Titles found through every fallback, as the public search answers. */
  List<String> answer(String q) {
    List<String> found = Retrieval.answer(plans(q), p -> titlesOf(p.query()), List::size);
    return found == null ? List.of() : found;
  }

  /** The correction the public search answers a query with, or null when it answers as typed. */
  String correctionOf(String q) {
    Retrieval.Plan used = answering(q);
    return used == null ? null : used.correctedQuery();
  }

  /** Whether the public search answers a query with a partial match ({@code "relaxed": true}). */
  boolean relaxed(String q) {
    Retrieval.Plan used = answering(q);
    return used != null && used.relaxed();
  }

  private Retrieval.Plan answering(String q) {
    Retrieval.Plan[] used = new Retrieval.Plan[1];
    Retrieval.answer(
        plans(q),
        p -> {
          used[0] = p;
          return titlesOf(p.query());
        },
        List::size);
    return used[0];
  }

  private List<java.util.function.Supplier<Retrieval.Plan>> plans(String q) {
    return Retrieval.plans(
        queries,
        spelling,
        searcher(),
        queries.understand(q),
        SearchQueries.visibleAt(Instant.now()),
        Retrieval.Ranking.RELEVANCE);
  }

  List<String> titlesOf(Query scoring) {
    try {
      Query q =
          new BooleanQuery.Builder()
              .add(scoring, Occur.MUST)
              .add(SearchQueries.visibleAt(Instant.now()), Occur.FILTER)
              .build();
      List<String> out = new ArrayList<>();
      for (ScoreDoc d : searcher().search(q, 10).scoreDocs) {
        out.add(searcher().storedFields().document(d.doc).get(Fields.TITLE_BIGRAMS));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
