package io.gongkai.organisations.boundary;

import io.gongkai.channels.boundary.CatalogueNode;
import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.channels.entity.ChannelKind;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.PublicAnswers;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.Reports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The public view of organisations, their catalogue and their 指南. */
@RequestScoped
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ItemQueries items;
  @Inject Reports reports;
  @Inject io.gongkai.platform.Settings settings;
  @Inject PublicAnswers answers;
  @Context UriInfo uri;

  @GET
  public Response list() {
    return tx.read(
        em -> fresh(em, null, organisations.all(em).stream().map(OrganisationJson::from).toList()));
  }

  @GET
  @Path("{slug}")
  public Response get(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation o = organisations.get(em, slug);
          return fresh(em, o, OrganisationJson.from(o));
        });
  }

  @GET
  @Path("{slug}/catalogue")
  public Response catalogue(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation o = organisations.get(em, slug);
          return kept(em, o, () -> catalogue(em, o));
        });
  }

  @GET
  @Path("{slug}/guide")
  public Response guide(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation o = organisations.get(em, slug);
          return kept(em, o, () -> Guide.of(o, catalogue(em, o)));
        });
  }

  /** The entity with the Last-Modified of the organisation's public content (all, for null). */
  private Response fresh(EntityManager em, Organisation o, Object entity) {
    return Response.ok(entity).lastModified(Date.from(changed(em, o))).build();
  }

  /**
   * The entity made once for every request until the organisation's public content changes: a
   * catalogue counts every visible item of the organisation by channel.
   */
  private Response kept(EntityManager em, Organisation o, Supplier<?> entity) {
    return answers.answer(em, uri, changed(em, o), entity);
  }

  /** When the organisation's public content (all, for null) last changed, reports included. */
  private Instant changed(EntityManager em, Organisation o) {
    Instant changed = items.lastPublicChange(em, o == null ? null : o.id());
    Instant reported = o == null ? null : reports.lastPublished(em, o);
    return reported != null && reported.isAfter(changed) ? reported : changed;
  }

  /** Each channel with its visible items; the 年度报告 channel with the published reports. */
  private List<CatalogueNode> catalogue(EntityManager em, Organisation o) {
    List<Channel> all = channels.of(em, o);
    Map<Long, Long> counts = new HashMap<>(items.visibleCountsByChannel(em, o.id()));
    long published = reports.published(em, o).size();
    all.stream()
        .filter(c -> c.kind() == ChannelKind.REPORT_LIST)
        .forEach(c -> counts.put(c.id(), published));
    return CatalogueNode.tree(all, counts, settings.pictureChannels());
  }
}
