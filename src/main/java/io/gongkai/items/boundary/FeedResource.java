package io.gongkai.items.boundary;

import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Item;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.AtomFeed;
import io.gongkai.platform.PublicUrls;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** An Atom feed of the newest published items of a channel (sub-channels included). */
@RequestScoped
@Path("organisations/{slug}/channels/{code}/feed")
public class FeedResource {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ItemQueries queries;
  @Inject PublicUrls urls;
  @Inject Settings settings;
  @Context HttpServletRequest request;

  @GET
  @Produces(AtomFeed.MEDIA_TYPE)
  public Response feed(@PathParam("slug") String slug, @PathParam("code") String code) {
    return tx.read(
        em -> {
          Organisation org = organisations.get(em, slug);
          Channel channel = channels.byCode(em, org, code);
          var filter =
              new ItemQueries.Filter(
                  org.id(), channels.subtreeIds(em, channel), null, null, null, null);
          List<Item> items =
              queries.visible(em, filter, 1, 50, ItemQueries.Order.NEWEST_FIRST).items();
          return Response.ok(write(org, channel, items))
              .lastModified(java.util.Date.from(queries.lastPublicChange(em, org.id())))
              .build();
        });
  }

  private String write(Organisation org, Channel channel, List<Item> items) {
    String base = urls.base(request);
    return AtomFeed.write(
        new AtomFeed.Head(
            "urn:gongkai:channel:" + org.slug() + ":" + channel.code(),
            org.name() + " - " + channel.name(),
            org.name(),
            channel.updatedAt(),
            base + "/api/v1/organisations/" + org.slug() + "/channels/" + channel.code() + "/feed",
            urls.page(
                request,
                settings.publicChannelUrl(),
                Map.of("organisation", org.slug(), "channel", channel.code()))),
        items.stream()
            .map(
                i ->
                    new AtomFeed.Entry(
                        "urn:gongkai:item:" + i.id(),
                        i.title(),
                        urls.page(
                            request,
                            settings.publicItemUrl(),
                            Map.of(
                                "organisation",
                                org.slug(),
                                "channel",
                                i.primaryChannel().code(),
                                "id",
                                i.id())),
                        base + "/api/v1/items/" + i.id(),
                        i.publishedAt(),
                        i.updatedAt(),
                        ItemJson.summaryOf(i),
                        categories(i)))
            .toList());
  }

  /** The item's channels, its primary one first. */
  private static List<AtomFeed.Category> categories(Item i) {
    List<AtomFeed.Category> all = new java.util.ArrayList<>();
    all.add(new AtomFeed.Category(i.primaryChannel().code(), i.primaryChannel().name()));
    i.extraChannels().stream()
        .sorted(java.util.Comparator.comparing(Channel::code))
        .forEach(c -> all.add(new AtomFeed.Category(c.code(), c.name())));
    return all;
  }
}
