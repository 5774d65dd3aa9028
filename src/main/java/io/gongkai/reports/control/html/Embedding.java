package io.gongkai.reports.control.html;

/**
 * Where a fragment is shown: {@code idPrefix} keeps its ids apart from the page's (and from another
 * report's on the same page); {@code stylesheet}, when not null, is the address of the stylesheet
 * the fragment links.
 */
public record Embedding(String idPrefix, String stylesheet) {

  /** The default stylesheet's path under the application's root. */
  public static final String STYLESHEET = "/themes/default/report-fragment.css";

  /** The ids of a report's fragment start with {@code gk-<slug>-<year>-}. */
  public static Embedding of(String slug, int year, String stylesheet) {
    return new Embedding(
        "gk-" + slug.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + year + "-", stylesheet);
  }
}
