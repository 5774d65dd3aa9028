package io.gongkai.search.boundary;

import io.gongkai.channels.entity.Channel;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Names for the ids the index holds. Organisations and channels are few and change rarely; they are
 * read from the database at most every few seconds, so a renamed channel shows its new name in
 * search results without touching the index.
 */
@ApplicationScoped
public class SearchLabels {

  private static final long TTL_NANOS = 5_000_000_000L;

  @Inject Transactions tx;

  /** An organisation as a hit shows it. */
  public record OrganisationLabel(long id, String slug, String name) {}

  /** A channel as a hit shows it. */
  public record ChannelLabel(long id, String code, String name, String organisation) {}

  private record Labels(
      Map<Long, OrganisationLabel> organisations,
      Map<Long, ChannelLabel> channels,
      long loadedAt) {}

  private volatile Labels labels;

  public OrganisationLabel organisation(long id) {
    return current().organisations().get(id);
  }

  public ChannelLabel channel(long id) {
    return current().channels().get(id);
  }

  private Labels current() {
    Labels l = labels;
    if (l == null || System.nanoTime() - l.loadedAt() > TTL_NANOS) {
      l = load();
      labels = l;
    }
    return l;
  }

  private Labels load() {
    return tx.read(
        em -> {
          Map<Long, OrganisationLabel> orgs = new HashMap<>();
          for (Organisation o :
              em.createQuery("select o from Organisation o", Organisation.class).getResultList()) {
            orgs.put(o.id(), new OrganisationLabel(o.id(), o.slug(), o.name()));
          }
          Map<Long, ChannelLabel> channels = new HashMap<>();
          for (Channel c :
              em.createQuery("select c from Channel c", Channel.class).getResultList()) {
            channels.put(
                c.id(), new ChannelLabel(c.id(), c.code(), c.name(), c.organisation().slug()));
          }
          return new Labels(Map.copyOf(orgs), Map.copyOf(channels), System.nanoTime());
        });
  }
}
