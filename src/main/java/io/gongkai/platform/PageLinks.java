package io.gongkai.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The links between the pages of a list (RFC 8288 relations {@code first}, {@code prev}, {@code
 * next}, {@code last}), as references relative to the server — never built from the client's {@code
 * Host}. Every paged body carries them, and {@link Header} sends them as a {@code Link} header too.
 * A missing {@code prev} or {@code next} (null) means there is none.
 */
public record PageLinks(String first, String prev, String next, String last) {

  /** A body that is one page of a list. */
  public interface Paged {
    PageLinks links();
  }

  /** The links of page {@code page} of {@code total} entries, {@code size} a page. */
  public static PageLinks of(UriInfo uri, int page, int size, long total) {
    int pages = pages(size, total);
    return new PageLinks(
        page(uri, 1),
        page > 1 ? page(uri, Math.min(page - 1, pages)) : null,
        page < pages ? page(uri, page + 1) : null,
        page(uri, pages));
  }

  /**
   * Links for a list that continues by cursor: {@code next} carries {@code cursor} (and the next
   * page number); the others go by page alone, without the cursor the request may have carried.
   */
  public static PageLinks withCursor(UriInfo uri, int page, int size, long total, String cursor) {
    int pages = pages(size, total);
    String next = null;
    if (cursor != null && page < pages) {
      String withPage = with(uri, "page", String.valueOf(page + 1), "cursor");
      next = withPage + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }
    return new PageLinks(
        withoutCursor(uri, 1),
        page > 1 ? withoutCursor(uri, Math.min(page - 1, pages)) : null,
        next,
        withoutCursor(uri, pages));
  }

  private static int pages(int size, long total) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (total + size - 1) / size));
  }

  private static String page(UriInfo uri, int page) {
    return with(uri, "page", String.valueOf(page), null);
  }

  private static String withoutCursor(UriInfo uri, int page) {
    return with(uri, "page", String.valueOf(page), "cursor");
  }

  /**
   * The request's path and query — never its scheme and host, which are the client's to say — with
   * {@code name} set to {@code value} where it stood (or appended) and {@code dropped} left out;
   * the other parameters keep their order and encoding.
   */
  private static String with(UriInfo uri, String name, String value, String dropped) {
    URI request = uri.getRequestUri();
    List<String> params = new ArrayList<>();
    boolean set = false;
    if (request.getRawQuery() != null) {
      for (String p : request.getRawQuery().split("&")) {
        String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
        if (p.isEmpty() || key.equals(dropped)) {
          continue;
        }
        if (key.equals(name)) {
          if (!set) {
            params.add(name + "=" + value);
            set = true;
          }
        } else {
          params.add(p);
        }
      }
    }
    if (!set) {
      params.add(name + "=" + value);
    }
    return request.getRawPath() + "?" + String.join("&", params);
  }

  /** The value of a {@code Link} header for these links. */
  public String header() {
    List<String> parts = new ArrayList<>();
    add(parts, first, "first");
    add(parts, prev, "prev");
    add(parts, next, "next");
    add(parts, last, "last");
    return String.join(", ", parts);
  }

  private static void add(List<String> parts, String href, String rel) {
    if (href != null) {
      parts.add("<" + href + ">; rel=\"" + rel + "\"");
    }
  }

  /** Sends the links of every paged body as a {@code Link} header. */
  @Provider
  public static class Header implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getEntity() instanceof Paged paged && paged.links() != null) {
        response.getHeaders().putSingle("Link", paged.links().header());
      }
    }
  }
}
