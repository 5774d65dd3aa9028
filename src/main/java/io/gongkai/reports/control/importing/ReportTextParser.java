package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports an annual report from plain text (from Word, a web page, a PDF): the year, the format the
 * tables show, the cells of tables 二, 三 and 四, the text sections, and notes on everything that
 * could not be read. Never throws on bad input.
 */
public class ReportTextParser {

  public ImportResult parse(String text) {
    try {
      return parseChecked(text == null ? "" : text);
    } catch (RuntimeException e) {
      return new ImportResult(
          null,
          null,
          new ReportTables(),
          Map.of(),
          List.of(
              ImportNote.error(null, null, "reports.import.text-unreadable", String.valueOf(e))));
    }
  }

  private ImportResult parseChecked(String text) {
    String cleaned = TextNormaliser.clean(text);
    String normalised = TextNormaliser.normalise(cleaned);
    LabelIndex index = new LabelIndex(Tokenizer.tokenize(normalised));
    Integer year = SectionExtractor.year(normalised);
    ReportTables tables = new ReportTables();
    ImportNotes notes = new ImportNotes();
    List<Table> used = new ArrayList<>();
    String format = readTables(index, year, tables, notes, used);
    noteMissing(used, tables, notes);
    if (year == null) {
      notes.add(ImportNote.warning(null, null, "reports.import.no-year"));
    }
    Map<String, String> sections = SectionExtractor.sections(cleaned, normalised, notes);
    return new ImportResult(year, format, tables, sections, notes.all());
  }

  /** Reads 二, 三, 四 in the formats they show; returns the format of the tables, or null. */
  private String readTables(
      LabelIndex index, Integer year, ReportTables tables, ImportNotes notes, List<Table> used) {
    int end = index.end();
    LabelIndex.Hit start2 = index.find("第二十条", 0, end);
    LabelIndex.Hit start3 = index.find("本年新收政府信息公开", start2 == null ? 0 : start2.start(), end);
    int from2 = start2 == null ? end : start2.start();
    int to2 = start3 == null ? end : start3.start();
    String f2 = FormatDetector.proactive(index, from2, to2);
    String f3 = FormatDetector.requests(index, Math.min(to2, from2), end);
    String shown = f2 != null ? f2 : f3;
    String fallback = shown != null ? shown : yearFormat(year);
    used.addAll(
        List.of(
            table(f2, fallback, "proactive"),
            table(f3, fallback, "requests"),
            table(null, fallback, "appeals")));
    TableReader reader = new TableReader(index, tables, notes);
    int cursor = from2 < end ? reader.read(used.get(0), from2, to2) : 0;
    int from3 = start3 != null ? start3.start() : cursor;
    int after3 = reader.read(used.get(1), from3, end);
    new AppealsReader(index, tables, notes)
        .read(
            used.get(2),
            tables.values().containsKey("requests") ? after3 : Math.max(cursor, from3));
    noteFormat(year, f2, "proactive", notes);
    noteFormat(year, f3, "requests", notes);
    return shown;
  }

  private static Table table(String format, String fallback, String key) {
    String id = format != null ? format : fallback;
    return ReportFormats.byId(id).orElseThrow().table(key).orElseThrow();
  }

  private static String yearFormat(Integer year) {
    return year == null ? "2019" : ReportFormats.forYear(year).map(ReportFormat::id).orElse("2019");
  }

  private static void noteFormat(Integer year, String shown, String table, ImportNotes notes) {
    if (year != null && shown != null && !Objects.equals(shown, yearFormat(year))) {
      notes.add(
          ImportNote.warning(
              table, null, "reports.import.format-mismatch", shown, year, yearFormat(year)));
    }
  }

  private static void noteMissing(List<Table> used, ReportTables tables, ImportNotes notes) {
    for (Table table : used) {
      if (!tables.values().containsKey(table.key())) {
        if (!notes.mentions(table.key(), null)) {
          notes.add(
              ImportNote.error(
                  table.key(),
                  null,
                  "reports.import.table-not-found",
                  table.numeral(),
                  table.title()));
        }
        continue;
      }
      table.blocks().stream()
          .flatMap(b -> b.rows().stream())
          .filter(
              r -> !tables.hasRow(table.key(), r.key()) && !notes.mentions(table.key(), r.key()))
          .forEach(
              r ->
                  notes.add(
                      ImportNote.warning(
                          table.key(), r.key(), "reports.import.row-not-found", r.label())));
    }
  }
}
