package io.gongkai.items.boundary;

import io.gongkai.access.control.Tokens;
import io.gongkai.items.boundary.ItemJson.ItemDetail;
import io.gongkai.items.control.Attachments;
import io.gongkai.items.entity.Item;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A draft as the public will see it, through a preview link an editor made ({@code POST
 * /manage/items/{id}/preview}): the item's public JSON and its files, for whoever holds the link
 * until it expires — nobody else, never cached, never indexed. The item's own file addresses in the
 * JSON (attachments, pictures in the body) point under the link, since a draft's files are not
 * public yet.
 */
@RequestScoped
@Path("preview/{token}")
public class PreviewResource {

  private static final String PRIVATE = "private, no-store";

  @Inject Tokens tokens;
  @Inject Transactions tx;
  @Inject ItemsResource files;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response item(@PathParam("token") String token) {
    return tx.read(
        em -> {
          Item item = previewed(em, token);
          String json =
              JsonbSettings.jsonb()
                  .toJson(ItemDetail.from(item))
                  .replace(
                      "/api/v1/items/" + item.id() + "/attachments/",
                      "/api/v1/preview/" + token + "/attachments/");
          return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
              .header("Cache-Control", PRIVATE)
              .header("X-Robots-Tag", "noindex, nofollow")
              .header("Referrer-Policy", "no-referrer")
              .build();
        });
  }

  @GET
  @Path("attachments/{attachment: [0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(
      @PathParam("token") String token,
      @PathParam("attachment") long attachmentId,
      @QueryParam("w") Integer width) {
    return tx.read(
        em -> {
          Item item = previewed(em, token);
          return files
              .file(em, Attachments.find(item, attachmentId), width)
              .header("Cache-Control", PRIVATE)
              .header("X-Robots-Tag", "noindex, nofollow")
              .build();
        });
  }

  private Item previewed(EntityManager em, String token) {
    Item item = tokens.previewed(token).map(id -> em.find(Item.class, id)).orElse(null);
    if (item == null) {
      throw new Problem(404, "not-found", "items.preview-expired");
    }
    return item;
  }
}
