package io.gongkai.access.boundary;

import io.gongkai.access.control.Accounts;
import io.gongkai.access.control.Caller;
import io.gongkai.access.control.Sessions;
import io.gongkai.platform.PublicUrls;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Who the current token belongs to; the console's picture cookie. */
@RequestScoped
@Path("manage/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller and their grants. */
  public record Me(String username, List<GrantJson> grants) {}

  @Inject Transactions tx;
  @Inject Accounts accounts;
  @Inject Caller caller;
  @Inject PublicUrls urls;
  @Inject Settings settings;

  @GET
  public Me me() {
    String username = caller.username();
    return tx.read(
        em ->
            new Me(
                username,
                accounts.get(em, username).grants().stream().map(GrantJson::from).toList()));
  }

  /**
   * Puts the caller's token into an HttpOnly, SameSite=Strict cookie sent only to {@code
   * /api/v1/items/}, where it lets the console's {@code <img>} show the pictures of drafts of the
   * caller's organisations (an image request cannot carry a bearer header). It lives as long as a
   * token; ending the account's sessions ends it too.
   */
  @POST
  @Path("picture-cookie")
  public Response pictureCookie(@Context HttpServletRequest request) {
    caller.username(); // the authentication filter has checked the bearer token
    String token = request.getHeader("Authorization").substring(7).trim();
    String cookie =
        Sessions.PICTURE_COOKIE
            + "="
            + token
            + "; Path=/api/v1/items/; Max-Age="
            + settings.tokenTtl().toSeconds()
            + "; HttpOnly; SameSite=Strict"
            + (urls.base(request).startsWith("https:") ? "; Secure" : "");
    return Response.noContent().header("Set-Cookie", cookie).build();
  }
}
