package io.gongkai.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file as read and checked by {@link Uploads}, before it is stored: its display name, the type
 * detected from its bytes, the bytes and their SHA-256.
 */
public record Upload(String fileName, String contentType, byte[] bytes, String sha256) {

  /** A file the server made itself (a migrated page kept as HTML): typed as it says. */
  public static Upload made(String fileName, String contentType, byte[] bytes) {
    return new Upload(fileName, contentType, bytes, sha256(bytes));
  }

  /** The SHA-256 of some bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
