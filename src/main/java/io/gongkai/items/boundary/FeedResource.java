package io.gongkai.items.boundary;

import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Item;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
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
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An Atom feed of the newest published items of a channel (sub-channels included). */
@RequestScoped
@Timed(description = "Requests served, by endpoint")
@Path("organisations/{slug}/channels/{code}/feed")
public class FeedResource {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ItemQueries queries;
  @Context UriInfo uri;

  @GET
  @Produces("application/atom+xml; charset=UTF-8")
  @Operation(summary = "Atom feed of a channel's 50 newest published items")
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
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", "urn:gongkai:channel:" + org.slug() + ":" + channel.code());
      element(x, "title", org.name() + " - " + channel.name());
      Instant updated =
          items.stream().map(Item::updatedAt).max(Instant::compareTo).orElse(channel.updatedAt());
      element(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
      x.writeStartElement("author");
      element(x, "name", org.name());
      x.writeEndElement();
      for (Item i : items) {
        x.writeStartElement("entry");
        element(x, "id", "urn:gongkai:item:" + i.id());
        element(x, "title", i.title());
        x.writeEmptyElement("link");
        x.writeAttribute("href", base + "items/" + i.id());
        element(x, "published", DateTimeFormatter.ISO_INSTANT.format(i.publishedAt()));
        element(x, "updated", DateTimeFormatter.ISO_INSTANT.format(i.updatedAt()));
        element(x, "summary", ItemJson.summaryOf(i));
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }
}
