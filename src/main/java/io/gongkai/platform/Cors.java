package io.gongkai.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Lets the configured portal origins call the API from the browser (gongkai.cors.origins). */
@Provider
@PreMatching
public class Cors implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String ORIGIN = "Origin";

  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString(ORIGIN);
    if ("OPTIONS".equals(request.getMethod())
        && origin != null
        && request.getHeaderString("Access-Control-Request-Method") != null) {
      Response.ResponseBuilder preflight = Response.noContent().header("Vary", ORIGIN);
      if (allowed(origin)) {
        preflight
            .header("Access-Control-Allow-Origin", origin)
            .header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS")
            .header(
                "Access-Control-Allow-Headers",
                "Authorization, Content-Type, If-Match, If-None-Match, If-Modified-Since")
            .header("Access-Control-Max-Age", "600");
      }
      request.abortWith(preflight.build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString(ORIGIN);
    response.getHeaders().add("Vary", ORIGIN);
    if (origin != null && allowed(origin)) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
      response
          .getHeaders()
          .putSingle(
              "Access-Control-Expose-Headers",
              "ETag, Last-Modified, Location, Content-Disposition, Link");
    }
  }

  private boolean allowed(String origin) {
    return settings.corsAllows(origin);
  }
}
