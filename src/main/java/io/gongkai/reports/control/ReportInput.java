package io.gongkai.reports.control;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A report as the office sends it: sections 一 ({@code overview}), 五 ({@code problems}), 六 ({@code
 * other}) as HTML, and the tables in the keys of docs/annual-reports.md; blank cells as null.
 */
public record ReportInput(
    String organisation,
    Integer year,
    String overview,
    String problems,
    String other,
    Map<String, Map<String, Map<String, BigDecimal>>> tables) {}
