package io.gongkai.search.boundary;

import io.gongkai.platform.PageLinks;
import io.gongkai.search.control.Indexable;
import io.gongkai.search.control.Search;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The JSON shapes of the search API. */
public final class SearchJson {

  private SearchJson() {}

  /** A reference to an organisation. */
  public record OrganisationRef(String slug, String name) {}

  /** A reference to a channel. */
  public record ChannelRef(String code, String name) {}

  /**
   * One hit. {@code title} and {@code snippet} are HTML-escaped; their only markup is {@code
   * <mark>} around what matched.
   */
  public record HitJson(
      String type,
      long id,
      String title,
      String snippet,
      OrganisationRef organisation,
      List<ChannelRef> channels,
      Instant publishedAt,
      String writtenOn,
      String indexNumber,
      String documentNumber,
      Integer reportYear,
      String link) {}

  /** One facet value: what to filter by, what to show, how many hits. */
  public record FacetJson(String value, String label, String organisation, long count) {}

  /**
   * A page of hits. {@code next} continues after this page in the same order. When nothing matched
   * as typed: {@code correctedQuery} names the correction whose results these are (search again
   * with {@code exact=true} for the query as typed), or {@code relaxed} says these match only part
   * of the query. {@code didYouMean} proposes a correction.
   */
  public record ResultJson(
      String q,
      long total,
      int page,
      int size,
      List<HitJson> hits,
      Map<String, List<FacetJson>> facets,
      String didYouMean,
      String next,
      boolean relaxed,
      String correctedQuery,
      PageLinks links)
      implements PageLinks.Paged {}

  /** A completion. */
  public record SuggestionJson(String text, String kind, String type, Long id, String link) {}

  /** Completions for what was typed. */
  public record SuggestionsJson(String q, List<SuggestionJson> suggestions) {}

  static ResultJson of(Search.Result r, SearchLabels labels, String apiBase, UriInfo uri) {
    List<HitJson> hits = new ArrayList<>();
    for (Search.Hit h : r.hits()) {
      SearchLabels.OrganisationLabel org = labels.organisation(h.organisationId());
      hits.add(
          new HitJson(
              h.type(),
              h.id(),
              h.title(),
              h.snippet(),
              org == null ? null : new OrganisationRef(org.slug(), org.name()),
              h.channelIds().stream()
                  .map(labels::channel)
                  .filter(Objects::nonNull)
                  .map(c -> new ChannelRef(c.code(), c.name()))
                  .toList(),
              h.publishedAt(),
              h.writtenOn(),
              h.indexNumber(),
              h.documentNumber(),
              h.reportYear(),
              link(apiBase, h.type(), h.id(), org, h.reportYear())));
    }
    Map<String, List<FacetJson>> facets = new LinkedHashMap<>();
    r.facets()
        .forEach(
            (dim, counts) -> {
              List<FacetJson> values = new ArrayList<>();
              for (Search.Count c : counts) {
                FacetJson f = facet(dim, c, labels);
                if (f != null) {
                  values.add(f);
                }
              }
              facets.put(dim, values);
            });
    return new ResultJson(
        r.q(),
        r.total(),
        r.page(),
        r.size(),
        hits,
        facets,
        r.didYouMean(),
        r.next(),
        r.relaxed(),
        r.correctedQuery(),
        PageLinks.withCursor(uri, r.page(), r.size(), r.total(), r.next()));
  }

  private static FacetJson facet(String dim, Search.Count c, SearchLabels labels) {
    return switch (dim) {
      case "organisation" -> {
        var org = labels.organisation(Long.parseLong(c.value()));
        yield org == null ? null : new FacetJson(org.slug(), org.name(), null, c.count());
      }
      case "channel" -> {
        var ch = labels.channel(Long.parseLong(c.value()));
        yield ch == null ? null : new FacetJson(ch.code(), ch.name(), ch.organisation(), c.count());
      }
      case "type" ->
          new FacetJson(
              c.value(), Indexable.REPORT.equals(c.value()) ? "年度报告" : "公开信息", null, c.count());
      default -> new FacetJson(c.value(), c.value(), null, c.count());
    };
  }

  static String link(
      String apiBase, String type, long id, SearchLabels.OrganisationLabel org, Integer year) {
    if (Indexable.REPORT.equals(type)) {
      return org == null || year == null ? null : apiBase + "reports/" + org.slug() + "/" + year;
    }
    return apiBase + "items/" + id;
  }
}
