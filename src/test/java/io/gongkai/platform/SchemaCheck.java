package io.gongkai.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a JSON answer against a schema of the OpenAPI document, as strictly as the document
 * allows: required properties, {@code nullable}, types, formats of dates, enums, and no property
 * the schema does not list. Understands the subset of OpenAPI 3.0 the document uses.
 */
final class SchemaCheck {

  private final Map<String, Object> document;
  private final List<String> errors = new ArrayList<>();

  private SchemaCheck(Map<String, Object> document) {
    this.document = document;
  }

  /** What is wrong with {@code value} as an instance of {@code schema}; empty when nothing. */
  static List<String> errors(Map<String, Object> document, Object schema, JsonValue value) {
    SchemaCheck check = new SchemaCheck(document);
    check.check("$", schema, value);
    return check.errors;
  }

  private boolean check(String at, Object schemaNode, JsonValue value) {
    Map<String, Object> schema = resolve(map(schemaNode));
    int before = errors.size();
    if (schema.containsKey("anyOf")) {
      List<String> tried = new ArrayList<>();
      for (Object branch : (List<?>) schema.get("anyOf")) {
        SchemaCheck trial = new SchemaCheck(document);
        if (trial.check(at, branch, value)) {
          tried.clear();
          break;
        }
        tried.addAll(trial.errors);
      }
      if (!tried.isEmpty()) {
        errors.add(at + ": matches no schema of anyOf: " + tried);
      }
      return errors.size() == before;
    }
    if (schema.containsKey("allOf")) {
      for (Object part : (List<?>) schema.get("allOf")) {
        check(at, part, value);
      }
    }
    if (schema.containsKey("enum")) {
      List<?> values = (List<?>) schema.get("enum");
      Object actual =
          value.getValueType() == JsonValue.ValueType.NULL
              ? null
              : value instanceof JsonString s ? s.getString() : value.toString();
      if (values.stream().noneMatch(v -> Objects.equals(v == null ? null : v.toString(), actual))
          && !(actual == null && Boolean.TRUE.equals(schema.get("nullable")))) {
        errors.add(at + ": " + actual + " is none of " + values);
      }
      return errors.size() == before;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (!Boolean.TRUE.equals(schema.get("nullable")) && schema.containsKey("type")) {
        errors.add(at + ": null, but the schema is not nullable");
      }
      return errors.size() == before;
    }
    Object type = schema.get("type");
    if ("object".equals(type)) {
      object(at, schema, value);
    } else if ("array".equals(type)) {
      if (value instanceof JsonArray array) {
        for (int i = 0; i < array.size(); i++) {
          check(at + "[" + i + "]", schema.get("items"), array.get(i));
        }
      } else {
        errors.add(at + ": not an array");
      }
    } else if ("string".equals(type)) {
      string(at, schema, value);
    } else if ("integer".equals(type)) {
      if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
        errors.add(at + ": not an integer: " + value);
      }
    } else if ("number".equals(type)) {
      if (!(value instanceof JsonNumber)) {
        errors.add(at + ": not a number: " + value);
      }
    } else if ("boolean".equals(type)) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        errors.add(at + ": not a boolean: " + value);
      }
    }
    return errors.size() == before;
  }

  private void object(String at, Map<String, Object> schema, JsonValue value) {
    if (!(value instanceof JsonObject object)) {
      errors.add(at + ": not an object");
      return;
    }
    Map<String, Object> properties =
        schema.containsKey("properties") ? map(schema.get("properties")) : Map.of();
    Object required = schema.get("required");
    for (Object name : required == null ? List.of() : (List<?>) required) {
      if (!object.containsKey((String) name)) {
        errors.add(at + ": required property " + name + " is missing");
      }
    }
    Object additional = schema.get("additionalProperties");
    object.forEach(
        (name, member) -> {
          if (properties.containsKey(name)) {
            check(at + "." + name, properties.get(name), member);
          } else if (additional instanceof Map<?, ?>) {
            check(at + "." + name, additional, member);
          } else if (!Boolean.TRUE.equals(additional)) {
            errors.add(at + ": property " + name + " is not in the schema");
          }
        });
  }

  private void string(String at, Map<String, Object> schema, JsonValue value) {
    if (!(value instanceof JsonString s)) {
      errors.add(at + ": not a string: " + value);
      return;
    }
    try {
      if ("date".equals(schema.get("format"))) {
        LocalDate.parse(s.getString());
      } else if ("date-time".equals(schema.get("format"))) {
        OffsetDateTime.parse(s.getString());
      }
    } catch (DateTimeParseException e) {
      errors.add(at + ": not a " + schema.get("format") + ": " + s.getString());
    }
  }

  private Map<String, Object> resolve(Map<String, Object> schema) {
    Object ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    Object target = document;
    for (String part : ((String) ref).substring(2).split("/")) {
      target = map(target).get(part);
    }
    return resolve(map(target));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
