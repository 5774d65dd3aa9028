package io.gongkai.platform;

import jakarta.ws.rs.core.EntityTag;

/** Entity versions as ETags, and the If-Match a write must carry. */
public final class Versions {

  private Versions() {}

  public static EntityTag tag(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /**
   * The version named by an If-Match header; null when absent (the write is then refused with 428).
   */
  public static Long ifMatch(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String v = header.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Problem.StaleVersion();
    }
  }

  /** The version an If-Match header names, refusing with 428 when there is none. */
  public static long ifMatchRequired(String header) {
    Long version = ifMatch(header);
    if (version == null) {
      throw new Problem.PreconditionRequired();
    }
    return version;
  }

  /** Refuses a write that names no version (428) or an older one than stored (412). */
  public static void require(long stored, Long expected) {
    if (expected == null) {
      throw new Problem.PreconditionRequired();
    }
    if (stored != expected) {
      System.getLogger(Versions.class.getName())
          .log(System.Logger.Level.INFO, "Stale version: {0} named, {1} stored", expected, stored);
      throw new Problem.StaleVersion();
    }
  }

  /** Refuses a request whose JSON body is missing. */
  public static <T> T body(T body) {
    if (body == null) {
      throw new Problem.Invalid("body", "field.body.required");
    }
    return body;
  }
}
