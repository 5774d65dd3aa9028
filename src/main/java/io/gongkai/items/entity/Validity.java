package io.gongkai.items.entity;

import java.util.Arrays;
import java.util.Optional;

/** 有效性; the API speaks the Chinese label, the database stores the constant. */
public enum Validity implements Labelled {
  VALID("有效"),
  EXPIRED("失效"),
  REPEALED("废止");

  private final String label;

  Validity(String label) {
    this.label = label;
  }

  /** Every label, in order, as a refusal lists them. */
  public static java.util.List<String> labels() {
    return java.util.Arrays.stream(values()).map(Validity::label).toList();
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Validity> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
