package io.gongkai.migration.control;

/** Why one line of an import was not imported: the line number (from 1), its id and field. */
public record RowError(int line, String externalId, String field, String message) {}
