package io.gongkai.platform;

import java.util.List;

/**
 * A request the application refuses, with what the client needs to know. Subclasses name the
 * situation; {@link ProblemMapper} turns each into {@code application/problem+json}.
 */
public class Problem extends RuntimeException {

  public static final String TYPE_BASE = "https://gongkai.io/problems/";

  /** One offending input field and why it was refused. */
  public record FieldError(String name, String reason) {}

  private final int status;
  private final String type;
  private final String title;
  private final transient List<FieldError> fields;
  private final transient java.util.Map<String, Object> extensions =
      new java.util.LinkedHashMap<>();

  public Problem(int status, String type, String title, String detail) {
    this(status, type, title, detail, List.of());
  }

  public Problem(int status, String type, String title, String detail, List<FieldError> fields) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.fields = List.copyOf(fields);
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_BASE + type;
  }

  public String title() {
    return title;
  }

  public List<FieldError> fields() {
    return fields;
  }

  private transient Long retryAfterSeconds;

  /** Asks the client to wait this long before trying again ({@code Retry-After}). */
  public Problem retryAfter(long seconds) {
    this.retryAfterSeconds = seconds;
    return this;
  }

  public java.util.Optional<Long> retryAfterSeconds() {
    return java.util.Optional.ofNullable(retryAfterSeconds);
  }

  /** Further members of the problem document (RFC 9457 extensions), serialised with JSON-B. */
  public Problem with(String member, Object value) {
    extensions.put(member, value);
    return this;
  }

  public java.util.Map<String, Object> extensions() {
    return extensions;
  }

  /** Something addressed by the request does not exist (or is not public). */
  public static class NotFound extends Problem {
    public NotFound(String what, Object key) {
      super(404, "not-found", "Not found", what + " " + key + " does not exist");
    }
  }

  /** Input that breaks a rule of the model; lists the offending fields. */
  public static class Invalid extends Problem {
    public Invalid(List<FieldError> fields) {
      super(400, "validation", "Invalid input", describe(fields), fields);
    }

    public Invalid(String field, String reason) {
      this(List.of(new FieldError(field, reason)));
    }

    private static String describe(List<FieldError> fields) {
      return fields.stream()
          .map(f -> f.name() + ": " + f.reason())
          .reduce((a, b) -> a + "; " + b)
          .orElse("invalid input");
    }
  }

  /** The client's copy is older than the stored one. */
  public static class StaleVersion extends Problem {
    public StaleVersion() {
      super(
          412,
          "stale-version",
          "Stale version",
          "The resource was changed by someone else; reload it and apply your change again");
    }
  }

  /** A write without If-Match. */
  public static class PreconditionRequired extends Problem {
    public PreconditionRequired() {
      super(
          428,
          "precondition-required",
          "If-Match required",
          "Send the ETag you read in an If-Match header so concurrent edits are never lost");
    }
  }

  /** The action is not allowed in the thing's current state. */
  public static class Conflict extends Problem {
    public Conflict(String type, String detail) {
      super(409, type, "Conflict", detail);
    }
  }

  /** No valid credentials. */
  public static class Unauthenticated extends Problem {
    public Unauthenticated(String detail) {
      super(401, "unauthenticated", "Authentication required", detail);
    }
  }

  /** Valid credentials without the needed right. */
  public static class Forbidden extends Problem {
    public Forbidden(String detail) {
      super(403, "forbidden", "Forbidden", detail);
    }
  }
}
