package io.gongkai.access.control;

import io.gongkai.platform.Problem;
import io.gongkai.platform.PublicUrls;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Every request under {@code /manage} carries a bearer token: verified here, then the account's
 * current grants are loaded, so a revoked grant or disabled account takes effect at once, and a
 * token issued before the account's sessions were ended (password change, disabling, a removed
 * grant, logging out everywhere) is refused.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class Authentication implements ContainerRequestFilter {

  @Inject Sessions sessions;
  @Inject Caller caller;
  @Inject PublicUrls urls;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!(path.startsWith("manage") || path.startsWith("/manage"))
        || "OPTIONS".equals(request.getMethod())) {
      return;
    }
    String header = request.getHeaderString("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new Problem.Unauthenticated("access.bearer-required");
    }
    Sessions.Session session = sessions.open(header.substring(7).trim());
    caller.authenticate(session.username(), urls.clientAddress(servletRequest), session.grants());
  }
}
