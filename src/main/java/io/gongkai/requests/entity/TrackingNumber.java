package io.gongkai.requests.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The number an applicant looks an online request up with: 16 characters of Crockford's base32 (80
 * random bits from {@link SecureRandom}, so it cannot be guessed), shown in groups of four ({@code
 * 7QX4-M2PA-9KDT-W3EB}). Typed back, case, spaces and dashes do not matter, and the letters O, I
 * and L read as the digits they look like.
 */
public final class TrackingNumber {

  public static final int LENGTH = 16;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingNumber() {}

  /** A fresh number, as stored (no dashes). */
  public static String next() {
    StringBuilder s = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  /** The stored form of what someone typed, or empty when it cannot be a tracking number. */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
      if (ALPHABET.indexOf(read) < 0) {
        return Optional.empty();
      }
      s.append(read);
    }
    return s.length() == LENGTH ? Optional.of(s.toString()) : Optional.empty();
  }

  /** The number as shown: groups of four joined by dashes. */
  public static String grouped(String stored) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < stored.length(); i += 4) {
      if (i > 0) {
        s.append('-');
      }
      s.append(stored, i, Math.min(stored.length(), i + 4));
    }
    return s.toString();
  }
}
