package io.gongkai.platform;

import java.util.ArrayList;
import java.util.List;

/** Page and size of a list request: pages count from 1, at most 100 entries a page. */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 100;

  public static Paging of(Integer page, Integer size) {
    List<Problem.FieldError> errors = new ArrayList<>();
    int p = page == null ? 1 : page;
    int s = size == null ? 20 : size;
    if (p < 1 || p > 100_000) {
      errors.add(new Problem.FieldError("page", "field.range", 1, 100_000));
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.add(new Problem.FieldError("size", "field.range", 1, MAX_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    return new Paging(p, s);
  }
}
