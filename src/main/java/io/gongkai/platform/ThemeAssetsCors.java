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
 * Lets a portal on a configured origin load the theme's module scripts and styles straight from
 * Gongkai: browsers fetch {@code <script type="module">} across origins only with CORS headers.
 * Browsers and proxies keep the assets for five minutes, so a theme update reaches portals soon.
 */
@WebFilter("/themes/*")
public class ThemeAssetsCors extends HttpFilter {

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    response.addHeader("Vary", "Origin");
    if (origin != null && settings.corsAllows(origin)) {
      response.setHeader("Access-Control-Allow-Origin", origin);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    // a portal page loads these on every visit: reused for five minutes, then revalidated (304)
    response.setHeader("Cache-Control", "public, max-age=300");
    chain.doFilter(request, response);
  }
}
