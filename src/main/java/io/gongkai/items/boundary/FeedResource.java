package io.gongkai.items.boundary;

import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Item;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.AtomFeed;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;

/** An Atom feed of the newest published items of a channel (sub-channels included). */
@RequestScoped
@Timed(description = "Requests served, by endpoint")
@Path("organisations/{slug}/channels/{code}/feed")
public class FeedResource {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ItemQueries queries;
  @Context UriInfo uri;

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
    String base = uri.getBaseUri().toString();
    return AtomFeed.write(
        new AtomFeed.Head(
            "urn:gongkai:channel:" + org.slug() + ":" + channel.code(),
            org.name() + " - " + channel.name(),
            org.name(),
            channel.updatedAt()),
        items.stream()
            .map(
                i ->
                    new AtomFeed.Entry(
                        "urn:gongkai:item:" + i.id(),
                        i.title(),
                        base + "items/" + i.id(),
                        i.publishedAt(),
                        i.updatedAt(),
                        ItemJson.summaryOf(i)))
            .toList());
  }
}
