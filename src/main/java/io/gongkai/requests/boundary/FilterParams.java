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
        .orElseThrow(() -> new Problem.Invalid("state", "应为 OPEN、ANSWERED 或 CLOSED"));
  }

  static ApplicantType applicantType(String code) {
    return code == null
        ? null
        : ApplicantType.of(code)
            .orElseThrow(() -> new Problem.Invalid("applicantType", "应为表三的申请人类别之一"));
  }

  static Integer dueWithin(Integer days) {
    if (days != null && (days < 0 || days > 100)) {
      throw new Problem.Invalid("dueWithin", "0 至 100 个工作日");
    }
    return days;
  }
}
