package io.gongkai.requests.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A choice of the register with the code the API and the report's JSON use and its official label
 * (receipt channel, applicant type, pause kind, appeal kind and result).
 */
public interface Coded {

  String code();

  String label();

  static <E extends Coded> Optional<E> of(E[] values, String code) {
    return Arrays.stream(values).filter(v -> v.code().equals(code)).findFirst();
  }

  /** Every code, in order: what a field may hold, as a problem names it. */
  static List<String> codes(Coded[] values) {
    return Arrays.stream(values).map(Coded::code).toList();
  }
}
