package io.gongkai.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import java.util.concurrent.CompletionException;

/** The one place that turns exceptions into RFC 9457 {@code application/problem+json}. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
  private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

  @Context HttpServletRequest request;

  /**
   * The problem for {@code thrown}, its {@code instance} the request's path, with the headers its
   * status asks for ({@code WWW-Authenticate}, {@code Allow}, {@code Retry-After}).
   */
  @Override
  public Response toResponse(Throwable thrown) {
    return problemFor(thrown, instance(), language());
  }

  private java.util.Locale language() {
    try {
      return AcceptLanguage.negotiate(
          request == null ? null : request.getHeader("Accept-Language"));
    } catch (RuntimeException outsideARequest) {
      return Messages.DEFAULT;
    }
  }

  private String instance() {
    try {
      return request == null ? null : request.getRequestURI();
    } catch (RuntimeException outsideARequest) {
      return null;
    }
  }

  private Response problemFor(Throwable thrown, String instance, java.util.Locale language) {
    Throwable e = unwrap(thrown);
    if (e instanceof Problem p) {
      LOG.log(Level.DEBUG, "{0} {1}: {2}", p.status(), p.type(), p.getMessage());
      return respond(p, instance, language);
    }
    if (e instanceof WebApplicationException w) {
      Response.ResponseBuilder r =
          Response.fromResponse(respond(fromWebApplication(w), instance, language));
      for (String header : new String[] {"Allow", "Retry-After"}) {
        String value = w.getResponse().getHeaderString(header);
        if (value != null) {
          r.header(header, value);
        }
      }
      return r.build();
    }
    if (poolExhausted(e)) {
      metrics().ifPresent(DatabaseMetrics::waitedInVain);
      LOG.log(Level.WARNING, "No database connection free in time: " + e);
      return respond(
          new Problem(503, "database-busy", "problem.database-busy.detail").retryAfter(2),
          instance,
          language);
    }
    Throwable json = bodyError(thrown);
    if (json != null) {
      return respond(malformed(json), instance, language);
    }
    String id = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Unexpected error " + id, e);
    return respond(new Problem(500, "internal", "problem.internal.detail", id), instance, language);
  }

  private static Problem fromWebApplication(WebApplicationException w) {
    int status = w.getResponse().getStatus();
    Throwable cause = w.getCause();
    if (cause instanceof Problem p) {
      return p;
    }
    if (cause instanceof JsonbException
        || cause instanceof JsonParsingException
        || (status == 400 && cause instanceof ProcessingException)) {
      return malformed(cause);
    }
    String type =
        switch (status) {
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 415 -> "unsupported-media-type";
          default -> "http-" + status;
        };
    return new Problem(status, type, (Message) null);
  }

  /** The problem document in the default language, outside a request's negotiation. */
  static Response respond(Problem p) {
    return respond(p, null, Messages.DEFAULT);
  }

  /**
   * The problem document in {@code language}; {@code instance}, the request's path, when there is a
   * request.
   */
  static Response respond(Problem p, String instance, java.util.Locale language) {
    Response.ResponseBuilder r =
        Response.status(p.status())
            .type(PROBLEM_JSON.withCharset("UTF-8"))
            .header("Cache-Control", "no-store")
            .header("Content-Language", language.toLanguageTag())
            .header("Vary", "Accept-Language")
            .entity(document(p, instance, language));
    if (p.status() == 401) {
      r.header("WWW-Authenticate", "Bearer realm=\"gongkai\"");
    }
    p.retryAfterSeconds().ifPresent(s -> r.header("Retry-After", s));
    return r.build();
  }

  /**
   * Sends the problem from a servlet filter or servlet, outside JAX-RS, in the language the request
   * negotiated.
   */
  public static void send(Problem p, HttpServletRequest request, HttpServletResponse response)
      throws java.io.IOException {
    java.util.Locale language = AcceptLanguage.negotiate(request.getHeader("Accept-Language"));
    response.setStatus(p.status());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Language", language.toLanguageTag());
    response.addHeader("Vary", "Accept-Language");
    response.setContentType(PROBLEM_JSON.withCharset("UTF-8").toString());
    response
        .getOutputStream()
        .write(
            document(p, request.getRequestURI(), language)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String document(Problem p, String instance, java.util.Locale language) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", p.type())
            .add("title", p.title(language))
            .add("status", p.status())
            .add("detail", p.detail(language));
    if (instance != null) {
      json.add("instance", instance);
    }
    if (!p.fields().isEmpty()) {
      JsonArrayBuilder fields = Json.createArrayBuilder();
      p.fields()
          .forEach(
              f ->
                  fields.add(
                      Json.createObjectBuilder()
                          .add("name", f.name())
                          .add("reason", Messages.text(language, f.reason()))));
      json.add("fields", fields);
    }
    p.extensions().forEach((member, value) -> json.add(member, extension(value, language)));
    return json.build().toString();
  }

  private static jakarta.json.JsonValue extension(Object value, java.util.Locale language) {
    Object v =
        value instanceof Problem.Localised l
            ? l.in().apply(language)
            : value instanceof Message m ? Messages.text(language, m) : value;
    return Json.createReader(new java.io.StringReader(JsonbSettings.jsonb().toJson(v))).readValue();
  }

  /**
   * The JSON-B or parser failure behind a request body that could not be read, if that is what
   * happened.
   */
  private static Throwable bodyError(Throwable e) {
    Throwable found = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonParsingException
          || t instanceof java.time.format.DateTimeParseException) {
        found = t;
      }
    }
    return found != null || !(e instanceof ProcessingException) ? found : e;
  }

  /** Whether a request failed because no pooled connection came free within the wait time. */
  static boolean poolExhausted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      String message = String.valueOf(t.getMessage());
      if (name.endsWith(".PoolingException") || message.contains("expired max-wait-time")) {
        return true;
      }
    }
    return false;
  }

  private static java.util.Optional<DatabaseMetrics> metrics() {
    try {
      return java.util.Optional.of(
          jakarta.enterprise.inject.spi.CDI.current().select(DatabaseMetrics.class).get());
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null
        && (t instanceof CompletionException
            || t.getClass().getName().equals("jakarta.ejb.EJBException")
            || t instanceof jakarta.transaction.TransactionalException
            || t instanceof java.lang.reflect.InvocationTargetException)) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * A body JSON-B could not bind, described without the library's words or Java type names. {@link
   * JsonBodies} names the field where it can; this is what is left.
   */
  static Problem malformed(Throwable e) {
    return new Problem(400, "malformed-json", "problem.malformed-json.detail");
  }
}
