package io.gongkai.organisations.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.channels.boundary.ChannelJson;
import io.gongkai.channels.control.ChannelEditor;
import io.gongkai.channels.control.Channels;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Administering organisations and their channels. */
@RequestScoped
@Path("manage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManageOrganisationsResource {

  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ChannelEditor channelEditor;
  @Inject AuditLog audit;

  @POST
  @Path("organisations")
  public Response create(OrganisationJson in) {
    Organisation o =
        tx.write(
            em -> {
              Organisation parent =
                  in.parent() == null ? null : organisations.find(em, in.parent()).orElse(null);
              if (parent == null) {
                caller.requireInstallationAdministrator();
              } else {
                caller.require(Role.ADMINISTRATOR, parent.id(), parent.slug());
              }
              Organisation created = organisations.create(em, describe(in));
              audit.record(em, caller, "organisation.create", target(created), created.name());
              return created;
            });
    return Response.created(URI.create("/api/v1/organisations/" + o.slug()))
        .tag(Versions.tag(o.version()))
        .entity(OrganisationJson.withVersion(o))
        .build();
  }

  @GET
  @Path("organisations/{slug}")
  public Response get(@PathParam("slug") String slug) {
    Organisation o =
        tx.read(
            em -> {
              Organisation org = organisations.get(em, slug);
              caller.require(Role.ADMINISTRATOR, org.id(), slug);
              return org;
            });
    return Response.ok(OrganisationJson.withVersion(o)).tag(Versions.tag(o.version())).build();
  }

  @PUT
  @Path("organisations/{slug}")
  public Response update(
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      OrganisationJson in) {
    Long version = Versions.ifMatch(ifMatch);
    Organisation o =
        tx.write(
            em -> {
              Organisation org = organisations.get(em, slug);
              caller.require(Role.ADMINISTRATOR, org.id(), slug);
              Versions.require(org.version(), version);
              em.lock(org, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
              if (in.slug() != null && !in.slug().equals(slug)) {
                throw new Problem.Invalid("slug", "organisations.slug-fixed");
              }
              requireRightToMove(em, org, in.parent());
              organisations.update(em, org, describe(in));
              audit.record(em, caller, "organisation.update", target(org), org.name());
              return org;
            });
    return Response.ok(OrganisationJson.withVersion(o)).tag(Versions.tag(o.version())).build();
  }

  /**
   * Moving an organisation in the tree needs the installation administrator, or administrator
   * rights over both the old and the new parent: an agency's own administrator cannot lift it to
   * the top level or place it under another agency.
   */
  private void requireRightToMove(EntityManager em, Organisation org, String newParentSlug) {
    String oldParentSlug = org.parent() == null ? null : org.parent().slug();
    String wanted = newParentSlug == null || newParentSlug.isBlank() ? null : newParentSlug;
    if (java.util.Objects.equals(oldParentSlug, wanted) || caller.isInstallationAdministrator()) {
      return;
    }
    if (oldParentSlug == null || wanted == null) {
      caller.requireInstallationAdministrator();
    }
    caller.require(Role.ADMINISTRATOR, org.parent().id(), oldParentSlug);
    Organisation target =
        organisations
            .find(em, wanted)
            .orElseThrow(() -> new Problem.Invalid("parent", "field.no-organisation", wanted));
    caller.require(Role.ADMINISTRATOR, target.id(), wanted);
  }

  @GET
  @Path("organisations/{slug}/channels")
  public List<ChannelJson> channels(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation org = organisations.get(em, slug);
          caller.require(Role.EDITOR, org.id(), slug);
          return channels.of(em, org).stream().map(ChannelJson::from).toList();
        });
  }

  @POST
  @Path("organisations/{slug}/channels")
  public Response createChannel(@PathParam("slug") String slug, ChannelJson in) {
    var c = channelEditor.create(caller, slug, change(Versions.body(in)));
    return Response.created(URI.create("/api/v1/manage/channels/" + c.id()))
        .tag(Versions.tag(c.version()))
        .entity(ChannelJson.from(c))
        .build();
  }

  @PUT
  @Path("channels/{id: [0-9]+}")
  public Response updateChannel(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ChannelJson in) {
    var c = channelEditor.update(caller, id, Versions.ifMatch(ifMatch), change(Versions.body(in)));
    return Response.ok(ChannelJson.from(c)).tag(Versions.tag(c.version())).build();
  }

  @DELETE
  @Path("channels/{id: [0-9]+}")
  public Response deleteChannel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    channelEditor.delete(caller, id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  private static ChannelEditor.Change change(ChannelJson in) {
    return new ChannelEditor.Change(
        in.code(), in.name(), in.parent(), in.kind(), in.article20(), in.position());
  }

  private static Organisations.Description describe(OrganisationJson in) {
    Versions.body(in);
    return new Organisations.Description(
        in.slug(),
        in.code(),
        in.name(),
        in.shortName(),
        in.parent(),
        in.contact() == null ? null : in.contact().toContact(),
        in.requestsOnline());
  }

  private static AuditLog.Target target(Organisation o) {
    return new AuditLog.Target("organisation", o.slug(), o.id());
  }
}
