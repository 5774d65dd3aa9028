package io.gongkai.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Counts of the hits per organisation, channel, type and year, from doc values collected in the
 * same pass as the hits. The ordinals are built once per refreshed reader.
 */
final class Facets {

  private static final int MAX_FACET_VALUES = 50;

  Map<String, List<Search.Count>> count(
      IndexSearcher searcher, FacetsCollectorManager.FacetsResult found) throws IOException {
    Map<String, List<Search.Count>> out = new LinkedHashMap<>();
    DefaultSortedSetDocValuesReaderState state = state(searcher.getIndexReader());
    if (state == null) {
      for (String dim : Fields.FACETS) {
        out.put(dim, List.of());
      }
      return out;
    }
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
    for (String dim : Fields.FACETS) {
      List<Search.Count> values = new ArrayList<>();
      FacetResult result = null;
      try {
        result = counts.getTopChildren(MAX_FACET_VALUES, dim);
      } catch (IllegalArgumentException noSuchDimension) {
        // no document has this dimension yet
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new Search.Count(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  private final Map<Object, DefaultSortedSetDocValuesReaderState> states =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** Facet ordinals per reader, built once per refreshed reader. */
  private DefaultSortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    if (reader.leaves().isEmpty() || !hasFacets(reader)) {
      return null;
    }
    Object key = reader.getReaderCacheHelper().getKey();
    DefaultSortedSetDocValuesReaderState state = states.get(key);
    if (state == null) {
      state = new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS_CONFIG);
      states.put(key, state);
    }
    return state;
  }

  private static boolean hasFacets(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo("$facets") != null) {
        return true;
      }
    }
    return false;
  }
}
