package io.gongkai.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request the application refuses, with what the client needs to know. Subclasses name the
 * situation; {@link ProblemMapper} turns each into {@code application/problem+json}. The words are
 * not here: a problem carries catalogue keys and arguments ({@link Message}), and its title and
 * detail are rendered in the request's language. The title is {@code problem.<type>.title}, else
 * the one of its status ({@code problem.status.<status>}).
 */
public class Problem extends RuntimeException {

  public static final String TYPE_BASE = "https://gongkai.io/problems/";

  /** One offending input field (its name as the client sent it) and why it was refused. */
  public record FieldError(String name, Message reason) {

    public FieldError(String name, String reasonKey, Object... args) {
      this(name, Message.of(reasonKey, args));
    }
  }

  private final int status;
  private final String type;
  private final transient Message detail;
  private final transient List<FieldError> fields;
  private final transient Map<String, Object> extensions = new LinkedHashMap<>();

  public Problem(int status, String type, String detailKey, Object... args) {
    this(status, type, Message.of(detailKey, args));
  }

  public Problem(int status, String type, Message detail) {
    this(status, type, detail, List.of());
  }

  /** A problem whose detail is {@code detail}, or its title when {@code detail} is null. */
  public Problem(int status, String type, Message detail, List<FieldError> fields) {
    this.status = status;
    this.type = type;
    this.detail = detail;
    this.fields = List.copyOf(fields);
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_BASE + type;
  }

  public String title(Locale locale) {
    String own = "problem." + type + ".title";
    String byStatus = "problem.status." + status;
    return Messages.text(
        locale,
        Messages.has(own) ? own : Messages.has(byStatus) ? byStatus : "problem.status.other");
  }

  public String detail(Locale locale) {
    return detail == null ? title(locale) : Messages.text(locale, detail);
  }

  /** The detail in the default language, for logs and for records kept of background work. */
  @Override
  public String getMessage() {
    return detail(Messages.DEFAULT);
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

  public Optional<Long> retryAfterSeconds() {
    return Optional.ofNullable(retryAfterSeconds);
  }

  /** Further members of the problem document (RFC 9457 extensions), serialised with JSON-B. */
  public Problem with(String member, Object value) {
    extensions.put(member, value);
    return this;
  }

  /** A further member whose value depends on the language, e.g. texts of the message catalogue. */
  public Problem withLocalised(String member, Function<Locale, Object> value) {
    extensions.put(member, new Localised(value));
    return this;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  /** An extension's value as rendered in one language. */
  public record Localised(Function<Locale, Object> in) {}

  /**
   * Something addressed by the request does not exist (or is not public); {@code thing} names a
   * catalogue entry {@code thing.<thing>} ("channel", "item" …).
   */
  public static class NotFound extends Problem {
    public NotFound(String thing, Object key) {
      super(404, "not-found", "problem.not-found.detail", Message.of("thing." + thing), key);
    }
  }

  /** Input that breaks a rule of the model; lists the offending fields. */
  public static class Invalid extends Problem {
    public Invalid(List<FieldError> fields) {
      super(400, "validation", (Message) null, fields);
    }

    public Invalid(String field, String reasonKey, Object... args) {
      this(List.of(new FieldError(field, reasonKey, args)));
    }

    public Invalid(String field, Message reason) {
      this(List.of(new FieldError(field, reason)));
    }

    /** Each field with its reason. */
    @Override
    public String detail(Locale locale) {
      List<String> each =
          fields().stream()
              .map(f -> Messages.text(locale, "problem.validation.field", f.name(), f.reason()))
              .toList();
      return each.isEmpty()
          ? title(locale)
          : String.join(Messages.text(locale, "problem.validation.separator"), each);
    }
  }

  /** The client's copy is older than the stored one. */
  public static class StaleVersion extends Problem {
    public StaleVersion() {
      super(412, "stale-version", "problem.stale-version.detail");
    }
  }

  /** A write without If-Match. */
  public static class PreconditionRequired extends Problem {
    public PreconditionRequired() {
      super(428, "precondition-required", "problem.precondition-required.detail");
    }
  }

  /** The action is not allowed in the thing's current state. */
  public static class Conflict extends Problem {
    public Conflict(String type, String detailKey, Object... args) {
      super(409, type, detailKey, args);
    }
  }

  /** No valid credentials. */
  public static class Unauthenticated extends Problem {
    public Unauthenticated(String detailKey, Object... args) {
      super(401, "unauthenticated", detailKey, args);
    }
  }

  /** Valid credentials without the needed right. */
  public static class Forbidden extends Problem {
    public Forbidden(String detailKey, Object... args) {
      super(403, "forbidden", detailKey, args);
    }
  }
}
