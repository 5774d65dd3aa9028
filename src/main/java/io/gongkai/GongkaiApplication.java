package io.gongkai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: every endpoint lives under {@code /api/v1}. */
@ApplicationScoped
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Gongkai API",
            version = "1",
            description =
                "政府信息公开: public catalogue, items and feeds (no login) and the editorial API under /manage (Bearer token from /auth/token)."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class GongkaiApplication extends Application {

  /**
   * {@code Location} headers stay as the resources write them, relative to the server: resolving
   * them would take the client's {@code Host} header, which is never trusted (see PublicUrls).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.headers.location.relative.resolution.disabled", true);
  }
}
