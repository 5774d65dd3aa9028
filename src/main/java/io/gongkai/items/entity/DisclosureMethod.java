package io.gongkai.items.entity;

import java.util.Arrays;
import java.util.Optional;

/** 公开方式; the API speaks the Chinese label, the database stores the constant. */
public enum DisclosureMethod implements Labelled {
  PROACTIVE("主动公开"),
  ON_REQUEST("依申请公开");

  private final String label;

  DisclosureMethod(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<DisclosureMethod> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
