package io.gongkai.items.control;

import java.net.URI;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cleans item bodies on save with jsoup's safelist: no scripts, styles, event handlers, {@code
 * javascript:} URLs, forms or iframes; tables (with spans), images, links and ordinary text markup
 * are kept. An image served from another host would let that host watch who reads a government page
 * (a tracking pixel): it becomes a link to the image, unless its host is one the installation
 * trusts ({@code gongkai.images.hosts}). Images Gongkai serves itself (relative URLs) stay.
 */
public final class HtmlSanitiser {

  private static final String BASE = "https://gongkai.invalid/";
  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addTags("hr", "figure", "figcaption", "section")
          .addAttributes(":all", "title", "align")
          .addAttributes("table", "border", "cellpadding", "cellspacing", "width")
          .addAttributes("td", "valign", "align")
          .addAttributes("th", "valign", "align")
          .addProtocols("img", "src", "http", "https")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer")
          .preserveRelativeLinks(true);

  private HtmlSanitiser() {}

  public static String clean(String html) {
    return clean(html, configuredImageHosts());
  }

  /**
   * Cleans {@code html}; images on hosts other than {@code imageHosts} (exact names, or {@code
   * *.example.gov.cn} for a domain and its sub-domains) become links.
   */
  public static String clean(String html, Set<String> imageHosts) {
    if (html == null || html.isBlank()) {
      return html == null ? null : "";
    }
    Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    String safe = Jsoup.clean(html, BASE, SAFELIST, output);
    if (!safe.contains("<img")) {
      return safe;
    }
    Document doc = Jsoup.parseBodyFragment(safe, BASE);
    doc.outputSettings(output);
    boolean changed = false;
    for (Element img : doc.select("img[src]")) {
      String src = img.attr("src");
      String host = externalHost(src);
      if (host != null && !trusted(host, imageHosts)) {
        String alt = img.attr("alt").strip();
        Element link =
            new Element("a")
                .attr("href", src)
                .attr("rel", "noopener noreferrer")
                .text("[图片" + (alt.isEmpty() ? "" : "：" + alt) + "]");
        img.replaceWith(link);
        changed = true;
      }
    }
    return changed ? doc.body().html() : safe;
  }

  /** The host of an absolute or protocol-relative URL; null for a URL on Gongkai itself. */
  private static String externalHost(String src) {
    String s = src.strip().toLowerCase(Locale.ROOT);
    if (!(s.startsWith("http:") || s.startsWith("https:") || s.startsWith("//"))) {
      return null;
    }
    try {
      String host = URI.create(s.startsWith("//") ? "https:" + s : s).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static boolean trusted(String host, Set<String> hosts) {
    for (String h : hosts) {
      String allowed = h.strip().toLowerCase(Locale.ROOT);
      if (allowed.equals(host)
          || (allowed.startsWith("*.")
              && (host.endsWith(allowed.substring(1)) || host.equals(allowed.substring(2))))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> configuredImageHosts() {
    try {
      return ConfigProvider.getConfig()
          .getOptionalValue("gongkai.images.hosts", String.class)
          .map(
              v ->
                  java.util.Arrays.stream(v.split(","))
                      .map(String::strip)
                      .filter(h -> !h.isEmpty())
                      .collect(java.util.stream.Collectors.toUnmodifiableSet()))
          .orElse(Set.of());
    } catch (IllegalStateException | ServiceConfigurationError noConfiguration) {
      return Set.of(); // outside the server (unit tests): no trusted host
    }
  }

  /** The body as plain text, for summaries and (later) search. */
  public static String text(String html) {
    return html == null ? "" : Jsoup.parse(html).text();
  }
}
