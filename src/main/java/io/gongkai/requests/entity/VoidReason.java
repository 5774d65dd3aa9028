package io.gongkai.requests.entity;

import java.util.Optional;

/** Why an online submission was voided (作废) instead of registered; the public sees the label. */
public enum VoidReason implements Coded {
  SPAM("spam", "无效或恶意提交"),
  TEST("test", "测试提交"),
  DUPLICATE("duplicate", "重复提交"),
  OTHER("other", "其他原因");

  private final String code;
  private final String label;

  VoidReason(String code, String label) {
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

  public static Optional<VoidReason> of(String code) {
    return Coded.of(values(), code);
  }
}
