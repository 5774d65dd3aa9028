package io.gongkai.reports.entity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the disclosure office writes: the text sections 一 ({@code overview}), 五 ({@code problems})
 * and 六 ({@code other}) as sanitised HTML, and the tables in the keys of docs/annual-reports.md.
 */
public record ReportContent(
    String overview,
    String problems,
    String other,
    Map<String, Map<String, Map<String, BigDecimal>>> tables) {

  /** A text section by its key in the format's outline; null when there is none. */
  public String section(String key) {
    return switch (key == null ? "" : key) {
      case "overview" -> overview;
      case "problems" -> problems;
      case "other" -> other;
      default -> null;
    };
  }

  public ReportTables reportTables() {
    return new ReportTables(tables);
  }
}
