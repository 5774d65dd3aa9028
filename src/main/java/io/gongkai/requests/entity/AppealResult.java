package io.gongkai.requests.entity;

import java.util.Optional;

/** The result columns of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结 (the code is the column key). */
public enum AppealResult implements Coded {
  UPHELD("upheld", "结果维持"),
  CORRECTED("corrected", "结果纠正"),
  OTHER("other", "其他结果"),
  PENDING("pending", "尚未审结");

  private final String code;
  private final String label;

  AppealResult(String code, String label) {
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

  public static Optional<AppealResult> of(String code) {
    return Coded.of(values(), code);
  }
}
