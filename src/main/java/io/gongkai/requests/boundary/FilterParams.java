package io.gongkai.requests.boundary;

import io.gongkai.platform.Problem;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.RequestState;
import java.util.Arrays;

/** The register list's query parameters, read into the filter's types (400 naming a bad one). */
final class FilterParams {

  private FilterParams() {}

  static RequestState state(String state) {
    if (state == null) {
      return null;
    }
    return Arrays.stream(RequestState.values())
        .filter(s -> s.name().equalsIgnoreCase(state))
        .findFirst()
        .orElseThrow(
            () ->
                new Problem.Invalid("state", "field.one-of", Arrays.asList(RequestState.values())));
  }

  static ApplicantType applicantType(String code) {
    return code == null
        ? null
        : ApplicantType.of(code)
            .orElseThrow(
                () -> new Problem.Invalid("applicantType", "requests.field.applicant-type"));
  }

  static Integer dueWithin(Integer days) {
    if (days != null && (days < 0 || days > 100)) {
      throw new Problem.Invalid("dueWithin", "requests.field.due-within");
    }
    return days;
  }
}
