package io.gongkai.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Every JSON request body passes here before JSON-B binds it. A body that is not well-formed UTF-8
 * JSON, or is {@code null}, an array, a string, a number or a boolean where the endpoint reads an
 * object, is refused with a 400 problem that says so. Control characters (other than tab and line
 * breaks) and unpaired surrogates are removed from every string: they are invisible, break XML
 * feeds and exports, and no editor typed them on purpose.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || !bindsJson(context.getType())) {
      return context.proceed();
    }
    JsonValue body = parse(context.getInputStream());
    if (body.getValueType() != JsonValue.ValueType.OBJECT && !readsCollection(context.getType())) {
      throw notAnObject(body);
    }
    JsonValue cleaned = clean(body);
    context.setInputStream(
        new ByteArrayInputStream(cleaned.toString().getBytes(StandardCharsets.UTF_8)));
    try {
      return context.proceed();
    } catch (RuntimeException e) {
      throw bindingProblem(cleaned, context.getType(), e);
    }
  }

  /**
   * An optional JSON object body an endpoint reads itself (null when there is none), under the same
   * rules as every other body — except that a JSON {@code null} counts as no body: that is what
   * generated clients (openapi-generator's Java clients among them) send for an omitted optional
   * body. An array, a string, a number or a boolean is still a 400.
   */
  public static <T> T readOptional(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonValue value = parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw notAnObject(value);
    }
    JsonValue cleaned = clean(value);
    try {
      return JsonbSettings.jsonb().fromJson(cleaned.toString(), type);
    } catch (RuntimeException e) {
      throw bindingProblem(cleaned, type, e);
    }
  }

  /**
   * Why JSON-B could not bind {@code body} to {@code type}, naming the field: JSON-B's own messages
   * name Java types and seldom the field, so each member is bound alone until one fails.
   */
  static RuntimeException bindingProblem(JsonValue body, Class<?> type, RuntimeException e) {
    if (e instanceof Problem || !(body instanceof JsonObject object) || !bindingFailure(e)) {
      return e;
    }
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      String alone =
          Json.createObjectBuilder().add(member.getKey(), member.getValue()).build().toString();
      try {
        JsonbSettings.jsonb().fromJson(alone, type);
      } catch (RuntimeException failed) {
        Message reason =
            Message.of(
                unknownProperty(failed)
                    ? "field.unknown"
                    : causedBy(failed, java.time.DateTimeException.class)
                        ? "field.date-time"
                        : "field.wrong-type");
        return new Problem(
            400,
            "malformed-json",
            Message.of("problem.validation.field", member.getKey(), reason),
            java.util.List.of(new Problem.FieldError(member.getKey(), reason)));
      }
    }
    return ProblemMapper.malformed(e);
  }

  private static boolean bindingFailure(Throwable e) {
    return causedBy(e, jakarta.json.bind.JsonbException.class)
        || causedBy(e, jakarta.json.JsonException.class)
        || causedBy(e, java.time.DateTimeException.class)
        || e instanceof jakarta.ws.rs.ProcessingException;
  }

  private static boolean unknownProperty(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("can not be mapped")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Problem notAnObject(JsonValue body) {
    return new Problem.Invalid(
        "body",
        body.getValueType() == JsonValue.ValueType.NULL
            ? "field.body.object-not-null"
            : "field.body.object");
  }

  /** The body as JSON; anything else is a 400 that says where the JSON stops making sense. */
  static JsonValue parse(InputStream in) {
    Reader utf8 =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try (var reader = Json.createReader(utf8)) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw at == null
          ? malformed("problem.malformed-json.not-json")
          : malformed(
              "problem.malformed-json.not-json-at", at.getLineNumber(), at.getColumnNumber());
    } catch (jakarta.json.JsonException e) {
      throw malformed(
          e.getCause() instanceof CharacterCodingException
              ? "problem.malformed-json.not-utf8"
              : "problem.malformed-json.empty");
    }
  }

  private static Problem malformed(String detailKey, Object... args) {
    return new Problem(400, "malformed-json", detailKey, args);
  }

  /** The value with control characters and unpaired surrogates removed from every string. */
  static JsonValue clean(JsonValue value) {
    switch (value.getValueType()) {
      case STRING:
        String s = ((JsonString) value).getString();
        String cleaned = Text.withoutControls(s);
        return cleaned.equals(s) ? value : Json.createValue(cleaned);
      case OBJECT:
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
          object.add(e.getKey(), clean(e.getValue()));
        }
        return object.build();
      case ARRAY:
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonValue v : (JsonArray) value) {
          array.add(clean(v));
        }
        return array.build();
      default:
        return value;
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  /** Types JSON-B binds; raw bodies (bytes, streams, text) are the endpoint's own business. */
  private static boolean bindsJson(Class<?> type) {
    return !(type == byte[].class
        || type == String.class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type));
  }

  private static boolean readsCollection(Class<?> type) {
    return type.isArray() || Collection.class.isAssignableFrom(type);
  }
}
