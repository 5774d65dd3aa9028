package io.gongkai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JAX-RS application: every endpoint lives under {@code /api/v1}, described by the hand-kept
 * {@code META-INF/openapi.yaml} (served at {@code /openapi}; OpenApiDocumentTest keeps the two in
 * step).
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
public class GongkaiApplication extends Application {

  /**
   * {@code Location} headers stay as the resources write them, relative to the server: resolving
   * them would take the client's {@code Host} header, which is never trusted (see PublicUrls). No
   * WADL: the API is described at {@code /openapi}, and Jersey's own {@code application.wadl} would
   * list every management endpoint to anyone and cost its model at every start.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.headers.location.relative.resolution.disabled",
        true,
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
