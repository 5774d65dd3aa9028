package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportTables;
import java.util.List;
import java.util.Map;

/**
 * What the importer read from one report.
 *
 * @param year the report year found in the text, or null
 * @param format "2019" or "2021": the format the tables show (not the one the year implies), or
 *     null
 * @param tables the cells read: a blank cell is present with value null, a cell not read is absent
 * @param sections {@code overview}, {@code problems}, {@code other}: plain text, paragraphs by "\n"
 * @param notes everything that could not be read, or was read with a reservation
 */
public record ImportResult(
    Integer year,
    String format,
    ReportTables tables,
    Map<String, String> sections,
    List<ImportNote> notes) {

  public ImportResult {
    sections = Map.copyOf(sections);
    notes = List.copyOf(notes);
  }

  /** Whether a note of level ERROR was raised. */
  public boolean hasErrors() {
    return notes.stream().anyMatch(n -> ImportNote.ERROR.equals(n.level()));
  }
}
