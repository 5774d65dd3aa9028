package io.gongkai.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The theme's files under {@code /themes/}, as portals load them.
 *
 * <ul>
 *   <li>A portal on a configured origin may load the module scripts and styles straight from
 *       Gongkai: browsers fetch {@code <script type="module">} across origins only with CORS
 *       headers.
 *   <li>Under {@code /themes/default/…} browsers and proxies keep a file for five minutes, so a
 *       theme update reaches portals soon; under {@code /themes/v/<version>/default/…} ({@link
 *       ThemeVersion}) for a year. Every answer names the current version in {@code
 *       X-Theme-Version}.
 *   <li>The validator is the file's own digest ({@link ThemeVersion#tag}), the same on every
 *       instance serving this WAR. The application server's own ({@code W/"size-mtime"} and a
 *       Last-Modified of the moment it unpacked the WAR) differed between instances, so a
 *       revalidation that reached another instance than the first answer got the whole file again.
 *   <li>Anything under {@code /themes/} that is not a file (a folder, a mistyped name) is a 404
 *       problem, not the server's HTML error page.
 * </ul>
 */
@WebFilter("/themes/*")
public class ThemeAssets extends HttpFilter {

  /** Request headers the server would answer from its own validators; this filter answers them. */
  private static final Set<String> CONDITIONS =
      Set.of("if-none-match", "if-modified-since", "if-match", "if-unmodified-since");

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
    String file = path;
    // a portal page loads these on every visit: reused for five minutes, then revalidated (304)
    String cacheControl = "public, max-age=300";
    if (path.startsWith(ThemeVersion.PREFIX)) {
      String rest = path.substring(ThemeVersion.PREFIX.length());
      int slash = rest.indexOf('/');
      file = slash > 0 ? "/themes" + rest.substring(slash) : path;
      // an address of an older version serves today's file, briefly cached
      if (slash > 0 && rest.substring(0, slash).equals(version.current())) {
        cacheControl = "public, max-age=31536000, immutable";
      }
    }
    String tag = version.tag(file).orElse(null);
    if (tag == null) {
      ProblemMapper.send(new Problem.NotFound("theme-file", path), request, response);
      return;
    }
    response.setHeader("Cache-Control", cacheControl);
    response.setHeader("ETag", tag);
    String method = request.getMethod();
    if (("GET".equals(method) || "HEAD".equals(method))
        && matches(request.getHeader("If-None-Match"), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    HttpServletRequest unconditional = new Unconditional(request);
    HttpServletResponse ownValidators = new OwnValidators(response);
    if (file.equals(path)) {
      chain.doFilter(unconditional, ownValidators);
    } else {
      request.getRequestDispatcher(file).forward(unconditional, ownValidators);
    }
  }

  /**
   * Whether an {@code If-None-Match} list names {@code tag} (weak comparison, as RFC 9110 asks).
   */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String t = candidate.strip();
      if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /** The request without its conditions: the filter has answered them already. */
  private static final class Unconditional extends HttpServletRequestWrapper {
    Unconditional(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
      return hidden(name) ? -1 : super.getDateHeader(name);
    }

    private static boolean hidden(String name) {
      return name != null && CONDITIONS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** The response without the server's own validators: the filter has set its own. */
  private static final class OwnValidators extends HttpServletResponseWrapper {
    OwnValidators(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!validator(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!validator(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!validator(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!validator(name)) {
        super.addDateHeader(name, date);
      }
    }

    private static boolean validator(String name) {
      return "ETag".equalsIgnoreCase(name) || "Last-Modified".equalsIgnoreCase(name);
    }
  }
}
