package io.gongkai.items.boundary;

import io.gongkai.access.control.Sessions;
import io.gongkai.items.boundary.ItemJson.ItemDetail;
import io.gongkai.items.boundary.ItemJson.ItemSummary;
import io.gongkai.items.boundary.ItemJson.PageJson;
import io.gongkai.items.control.Attachments;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.AttachmentVariant;
import io.gongkai.items.entity.Item;
import io.gongkai.platform.Paging;
import io.gongkai.platform.Problem;
import io.gongkai.platform.PublicAnswers;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;

/** The public item API: lists, one item, look-up by 索引号, attachment downloads. */
@RequestScoped
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;
  @Inject Transactions tx;
  @Inject ItemQueries queries;
  @Inject ItemFilters filters;
  @Inject Attachments attachments;
  @Inject Sessions sessions;
  @Inject PublicAnswers answers;

  @GET
  public Response list(
      @QueryParam("organisation") String organisation,
      @QueryParam("channel") String channel,
      @QueryParam("year") Integer year,
      @QueryParam("genre") String genre,
      @QueryParam("validity") String validity,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    ItemQueries.Order order = ItemFilters.order(sort);
    return tx.read(
        em -> {
          var filter =
              filters.parse(
                  em, new ItemFilters.Params(organisation, channel, year, genre, validity, null));
          Instant changed = queries.lastPublicChange(em, filter.organisationId());
          return answers.answer(
              em,
              uri,
              changed,
              () -> {
                var result =
                    queries.visible(em, filter, paging.page(), paging.size(), order, changed);
                return PageJson.of(
                    result.items().stream().map(ItemSummary::from).toList(),
                    result.page(),
                    result.size(),
                    result.total(),
                    uri);
              });
        });
  }

  @GET
  @Path("{id: [0-9]+}")
  public Response get(@PathParam("id") long id) {
    return tx.read(em -> detail(queries.visibleById(em, id)));
  }

  @GET
  @Path("by-index-number")
  public Response byIndexNumber(@QueryParam("value") String value) {
    if (value == null || value.isBlank()) {
      throw new Problem.Invalid("value", "items.index-number-to-look-up");
    }
    return tx.read(em -> detail(queries.visibleByIndexNumber(em, value.strip())));
  }

  @GET
  @Path("by-original-url")
  public Response byOriginalUrl(@QueryParam("url") String url) {
    if (url == null || url.isBlank() || url.length() > 1000) {
      throw new Problem.Invalid("url", "items.url-to-look-up");
    }
    return tx.read(em -> detail(queries.visibleByOriginalUrl(em, url.strip())));
  }

  /**
   * A file of a visible item, or an image's copy {@code w} pixels wide. A draft's pictures are
   * shown only to its organisation's editors, through the console's picture cookie, and never
   * stored by a shared cache. Not {@code immutable}: a withdrawn item's files must stop being
   * served, so public answers are revalidated against their strong ETag (the bytes' SHA-256).
   */
  @GET
  @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(
      @PathParam("id") long id,
      @PathParam("attachment") long attachmentId,
      @QueryParam("w") Integer width,
      @CookieParam(Sessions.PICTURE_COOKIE) String cookie) {
    return tx.read(
        em -> {
          Item item = visibleOrPreviewed(em, id, cookie);
          var answer = file(em, Attachments.find(item, attachmentId), width);
          if (!item.isVisibleAt(Instant.now())) {
            answer.header("Cache-Control", "private, no-store");
          }
          return answer.build();
        });
  }

  private Item visibleOrPreviewed(EntityManager em, long id, String cookie) {
    try {
      return queries.visibleById(em, id);
    } catch (Problem.NotFound hidden) {
      if (cookie == null) {
        throw hidden;
      }
      Item item = queries.byId(em, id);
      if (!sessions.mayEdit(cookie, item.organisation().id())) {
        throw hidden;
      }
      return item;
    }
  }

  /**
   * One file of an item — the upload, or its copy {@code width} pixels wide — with its type, its
   * disposition (images and PDF inline), a sandbox and its digest as the ETag: the public address
   * and the preview link's answer it alike.
   */
  Response.ResponseBuilder file(EntityManager em, Attachment a, Integer width) {
    boolean inline =
        a.contentType().startsWith("image/") || a.contentType().equals("application/pdf");
    byte[] bytes;
    String type;
    String tag;
    if (width == null) {
      bytes = attachments.content(em, a);
      type = a.contentType();
      tag = a.sha256();
    } else {
      AttachmentVariant v = Attachments.variant(em, a, width);
      bytes = v.content();
      type = v.contentType();
      tag = v.sha256();
    }
    return Response.ok(bytes, type)
        .header("Content-Disposition", disposition(inline ? "inline" : "attachment", a.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .tag(new EntityTag(tag))
        .lastModified(Date.from(a.createdAt()));
  }

  private static Response detail(Item item) {
    return Response.ok(ItemDetail.from(item)).lastModified(Date.from(item.updatedAt())).build();
  }

  /** RFC 6266: an ASCII fallback plus the exact UTF-8 name (RFC 5987) for Chinese file names. */
  public static String disposition(String kind, String fileName) {
    return io.gongkai.platform.ContentDisposition.of(kind, fileName);
  }
}
