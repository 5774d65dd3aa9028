package io.gongkai.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The OpenAPI description of the API, {@code /openapi}: the hand-maintained {@code
 * META-INF/openapi.yaml} as it is ({@code application/yaml}), or converted to JSON with {@code
 * ?format=json} (or {@code Accept: application/json}). Payara's own MicroProfile OpenAPI endpoint
 * is switched off at boot ({@code deploy/payara-preboot.asadmin}): it built a document from the
 * annotations that generators refused, and served YAML as {@code text/plain}. Unit tests keep the
 * file in step with the resource classes and the JSON records.
 */
@WebServlet("/openapi")
public class OpenApiDocument extends HttpServlet {

  public static final String RESOURCE = "/META-INF/openapi.yaml";
  static final String YAML = "application/yaml; charset=UTF-8";
  static final String JSON = "application/json; charset=UTF-8";

  private final byte[] yaml;
  private final byte[] json;
  private final String yamlTag;
  private final String jsonTag;

  public OpenApiDocument() {
    this.yaml = read();
    this.json = toJson(new String(yaml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    this.yamlTag = tag(yaml);
    this.jsonTag = tag(json);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = request.getParameter("format");
    boolean asJson;
    if (format == null) {
      String accept = request.getHeader("Accept");
      asJson = accept != null && accept.contains("application/json") && !accept.contains("yaml");
    } else if (format.equalsIgnoreCase("json") || format.equalsIgnoreCase("yaml")) {
      asJson = format.equalsIgnoreCase("json");
    } else {
      ProblemMapper.send(
          new Problem.Invalid("format", "field.one-of", java.util.List.of("json", "yaml")),
          request,
          response);
      return;
    }
    String tag = asJson ? jsonTag : yamlTag;
    response.setHeader("Vary", "Accept");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("ETag", tag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (tag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    byte[] body = asJson ? json : yaml;
    response.setContentType(asJson ? JSON : YAML);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static byte[] read() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The YAML document as JSON (YAML 1.2: no dates or yes/no booleans read into the text). */
  public static String toJson(String yaml) {
    Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return json(document).toString();
  }

  private static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), json(v)));
      return object.build();
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(json(v)));
      return array.build();
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return Json.createValue(new BigInteger(value.toString()));
    }
    if (value instanceof Number n) {
      return Json.createValue(new BigDecimal(n.toString()));
    }
    return Json.createValue(String.valueOf(value));
  }

  private static String tag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
