package io.gongkai.items.entity;

import java.util.Arrays;
import java.util.Optional;

/** 公开范围; the API speaks the Chinese label, the database stores the constant. */
public enum DisclosureScope implements Labelled {
  PUBLIC("面向社会"),
  APPLICANTS("面向申请人");

  private final String label;

  DisclosureScope(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<DisclosureScope> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
