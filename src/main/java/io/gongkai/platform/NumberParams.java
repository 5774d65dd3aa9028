package io.gongkai.platform;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole numbers in query and path parameters. A query parameter that is not a number in range
 * ({@code ?page=abc}, {@code ?page=99999999999}) is a 400 naming the parameter — JAX-RS would say
 * 404, as if the resource were missing; a path segment that is not a number is a 404 problem.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Function<String, Object> parse;
    if (rawType == Integer.class || rawType == int.class) {
      parse = Integer::valueOf;
    } else if (rawType == Long.class || rawType == long.class) {
      parse = Long::valueOf;
    } else {
      return null;
    }
    String query = null;
    String path = null;
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        query = q.value();
      } else if (a instanceof PathParam p) {
        path = p.value();
      }
    }
    if (query == null && path == null) {
      return null;
    }
    String name = query != null ? query : path;
    boolean inPath = query == null;
    return (ParamConverter<T>)
        new ParamConverter<Object>() {
          @Override
          public Object fromString(String value) {
            if (value == null || (value.isBlank() && !inPath)) {
              return null; // ?year= from an empty form field: not given
            }
            try {
              return parse.apply(value.strip());
            } catch (NumberFormatException e) {
              Problem problem =
                  inPath
                      ? new Problem(404, "not-found", "problem.not-found.path-segment", value)
                      : rawType == Integer.class || rawType == int.class
                          ? new Problem.Invalid(name, "field.whole-number-up-to", Integer.MAX_VALUE)
                          : new Problem.Invalid(name, "field.whole-number");
              throw new WebApplicationException(problem, ProblemMapper.respond(problem));
            }
          }

          @Override
          public String toString(Object value) {
            return String.valueOf(value);
          }
        };
  }
}
