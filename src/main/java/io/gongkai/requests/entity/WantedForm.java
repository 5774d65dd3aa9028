package io.gongkai.requests.entity;

import java.util.Optional;

/** The carrier the applicant wants the information on (所需信息的指定提供载体形式). */
public enum WantedForm implements Coded {
  PAPER("paper", "纸质文本"),
  ELECTRONIC("electronic", "电子文本"),
  DISC("disc", "光盘");

  private final String code;
  private final String label;

  WantedForm(String code, String label) {
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

  public static Optional<WantedForm> of(String code) {
    return Coded.of(values(), code);
  }
}
