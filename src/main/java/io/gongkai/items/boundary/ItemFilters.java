package io.gongkai.items.boundary;

import io.gongkai.channels.control.Channels;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Genre;
import io.gongkai.items.entity.ItemState;
import io.gongkai.items.entity.Validity;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;

/** Parses the query parameters of item lists into a checked {@link ItemQueries.Filter}. */
@ApplicationScoped
public class ItemFilters {

  @Inject Organisations organisations;
  @Inject Channels channels;

  /** The raw query parameters. */
  public record Params(
      String organisation,
      String channel,
      Integer year,
      String genre,
      String validity,
      String state) {}

  public ItemQueries.Filter parse(EntityManager em, Params p) {
    Organisation org = null;
    if (p.organisation() != null) {
      org =
          organisations
              .find(em, p.organisation())
              .orElseThrow(() -> new Problem.NotFound("organisation", p.organisation()));
    }
    List<Long> channelIds = null;
    if (p.channel() != null) {
      if (org == null) {
        throw new Problem.Invalid("channel", "field.channel-needs-organisation");
      }
      channelIds = channels.subtreeIds(em, channels.byCode(em, org, p.channel()));
    }
    if (p.year() != null && (p.year() < 1949 || p.year() > 2200)) {
      throw new Problem.Invalid("year", "field.year");
    }
    Genre genre =
        p.genre() == null
            ? null
            : Genre.fromLabel(p.genre())
                .orElseThrow(() -> new Problem.Invalid("genre", "field.unknown-genre", p.genre()));
    Validity validity =
        p.validity() == null
            ? null
            : Validity.fromLabel(p.validity())
                .orElseThrow(
                    () -> new Problem.Invalid("validity", "field.one-of", Validity.labels()));
    ItemState state =
        p.state() == null
            ? null
            : Arrays.stream(ItemState.values())
                .filter(s -> s.name().equals(p.state()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new Problem.Invalid(
                            "state", "field.one-of", Arrays.asList(ItemState.values())));
    return new ItemQueries.Filter(
        org == null ? null : org.id(), channelIds, p.year(), genre, validity, state);
  }

  public static ItemQueries.Order order(String sort) {
    if (sort == null || sort.equals("-date")) {
      return ItemQueries.Order.NEWEST_FIRST;
    }
    if (sort.equals("date")) {
      return ItemQueries.Order.OLDEST_FIRST;
    }
    throw new Problem.Invalid("sort", "items.sort");
  }
}
