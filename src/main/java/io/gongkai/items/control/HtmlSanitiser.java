package io.gongkai.items.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans item bodies on save with jsoup's safelist: no scripts, styles, event handlers, {@code
 * javascript:} URLs, forms or iframes; tables (with spans), images, links and ordinary text markup
 * are kept.
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
    if (html == null || html.isBlank()) {
      return html == null ? null : "";
    }
    Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
    return Jsoup.clean(html, BASE, SAFELIST, output);
  }

  /** The body as plain text, for summaries and (later) search. */
  public static String text(String html) {
    return html == null ? "" : Jsoup.parse(html).text();
  }
}
