package io.gongkai.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may show Gongkai's pages in a frame. A report's HTML fragment is made to be embedded: the
 * configured portal origins ({@code gongkai.cors.origins}) may frame it, by {@code
 * Content-Security-Policy: frame-ancestors}. Everything else — the console above all — only by
 * Gongkai's own pages ({@code X-Frame-Options: SAMEORIGIN}), against clickjacking. Payara's own
 * blanket {@code X-Frame-Options} is switched off at boot ({@code deploy/payara-preboot.asadmin}),
 * since a browser obeys it before any {@code frame-ancestors}.
 */
@WebFilter("/*")
public class Framing extends HttpFilter {

  /** The embeddable pages: a report's official layout as an HTML fragment. */
  static final Pattern EMBEDDABLE = Pattern.compile("/api/v1/reports/[^/]+/[0-9]+/html");

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (EMBEDDABLE.matcher(path).matches()) {
      response.setHeader("Content-Security-Policy", frameAncestors(settings.corsOrigins()));
    } else {
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }
    chain.doFilter(request, response);
  }

  /** {@code frame-ancestors 'self'} and each configured origin ({@code *}: any). */
  static String frameAncestors(Set<String> origins) {
    if (origins.contains("*")) {
      return "frame-ancestors *";
    }
    StringBuilder b = new StringBuilder("frame-ancestors 'self'");
    for (String origin : new TreeSet<>(origins)) {
      if (ORIGIN.matcher(origin).matches()) {
        b.append(' ').append(origin);
      }
    }
    return b.toString();
  }

  /** A scheme, host and optional port, nothing that could end the directive. */
  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
}
