package io.gongkai.search.control;

import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/**
 * Runs public searches on the index: filters, visibility, sort, stable paging, facets, highlighted
 * titles and snippets, and "did you mean".
 */
@ApplicationScoped
public class Search {

  /** Deepest result reachable by page number; beyond it, follow the {@code next} cursor. */
  public static final int MAX_DEPTH = 10_000;

  public static final int MAX_SIZE = 50;

  /** The stored fields a hit shows (not the body and attachment text the highlighter reads). */
  private static final java.util.Set<String> HIT_FIELDS =
      java.util.Set.of(
          Fields.TYPE,
          Fields.ID,
          Fields.ORGANISATION,
          Fields.CHANNEL,
          Fields.PUBLISHED,
          Fields.WRITTEN_ON,
          Fields.INDEX_NUMBER,
          Fields.DOCUMENT_NUMBER,
          Fields.REPORT_YEAR,
          Fields.TITLE_BIGRAMS);

  @Inject SearchIndex index;
  @Inject SearchQueries queries;
  @Inject Spelling spelling;

  private final Facets facets = new Facets();
  private final Highlights highlights = new Highlights();

  /** How results are ordered. */
  public enum Order {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  /** A checked search request; null filters do not filter. */
  public record Request(
      String q,
      Long organisationId,
      List<Long> channelIds,
      String type,
      Integer year,
      LocalDate from,
      LocalDate to,
      String genre,
      String theme,
      String validity,
      Order order,
      int page,
      int size,
      String cursor,
      Matching matching) {}

  /** Whether a search that finds nothing may be corrected and relaxed, or runs only as typed. */
  public enum Matching {
    FORGIVING,
    EXACT
  }

  /** One hit; title and snippet are HTML-escaped with {@code <mark>} around matches. */
  public record Hit(
      String type,
      long id,
      String title,
      String snippet,
      long organisationId,
      List<Long> channelIds,
      Instant publishedAt,
      String writtenOn,
      String indexNumber,
      String documentNumber,
      Integer reportYear) {}

  /** A facet value and how many hits have it. */
  public record Count(String value, long count) {}

  /**
   * The answer to a search. {@code relaxed}: nothing matched fully, these match part of the query.
   * {@code correctedQuery}: nothing matched as typed, these are the results of the correction.
   * {@code didYouMean}: a correction offered when even that found nothing.
   */
  public record Result(
      String q,
      long total,
      int page,
      int size,
      List<Hit> hits,
      Map<String, List<Count>> facets,
      String didYouMean,
      String next,
      boolean relaxed,
      String correctedQuery) {

    Result withDidYouMean(String proposal) {
      return new Result(
          q, total, page, size, hits, facets, proposal, next, relaxed, correctedQuery);
    }
  }

  public Result search(Request r) {
    QueryText typed = queries.understand(r.q());
    String cleaned = typed.shown();
    Query filter = filter(r, Instant.now());
    Sort sort = sort(r.order(), cleaned.isEmpty());
    FieldDoc cursor = r.cursor() == null ? null : Cursors.decode(r.cursor(), sort);
    if (cursor == null && (long) r.page() * r.size() > MAX_DEPTH) {
      throw new Problem.Invalid("page", "search.beyond-depth", MAX_DEPTH);
    }
    return index.search(
        searcher -> {
          var ranking =
              r.order() == Order.RELEVANCE ? Retrieval.Ranking.RELEVANCE : Retrieval.Ranking.DATE;
          var plans =
              r.matching() == Matching.EXACT
                  ? Retrieval.asTyped(queries, searcher, typed, ranking)
                  : Retrieval.plans(queries, spelling, searcher, typed, filter, ranking);
          Result result =
              Retrieval.answer(
                  plans, p -> run(searcher, r, p, filter, sort, cursor), Result::total);
          if (r.matching() == Matching.EXACT && result.total() == 0 && !typed.shown().isEmpty()) {
            String proposal = spelling.didYouMean(searcher, typed, filter, queries).orElse(null);
            return result.withDidYouMean(proposal);
          }
          return result;
        });
  }

  private Result run(
      IndexSearcher searcher,
      Request r,
      Retrieval.Plan plan,
      Query filter,
      Sort sort,
      FieldDoc cursor) {
    String cleaned = SearchQueries.clean(r.q());
    String marked = plan.correctedQuery() == null ? cleaned : plan.correctedQuery();
    Query query = SearchQueries.filtered(plan.query(), filter);
    try {
      // the cursor's own document ties on every sort value and sorts before any other
      FieldDoc after =
          cursor == null
              ? null
              : new FieldDoc(
                  Math.max(0, searcher.getIndexReader().maxDoc() - 1), cursor.score, cursor.fields);
      int wanted = after == null ? r.page() * r.size() : r.size();
      FacetsCollectorManager.FacetsResult found =
          after == null
              ? FacetsCollectorManager.search(
                  searcher, query, wanted, sort, false, new FacetsCollectorManager())
              : FacetsCollectorManager.searchAfter(
                  searcher, after, query, wanted, sort, false, new FacetsCollectorManager());
      TopDocs top = found.topDocs();
      long total = 0;
      for (var m : found.facetsCollector().getMatchingDocs()) {
        total += m.totalHits;
      }
      int from = after == null ? Math.min((r.page() - 1) * r.size(), top.scoreDocs.length) : 0;
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
      List<Hit> hits = hits(searcher, marked, page);
      Map<String, List<Count>> facets = this.facets.count(searcher, found);
      String next =
          page.length == r.size() && from + page.length < total
              ? Cursors.encode((FieldDoc) page[page.length - 1])
              : null;
      return new Result(
          cleaned,
          total,
          r.page(),
          r.size(),
          hits,
          facets,
          null,
          next,
          plan.relaxed(),
          plan.correctedQuery());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Visibility now, plus the request's filters. */
  static Query filter(Request r, Instant now) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(SearchQueries.visibleAt(now), Occur.FILTER);
    if (r.organisationId() != null) {
      b.add(SearchQueries.term(Fields.ORGANISATION, r.organisationId().toString()), Occur.FILTER);
    }
    if (r.channelIds() != null) {
      b.add(SearchQueries.anyOf(Fields.CHANNEL, r.channelIds()), Occur.FILTER);
    }
    if (r.type() != null) {
      b.add(SearchQueries.term(Fields.TYPE, r.type()), Occur.FILTER);
    }
    if (r.year() != null) {
      b.add(SearchQueries.term(Fields.YEAR, r.year().toString()), Occur.FILTER);
    }
    if (r.from() != null || r.to() != null) {
      long from =
          r.from() == null
              ? Long.MIN_VALUE
              : r.from().atStartOfDay(Fields.CHINA).toInstant().toEpochMilli();
      long to =
          r.to() == null
              ? Long.MAX_VALUE
              : r.to().plusDays(1).atStartOfDay(Fields.CHINA).toInstant().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), Occur.FILTER);
    }
    if (r.genre() != null) {
      b.add(SearchQueries.term(Fields.GENRE, r.genre()), Occur.FILTER);
    }
    if (r.theme() != null) {
      b.add(SearchQueries.term(Fields.THEME, r.theme()), Occur.FILTER);
    }
    if (r.validity() != null) {
      b.add(SearchQueries.term(Fields.VALIDITY, r.validity()), Occur.FILTER);
    }
    return b.build();
  }

  /** Every order ends on the document key, so equal scores or dates never swap between pages. */
  static Sort sort(Order order, boolean noText) {
    SortField key = new SortField(Fields.KEY, SortField.Type.STRING);
    SortField newest = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    return switch (order == Order.RELEVANCE && noText ? Order.NEWEST : order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, key);
      case NEWEST -> new Sort(newest, key);
      case OLDEST -> new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG), key);
    };
  }

  private List<Hit> hits(IndexSearcher searcher, String cleaned, ScoreDoc[] page)
      throws IOException {
    TopDocs docs =
        new TopDocs(
            new org.apache.lucene.search.TotalHits(
                page.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
            page);
    Map<String, String[]> marked = highlights.highlight(searcher, queries, cleaned, docs);
    String[] titles = marked.get(Fields.TITLE_BIGRAMS);
    List<Hit> hits = new ArrayList<>(page.length);
    org.apache.lucene.index.StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc, HIT_FIELDS);
      String snippet =
          Highlights.richer(
              marked.get(Fields.BODY_BIGRAMS)[i], marked.get(Fields.ATTACHMENT_BIGRAMS)[i]);
      hits.add(
          new Hit(
              d.get(Fields.TYPE),
              d.getField(Fields.ID).numericValue().longValue(),
              titles[i] == null ? Markup.escape(d.get(Fields.TITLE_BIGRAMS)) : titles[i],
              snippet == null ? "" : snippet,
              Long.parseLong(d.get(Fields.ORGANISATION)),
              java.util.Arrays.stream(d.getValues(Fields.CHANNEL)).map(Long::valueOf).toList(),
              Instant.ofEpochMilli(d.getField(Fields.PUBLISHED).numericValue().longValue()),
              d.get(Fields.WRITTEN_ON),
              d.get(Fields.INDEX_NUMBER),
              d.get(Fields.DOCUMENT_NUMBER),
              d.getField(Fields.REPORT_YEAR) == null
                  ? null
                  : d.getField(Fields.REPORT_YEAR).numericValue().intValue()));
    }
    return hits;
  }
}
