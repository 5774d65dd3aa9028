package io.gongkai.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

/**
 * Caching headers for every response. Public GETs get an ETag (the resource's own, or a hash of the
 * JSON it returns), Cache-Control and 304 on a matching conditional request; editorial and login
 * responses are never stored.
 */
@Provider
// response filters run from the highest priority to the lowest: this one last, after the filters
// that read the entity (page links), since it replaces the entity with the bytes it hashed
@Priority(Priorities.AUTHENTICATION)
public class HttpCaching implements ContainerResponseFilter {

  @Inject Settings settings;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    if (!isPublic(request)) {
      response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
      return;
    }
    String method = request.getMethod();
    if (!("GET".equals(method) || "HEAD".equals(method))
        || response.getStatus() != 200
        || !response.hasEntity()) {
      return;
    }
    String preset = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
    if (preset != null && preset.contains("no-store")) {
      return; // not stored anywhere: no validator worth hashing the body for
    }
    if (preset == null) {
      response
          .getHeaders()
          .putSingle(
              HttpHeaders.CACHE_CONTROL, "public, max-age=" + settings.publicMaxAgeSeconds());
    }
    EntityTag tag = response.getEntityTag();
    if (tag == null) {
      // the body is written once: the bytes hashed here are the bytes sent
      Object entity = response.getEntity();
      byte[] body;
      if (entity instanceof byte[] b) {
        body = b;
      } else if (entity instanceof String s) {
        body = s.getBytes(StandardCharsets.UTF_8);
      } else {
        body = JsonbSettings.jsonb().toJson(entity).getBytes(StandardCharsets.UTF_8);
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
      }
      tag = new EntityTag(hash(body));
      response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    }
    Date lastModified = response.getLastModified();
    Response.ResponseBuilder notModified =
        lastModified == null
            ? request.getRequest().evaluatePreconditions(tag)
            : request.getRequest().evaluatePreconditions(lastModified, tag);
    if (notModified != null
        && request.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null
        && request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE) == null) {
      notModified = null;
    }
    if (notModified != null) {
      response.setStatus(304);
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }
  }

  static boolean isPublic(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return !(trimmed.startsWith("manage") || trimmed.startsWith("auth"));
  }

  /** The strong validator of a body: the first half of its SHA-256, in hex. */
  static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
