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
 * Under {@code /themes/default/…} browsers and proxies keep the assets for five minutes, so a theme
 * update reaches portals soon; under {@code /themes/v/<version>/default/…} ({@link ThemeVersion})
 * for a year. Every answer names the current version in {@code X-Theme-Version}.
 */
@WebFilter("/themes/*")
public class ThemeAssetsCors extends HttpFilter {

  @Inject Settings settings;
  @Inject ThemeVersion version;

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
    response.setHeader("X-Theme-Version", version.current());
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(ThemeVersion.PREFIX)) {
      String rest = path.substring(ThemeVersion.PREFIX.length());
      int slash = rest.indexOf('/');
      if (slash > 0) {
        boolean current = rest.substring(0, slash).equals(version.current());
        // an address of an older version serves today's file, briefly cached
        response.setHeader(
            "Cache-Control",
            current ? "public, max-age=31536000, immutable" : "public, max-age=300");
        request.getRequestDispatcher("/themes" + rest.substring(slash)).forward(request, response);
        return;
      }
    }
    // a portal page loads these on every visit: reused for five minutes, then revalidated (304)
    response.setHeader("Cache-Control", "public, max-age=300");
    chain.doFilter(request, response);
  }
}
