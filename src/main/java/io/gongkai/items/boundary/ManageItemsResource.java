package io.gongkai.items.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.items.boundary.ItemJson.AttachmentJson;
import io.gongkai.items.boundary.ItemJson.ItemView;
import io.gongkai.items.boundary.ItemJson.PageJson;
import io.gongkai.items.control.Attachments;
import io.gongkai.items.control.ItemAccess;
import io.gongkai.items.control.ItemEditor;
import io.gongkai.items.control.ItemInput;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.control.PictureInput;
import io.gongkai.items.control.Workflow;
import io.gongkai.items.entity.Item;
import io.gongkai.platform.Paging;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** The editorial item API. Every write names the version it read (If-Match). */
@RequestScoped
@Path("manage/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManageItemsResource {

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;
  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject ItemQueries queries;
  @Inject ItemFilters filters;
  @Inject ItemAccess access;
  @Inject ItemEditor editor;
  @Inject Workflow workflow;
  @Inject Attachments attachments;
  @Inject io.gongkai.access.control.Tokens tokens;
  @Inject io.gongkai.platform.Settings settings;

  @GET
  public PageJson<ItemView> list(
      @QueryParam("organisation") String organisation,
      @QueryParam("channel") String channel,
      @QueryParam("state") String state,
      @QueryParam("year") Integer year,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    if (organisation == null) {
      throw new Problem.Invalid("organisation", "field.required");
    }
    Paging paging = Paging.of(page, size);
    return tx.read(
        em -> {
          var filter =
              filters.parse(
                  em, new ItemFilters.Params(organisation, channel, year, null, null, state));
          caller.require(Role.EDITOR, filter.organisationId(), organisation);
          var result =
              queries.all(em, filter, paging.page(), paging.size(), ItemQueries.Order.NEWEST_FIRST);
          return PageJson.of(
              result.items().stream().map(ItemView::from).toList(),
              result.page(),
              result.size(),
              result.total(),
              uri);
        });
  }

  @POST
  public Response create(ItemInput input) {
    Item item = editor.create(caller, Versions.body(input));
    return view(Response.created(URI.create("/api/v1/manage/items/" + item.id())), item);
  }

  @GET
  @Path("{id: [0-9]+}")
  public Response get(@PathParam("id") long id) {
    return tx.read(em -> view(Response.ok(), access.forReading(em, caller, id)));
  }

  /** A preview link: the item as its public page will show it, for a while, to whoever holds it. */
  public record PreviewLink(String page, String api, java.time.Instant expiresAt) {}

  @POST
  @Path("{id: [0-9]+}/preview")
  public PreviewLink preview(@PathParam("id") long id) {
    long item = tx.read(em -> access.forReading(em, caller, id).id());
    java.time.Instant expires = java.time.Instant.now().plus(settings.previewTtl());
    String token = tokens.preview(item, expires);
    String page = settings.previewPage();
    return new PreviewLink(
        page + (page.contains("?") ? "&" : "?") + "preview=" + token,
        "/api/v1/preview/" + token,
        expires);
  }

  @PUT
  @Path("{id: [0-9]+}")
  public Response update(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ItemInput input) {
    return view(
        Response.ok(), editor.update(caller, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @DELETE
  @Path("{id: [0-9]+}")
  public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    editor.delete(caller, id, Versions.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/submit")
  public Response submit(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
    Long version = Versions.ifMatch(ifMatch);
    TransitionRequest.parse(body);
    return view(Response.ok(), workflow.submit(caller, id, version));
  }

  @POST
  @Path("{id: [0-9]+}/publish")
  public Response publish(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
    Long version = Versions.ifMatch(ifMatch);
    TransitionRequest r = TransitionRequest.parse(body);
    return view(Response.ok(), workflow.publish(caller, id, version, r.at()));
  }

  @POST
  @Path("{id: [0-9]+}/reject")
  public Response reject(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
    Long version = Versions.ifMatch(ifMatch);
    TransitionRequest r = TransitionRequest.parse(body);
    return view(Response.ok(), workflow.reject(caller, id, version, r.reason()));
  }

  @POST
  @Path("{id: [0-9]+}/withdraw")
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, String body) {
    Long version = Versions.ifMatch(ifMatch);
    TransitionRequest r = TransitionRequest.parse(body);
    return view(Response.ok(), workflow.withdraw(caller, id, version, r.reason()));
  }

  @GET
  @Path("{id: [0-9]+}/revisions")
  public List<RevisionJson> revisions(@PathParam("id") long id) {
    return tx.read(
        em ->
            editor.revisions(em, access.forReading(em, caller, id)).stream()
                .map(RevisionJson::from)
                .toList());
  }

  @POST
  @Path("{id: [0-9]+}/revisions/{number: [0-9]+}/restore")
  public Response restore(
      @PathParam("id") long id,
      @PathParam("number") int number,
      @HeaderParam("If-Match") String ifMatch) {
    return view(Response.ok(), editor.restore(caller, id, Versions.ifMatch(ifMatch), number));
  }

  @POST
  @Path("{id: [0-9]+}/attachments")
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    long version = Versions.ifMatchRequired(ifMatch);
    var attachment = attachments.add(caller, id, version, name, body);
    Item item = tx.read(em -> queries.byId(em, id));
    return Response.created(URI.create("/api/v1/items/" + id + "/attachments/" + attachment.id()))
        .tag(Versions.tag(item.version()))
        .entity(AttachmentJson.from(item, attachment))
        .build();
  }

  /** An image attachment's alternative text, and whether it is the item's cover. */
  @PUT
  @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
  public Response describeAttachment(
      @PathParam("id") long id,
      @PathParam("attachment") long attachment,
      @HeaderParam("If-Match") String ifMatch,
      PictureInput input) {
    return view(
        Response.ok(),
        attachments.describe(
            caller, id, Versions.ifMatch(ifMatch), attachment, Versions.body(input)));
  }

  @DELETE
  @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
  public Response removeAttachment(
      @PathParam("id") long id,
      @PathParam("attachment") long attachment,
      @HeaderParam("If-Match") String ifMatch) {
    attachments.remove(caller, id, Versions.ifMatch(ifMatch), attachment);
    return Response.noContent().build();
  }

  private static Response view(Response.ResponseBuilder builder, Item item) {
    return builder.tag(Versions.tag(item.version())).entity(ItemView.from(item)).build();
  }
}
