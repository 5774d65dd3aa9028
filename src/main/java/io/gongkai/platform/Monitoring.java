package io.gongkai.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /metrics} and {@code /openapi}: served only to the configured monitoring networks when
 * {@code gongkai.monitoring.networks} is set (everyone otherwise). {@code /metrics} is Gongkai's
 * own Prometheus text ({@link Metrics}), in place of the server's MicroProfile output, whose timers
 * put nanoseconds into {@code _seconds} families.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*", "/openapi", "/openapi/*"})
public class Monitoring extends HttpFilter {

  @Inject Settings settings;
  @Inject PublicUrls urls;
  @Inject Metrics metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!allowed(request)) {
      ProblemMapper.send(
          new Problem.Forbidden("problem.forbidden.monitoring-networks"), request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/metrics") || path.startsWith("/metrics/")) {
      response.setStatus(200);
      response.setHeader("Cache-Control", "no-store");
      response.setContentType(metrics.contentType());
      metrics.write(response.getOutputStream());
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean allowed(HttpServletRequest request) {
    var networks = settings.monitoringNetworks();
    if (networks.isEmpty()) {
      return true;
    }
    String client = urls.clientAddress(request);
    return networks.stream().anyMatch(n -> PublicUrls.Cidr.contains(n, client));
  }
}
