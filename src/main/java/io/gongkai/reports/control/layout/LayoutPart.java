package io.gongkai.reports.control.layout;

/**
 * A part of the report under its heading: a text section ({@code section}: {@code overview}, {@code
 * problems} or {@code other}) or a table.
 */
public record LayoutPart(String heading, String section, LayoutTable table) {}
