package io.gongkai.search.boundary;

import io.gongkai.items.boundary.ItemFilters;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Genre;
import io.gongkai.items.entity.Validity;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.search.control.Indexable;
import io.gongkai.search.control.Search;
import io.gongkai.search.control.SearchIndex;
import io.gongkai.search.control.SearchMisses;
import io.gongkai.search.control.Spelling;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Public full-text search over published items (with their attachments) and reports. */
@RequestScoped
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject Search search;
  @Inject SearchIndex index;
  @Inject Spelling spelling;
  @Inject SearchMisses misses;
  @Inject SearchLabels labels;
  @Inject Transactions tx;
  @Inject ItemFilters filters;
  @Context UriInfo uri;

  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("organisation") String organisation,
      @QueryParam("channel") String channel,
      @QueryParam("type") String type,
      @QueryParam("year") String year,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("genre") String genre,
      @QueryParam("theme") String theme,
      @QueryParam("validity") String validity,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("cursor") String cursor,
      @QueryParam("exact") String exact) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Integer y = integer(errors, "year", year, 1949, 2200);
    int p = orDefault(integer(errors, "page", page, 1, 100_000), 1);
    int s = orDefault(integer(errors, "size", size, 1, Search.MAX_SIZE), 10);
    LocalDate f = date(errors, "from", from);
    LocalDate t = date(errors, "to", to);
    if (f != null && t != null && t.isBefore(f)) {
      errors.add(new Problem.FieldError("to", "search.to-after-from"));
    }
    if (type != null && !type.equals(Indexable.ITEM) && !type.equals(Indexable.REPORT)) {
      errors.add(new Problem.FieldError("type", "field.one-of", List.of("item", "report")));
    }
    Search.Order order = order(errors, sort);
    if (genre != null && Genre.fromLabel(genre).isEmpty()) {
      errors.add(new Problem.FieldError("genre", "field.unknown-genre", genre));
    }
    if (validity != null && Validity.fromLabel(validity).isEmpty()) {
      errors.add(new Problem.FieldError("validity", "field.one-of", Validity.labels()));
    }
    if (channel != null && organisation == null) {
      errors.add(new Problem.FieldError("channel", "field.channel-needs-organisation"));
    }
    if (q != null && q.length() > 1000) {
      errors.add(new Problem.FieldError("q", "field.max-length", 1000));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    // the same organisation and channel-subtree resolution as the item lists
    ItemQueries.Filter where =
        tx.read(
            em ->
                filters.parse(
                    em, new ItemFilters.Params(organisation, channel, null, null, null, null)));
    Long orgId = where.organisationId();
    List<Long> channelIds = where.channelIds();
    Search.Result result =
        search.search(
            new Search.Request(
                q,
                orgId,
                channelIds,
                type,
                y,
                f,
                t,
                genre,
                blankToNull(theme),
                validity,
                order,
                p,
                s,
                blankToNull(cursor),
                isTrue(exact) ? Search.Matching.EXACT : Search.Matching.FORGIVING));
    // nothing found, found only as corrected, or found only in part: what citizens did not find
    boolean missed = result.total() == 0 || result.correctedQuery() != null || result.relaxed();
    if (missed && !result.q().isEmpty() && p == 1 && cursor == null) {
      misses.record(result.q());
    }
    return fresh(SearchJson.of(result, labels, apiBase(), uri));
  }

  private static boolean isTrue(String flag) {
    return flag != null && (flag.equals("true") || flag.equals("1"));
  }

  @GET
  @Path("suggest")
  public Response suggest(@QueryParam("q") String q) {
    if (q != null && q.length() > 1000) {
      throw new Problem.Invalid("q", "field.max-length", 1000);
    }
    String typed = q == null ? "" : q;
    List<Spelling.Suggestion> found = index.search(searcher -> spelling.suggest(searcher, typed));
    String base = apiBase();
    return fresh(
        new SearchJson.SuggestionsJson(
            typed,
            found.stream()
                .map(
                    s ->
                        new SearchJson.SuggestionJson(
                            s.text(),
                            s.kind(),
                            s.type(),
                            s.id(),
                            s.id() == null ? null : link(base, s)))
                .toList()));
  }

  /**
   * Search answers change within a second of a publication, and the same query is rarely asked
   * twice in a row: not cached, so no validator either.
   */
  private static Response fresh(Object entity) {
    return Response.ok(entity).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  private String link(String base, Spelling.Suggestion s) {
    if (Indexable.REPORT.equals(s.type())) {
      return null;
    }
    return base + "items/" + s.id();
  }

  private String apiBase() {
    return uri.getBaseUri().getPath();
  }

  private static Search.Order order(List<Problem.FieldError> errors, String sort) {
    if (sort == null || sort.equals("relevance")) {
      return Search.Order.RELEVANCE;
    }
    if (sort.equals("-date")) {
      return Search.Order.NEWEST;
    }
    if (sort.equals("date")) {
      return Search.Order.OLDEST;
    }
    errors.add(new Problem.FieldError("sort", "search.sort"));
    return Search.Order.RELEVANCE;
  }

  private static Integer integer(
      List<Problem.FieldError> errors, String name, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int v = Integer.parseInt(value.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new Problem.FieldError(name, "field.whole-number-range", min, max));
    return null;
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  private static LocalDate date(List<Problem.FieldError> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(name, "field.date"));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
