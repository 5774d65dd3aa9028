package io.gongkai.organisations.boundary;

import io.gongkai.channels.boundary.CatalogueNode;
import io.gongkai.channels.control.Channels;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public view of organisations, their catalogue and their 指南. */
@RequestScoped
@Timed(description = "Requests served, by endpoint")
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ItemQueries items;

  @GET
  @Operation(summary = "Every organisation publishing on this portal")
  public Response list() {
    return tx.read(
        em -> fresh(em, null, organisations.all(em).stream().map(OrganisationJson::from).toList()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One organisation with its contact block")
  public Response get(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation o = organisations.get(em, slug);
          return fresh(em, o, OrganisationJson.from(o));
        });
  }

  @GET
  @Path("{slug}/catalogue")
  @Operation(
      summary = "The channel tree with counts of published items (own and including sub-channels)")
  public Response catalogue(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation o = organisations.get(em, slug);
          return fresh(em, o, catalogue(em, o));
        });
  }

  @GET
  @Path("{slug}/guide")
  @Operation(summary = "The 政府信息公开指南, generated from the contact block and the catalogue")
  public Response guide(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation o = organisations.get(em, slug);
          return fresh(em, o, Guide.of(o, catalogue(em, o)));
        });
  }

  /** The entity with the Last-Modified of the organisation's public content (all, for null). */
  private Response fresh(EntityManager em, Organisation o, Object entity) {
    return Response.ok(entity)
        .lastModified(Date.from(items.lastPublicChange(em, o == null ? null : o.id())))
        .build();
  }

  private List<CatalogueNode> catalogue(EntityManager em, Organisation o) {
    return CatalogueNode.tree(channels.of(em, o), items.visibleCountsByChannel(em, o.id()));
  }
}
