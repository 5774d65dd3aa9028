package io.gongkai.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Headers every response of the WAR carries. The HTTP listener compresses bodies of text types
 * above 1 KB when the client accepts gzip, so every response says {@code Vary: Accept-Encoding};
 * all {@code Vary} values (CORS adds {@code Origin}) are merged into one header. The console, the
 * demo pages and the landing page are revalidated on every use ({@code no-cache}: the ETag makes
 * that a 304); theme assets are cached for minutes (see {@link ThemeAssets} for the versioned
 * ones).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ResponseHeaders extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    MergedVary merged = new MergedVary(response);
    merged.addHeader("Vary", "Accept-Encoding");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/")
        || path.startsWith("/index.html")
        || path.startsWith("/demo/")
        || path.startsWith("/console/")) {
      response.setHeader("Cache-Control", "no-cache");
    }
    chain.doFilter(request, merged);
  }

  /** A response whose {@code Vary} header is one list of distinct field names. */
  static final class MergedVary extends HttpServletResponseWrapper {

    MergedVary(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Vary".equalsIgnoreCase(name)) {
        super.setHeader("Vary", merge(getHeader("Vary"), value));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Vary".equalsIgnoreCase(name)) {
        super.setHeader("Vary", merge(getHeader("Vary"), value));
      } else {
        super.setHeader(name, value);
      }
    }

    static String merge(String existing, String added) {
      Set<String> seen = new LinkedHashSet<>();
      Set<String> lower = new LinkedHashSet<>();
      for (String list : new String[] {existing, added}) {
        if (list == null) {
          continue;
        }
        for (String field : list.split(",")) {
          String f = field.strip();
          if (!f.isEmpty() && lower.add(f.toLowerCase(Locale.ROOT))) {
            seen.add(f);
          }
        }
      }
      return String.join(", ", seen);
    }
  }
}
