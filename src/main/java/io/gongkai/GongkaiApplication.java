package io.gongkai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application: every endpoint lives under {@code /api/v1}, described by the hand-kept
 * {@code META-INF/openapi.yaml} (served at {@code /openapi}; OpenApiDocumentTest keeps the two in
 * step).
 */
@ApplicationScoped
@ApplicationPath("/api/v1")
public class GongkaiApplication extends Application {}
