package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Transactions tx;

  @Override
  public HealthCheckResponse call() {
    try {
      Object one = tx.read(em -> em.createNativeQuery("SELECT 1").getSingleResult());
      return HealthCheckResponse.named("database").status(one != null).build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
