package io.gongkai.platform;

import java.util.Locale;

/**
 * Which of the catalogue's languages a request gets: English only when its {@code Accept-Language}
 * prefers {@code en} to {@code zh} (quality values honoured, {@code *} counting for a language the
 * header does not name); anything else — no header, other languages only, a tie, garbage — gets
 * Chinese.
 */
public final class AcceptLanguage {

  private AcceptLanguage() {}

  /** The language for a JAX-RS request. */
  public static Locale of(jakarta.ws.rs.core.HttpHeaders headers) {
    return negotiate(headers == null ? null : headers.getHeaderString("Accept-Language"));
  }

  public static Locale negotiate(String header) {
    if (header == null || header.isBlank()) {
      return Messages.DEFAULT;
    }
    double zh = quality(header, "zh");
    double en = quality(header, "en");
    return en > zh ? Messages.ENGLISH : Messages.CHINESE;
  }

  /**
   * The quality the header gives {@code language}: its own ranges first, else {@code *}, else 0.
   */
  static double quality(String header, String language) {
    double named = -1;
    double wildcard = 0;
    for (String part : header.split(",")) {
      String[] pieces = part.split(";");
      String range = pieces[0].strip().toLowerCase(Locale.ROOT);
      double q = q(pieces);
      if (q < 0) {
        continue;
      }
      if (range.equals("*")) {
        wildcard = Math.max(wildcard, q);
      } else if (range.equals(language) || range.startsWith(language + "-")) {
        named = Math.max(named, q);
      }
    }
    return named >= 0 ? named : wildcard;
  }

  /** The range's q value (1 when absent), or -1 when it is not a number from 0 to 1. */
  private static double q(String[] pieces) {
    double q = 1;
    for (int i = 1; i < pieces.length; i++) {
      String p = pieces[i].strip();
      if (p.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          q = Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return q >= 0 && q <= 1 ? q : -1;
  }
}
