package io.gongkai.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Weight;

/**
 * Makes the searchers of a generation. A large index is searched on several threads at once: its
 * segments are dealt into as many slices as there are search threads, largest segment first to the
 * slice with the fewest documents, and Lucene scores the slices in parallel, the request's own
 * thread taking its share. One search on an idle two-core machine then takes about two thirds of
 * the time (the largest segment holds most documents and bounds the gain). Slices are handed out
 * only while the search is the only one running: under load every core is busy with a search of its
 * own, and handing out slices would only add thread switches, so the request's thread scores them
 * all. A small index is searched on the request's thread alone: handing out work would cost more
 * than it saves.
 *
 * <p>Only the scoring is shared out. Lucene would also hand out one task per segment for every term
 * it looks up while preparing a query (a weight); waking a thread for each costs more than the
 * look-up. So weights are prepared by a twin searcher of the same reader that has no threads. A
 * weight holds the statistics of the whole reader either way, so the scores are the same.
 */
final class Searchers extends SearcherFactory {

  private final Executor executor;
  private final int slices;
  private final int minDocs;

  /**
   * @param executor the search threads, or null to search on the caller's thread only
   * @param slices how many parts a large index is searched in
   * @param minDocs the documents from which an index is searched in parallel
   * @param alone whether the search asking is the only one running now
   */
  Searchers(Executor executor, int slices, int minDocs, BooleanSupplier alone) {
    this.executor =
        executor == null
            ? null
            : task -> {
              if (alone.getAsBoolean()) {
                executor.execute(task);
              } else {
                task.run(); // an Executor may run a task on the caller's thread
              }
            };
    this.slices = slices;
    this.minDocs = minDocs;
  }

  /** Searchers on the caller's thread only. */
  static Searchers serial() {
    return new Searchers(null, 1, Integer.MAX_VALUE, () -> true);
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
    if (executor == null || slices < 2 || reader.maxDoc() < minDocs) {
      return new IndexSearcher(reader);
    }
    int n = slices;
    IndexSearcher preparing = new IndexSearcher(reader);
    return new IndexSearcher(reader, executor) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return balance(leaves, n).stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
      }

      @Override
      public Weight createWeight(Query query, ScoreMode scoreMode, float boost) throws IOException {
        return preparing.createWeight(query, scoreMode, boost);
      }
    };
  }

  /**
   * Deals segments into at most {@code n} groups of near-equal document counts: each segment, the
   * largest first, goes to the group with the fewest documents so far. Empty groups are left out.
   */
  static List<List<LeafReaderContext>> balance(List<LeafReaderContext> leaves, int n) {
    List<LeafReaderContext> bySize = new ArrayList<>(leaves);
    bySize.sort(
        Comparator.comparingInt((LeafReaderContext c) -> c.reader().maxDoc())
            .reversed()
            .thenComparingInt(c -> c.ord));
    List<List<LeafReaderContext>> groups = new ArrayList<>();
    long[] docs = new long[Math.max(1, n)];
    for (int i = 0; i < docs.length; i++) {
      groups.add(new ArrayList<>());
    }
    for (LeafReaderContext leaf : bySize) {
      int least = 0;
      for (int i = 1; i < docs.length; i++) {
        if (docs[i] < docs[least]) {
          least = i;
        }
      }
      groups.get(least).add(leaf);
      docs[least] += leaf.reader().maxDoc();
    }
    groups.removeIf(List::isEmpty);
    // each slice scores its segments in index order, as a single-threaded search does
    groups.forEach(g -> g.sort(Comparator.comparingInt(c -> c.ord)));
    return groups;
  }
}
