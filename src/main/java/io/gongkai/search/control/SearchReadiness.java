package io.gongkai.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once this instance has a search index to answer from (not while building the first). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchIndex index;

  @Override
  public HealthCheckResponse call() {
    SearchIndex.Rebuild rebuild = index.rebuildStatus();
    var response = HealthCheckResponse.named("search-index").status(index.ready());
    if (rebuild != null) {
      response.withData("rebuild", rebuild.state()).withData("done", rebuild.done());
    }
    return response.build();
  }
}
