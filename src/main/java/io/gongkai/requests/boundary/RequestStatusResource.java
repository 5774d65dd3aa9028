package io.gongkai.requests.boundary;

import io.gongkai.platform.PublicUrls;
import io.gongkai.requests.control.OnlineRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The state of an online request by its tracking number (办理状态查询). No login, nothing personal, never
 * cached; unknown numbers are counted per client address and limited.
 */
@RequestScoped
@Path("request-status")
@Produces(MediaType.APPLICATION_JSON)
public class RequestStatusResource {

  @Inject OnlineRequests online;
  @Inject PublicUrls urls;
  @Context HttpServletRequest request;

  @GET
  @Path("{tracking}")
  public Response status(@PathParam("tracking") String tracking) {
    return Response.ok(TrackingStatus.from(online.status(tracking, urls.clientAddress(request))))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
