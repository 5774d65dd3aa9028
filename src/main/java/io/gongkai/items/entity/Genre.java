package io.gongkai.items.entity;

import java.util.Arrays;
import java.util.Optional;

/** 体裁分类; the API speaks the Chinese label, the database stores the constant. */
public enum Genre implements Labelled {
  NOTICE("通知"),
  ANNOUNCEMENT("公告"),
  CIRCULAR("通告"),
  DECISION("决定"),
  OPINION("意见"),
  MEASURES("办法"),
  PROVISIONS("规定"),
  RULES("规章"),
  NORMATIVE_DOCUMENT("行政规范性文件"),
  REPORT("报告"),
  PLAN("规划"),
  PROGRAMME("计划"),
  SCHEME("方案"),
  REPLY("批复"),
  LETTER("函"),
  MINUTES("纪要"),
  ORDER("命令"),
  OTHER("其他");

  private final String label;

  Genre(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Genre> fromLabel(String label) {
    return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
  }
}
