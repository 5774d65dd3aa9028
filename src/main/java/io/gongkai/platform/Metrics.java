package io.gongkai.platform;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.DoubleSupplier;

/**
 * The application's metrics in Prometheus's own client: one registry per deployment, written at
 * {@code /metrics} in the Prometheus text format (with its version in the content type). Request
 * durations are a histogram in seconds by method, endpoint template and status, so instances can be
 * added up; the JVM's figures come from the client's JVM instrumentation.
 */
@ApplicationScoped
public class Metrics {

  /** Upper bounds of the request-duration buckets, in seconds: 1 ms to 10 s. */
  private static final double[] BUCKETS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Histogram requests =
      Histogram.builder()
          .name("gongkai_http_request_duration_seconds")
          .help("API requests served, by method, endpoint and status, and how long they took")
          .labelNames("method", "endpoint", "status")
          .classicOnly()
          .classicUpperBounds(BUCKETS)
          .register(registry);

  public Metrics() {
    JvmMetrics.builder().register(registry);
  }

  /** One API request, answered with {@code status} after {@code seconds}. */
  public void request(String method, String endpoint, int status, double seconds) {
    requests.labelValues(method, endpoint, String.valueOf(status)).observe(seconds);
  }

  /** A counter, by the values of {@code labels}. */
  public Counter counter(String name, String help, String... labels) {
    return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  /** A gauge read when scraped. */
  public void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(value.getAsDouble()))
        .register(registry);
  }

  public String contentType() {
    return writer.getContentType();
  }

  public void write(OutputStream out) throws IOException {
    writer.write(out, registry.scrape());
  }
}
