package io.gongkai.requests.boundary;

import io.gongkai.platform.AcceptLanguage;
import io.gongkai.platform.BoundedBody;
import io.gongkai.platform.JsonBodies;
import io.gongkai.platform.PublicUrls;
import io.gongkai.requests.control.OnlineRequests;
import io.gongkai.requests.control.SubmissionInput;
import io.gongkai.requests.entity.TrackingNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The public online form (网上申请) of an organisation that accepts requests online. No login; the body
 * is bounded, the answer is never stored by caches.
 */
@RequestScoped
@Path("organisations/{slug}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnlineRequestsResource {

  /** A filled-in form is a few kilobytes; 32 KiB leaves room for a long request in Chinese. */
  static final long MAX_BODY = 32 * 1024;

  @Inject OnlineRequests online;
  @Inject PublicUrls urls;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @POST
  public Response submit(@PathParam("slug") String slug, InputStream body) {
    byte[] bytes = BoundedBody.read(body, MAX_BODY, "request-form");
    SubmissionInput in =
        JsonBodies.readOptional(new String(bytes, StandardCharsets.UTF_8), SubmissionInput.class);
    OnlineRequests.Receipt r = online.submit(slug, in, urls.clientAddress(request));
    return Response.created(
            URI.create("/api/v1/request-status/" + TrackingNumber.grouped(r.trackingNumber())))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(SubmissionReceipt.from(r, AcceptLanguage.of(headers)))
        .build();
  }
}
