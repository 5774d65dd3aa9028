package io.gongkai.requests.entity;

import java.util.Optional;

/**
 * A challenge to how a request was handled, as table 四 counts it: 行政复议, or 行政诉讼 directly or after a
 * review. The code is the row's key in the report's JSON.
 */
public enum AppealKind implements Coded {
  REVIEW("review", "行政复议"),
  LITIGATION_DIRECT("litigationDirect", "行政诉讼（未经复议直接起诉）"),
  LITIGATION_AFTER_REVIEW("litigationAfterReview", "行政诉讼（复议后起诉）");

  private final String code;
  private final String label;

  AppealKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<AppealKind> of(String code) {
    return Coded.of(values(), code);
  }
}
