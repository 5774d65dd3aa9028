package io.gongkai.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Times every API request into {@link Metrics}, labelled by the endpoint's template ({@code
 * /items/{id}}), never by the concrete path, so the number of series stays bounded.
 */
@Provider
@PreMatching
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = RequestMetrics.class.getName() + ".started";

  /** Each resource method's template, worked out once. */
  private static final java.util.Map<Method, String> TEMPLATES =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Inject Metrics metrics;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    metrics.request(request.getMethod(), endpoint(), response.getStatus(), seconds);
  }

  /** {@code /items/{id}} for the matched method; {@code unmatched} when none matched. */
  private String endpoint() {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (type == null || method == null) {
      return "unmatched";
    }
    return TEMPLATES.computeIfAbsent(
        method, m -> join(join("", type.getAnnotation(Path.class)), m.getAnnotation(Path.class)));
  }

  private static String join(String base, Path path) {
    if (path == null) {
      return base.isEmpty() ? "/" : base;
    }
    String p = path.value().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    return (base + "/" + p).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
  }
}
