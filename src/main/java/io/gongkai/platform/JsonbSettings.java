package io.gongkai.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON-B as the API uses it: unknown properties are refused, nulls are written. */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = create();

  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  private static Jsonb create() {
    JsonbConfig config =
        new JsonbConfig()
            .withNullValues(true)
            .setProperty("jsonb.fail-on-unknown-properties", true);
    return JsonbBuilder.create(config);
  }
}
