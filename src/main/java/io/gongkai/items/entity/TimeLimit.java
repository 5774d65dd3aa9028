package io.gongkai.items.entity;

import java.util.Arrays;
import java.util.Optional;

/** 公开时限; the API speaks the Chinese label, the database stores the constant. */
public enum TimeLimit implements Labelled {
  LONG_TERM("长期"),
  PROMPT("及时"),
  LIMITED("限时");

  private final String label;

  TimeLimit(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<TimeLimit> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
