package io.gongkai.reports.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.BoundedBody;
import io.gongkai.platform.Message;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Upload;
import io.gongkai.platform.Uploads;
import io.gongkai.reports.control.docx.DocxText;
import io.gongkai.reports.control.docx.UnreadableDocx;
import io.gongkai.reports.control.importing.ImportNote;
import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.control.importing.ReportHtmlParser;
import io.gongkai.reports.control.importing.ReportTextParser;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import io.gongkai.reports.entity.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Reads reports from the files agencies have — plain text, Markdown, an HTML page — and, on
 * request, stores what was read as a draft. A file that is not a report is refused and nothing is
 * stored; a partial report is kept with its gaps listed, never filled.
 */
@ApplicationScoped
public class ReportImports {

  /** A report file (text, or a Word file with its pictures) is never larger than this. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  /** The kinds of file understood, by Content-Type. */
  public enum Kind {
    TEXT,
    HTML,
    DOCX
  }

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Reports reports;
  @Inject Uploads uploads;

  /**
   * What a file would import as: the cells that fit the format of its year, the format, and the
   * findings of the rules R1–R9 on them as the stored draft would have them — against the
   * organisation's report of the year before and the items it holds when {@code slug} is given (its
   * editors only), else on the report alone. Without a year (given or read) there is no format to
   * fit or check against: the cells as read, no findings.
   */
  public record Preview(ImportResult result, ReportFormat format, List<Violation> findings) {}

  public Preview preview(
      Caller caller, Kind kind, InputStream body, String slug, Integer year, Locale language) {
    Organisation org = slug == null || slug.isBlank() ? null : editorsOrganisation(caller, slug);
    ImportResult read = parse(kind, bounded(body));
    Integer reportYear = year != null ? year : read.year();
    if (reportYear == null || ReportFormats.forYear(reportYear).isEmpty()) {
      return new Preview(read, null, List.of());
    }
    ReportFormat format = Reports.formatFor(reportYear);
    ImportResult fitted = fit(format, read);
    ReportContent content = ReportValidation.content(format, input(slug, reportYear, fitted));
    ReportChecker.Subject subject =
        org == null
            ? ReportChecker.Subject.of(format, content, Optional.empty(), Optional.empty())
            : tx.read(em -> reports.subject(em, org, reportYear, format, content));
    List<Violation> findings = ReportChecker.check(subject, language);
    return new Preview(fitted, format, findings);
  }

  private Organisation editorsOrganisation(Caller caller, String slug) {
    Organisation org = tx.read(em -> organisations.get(em, slug));
    caller.require(Role.EDITOR, org.id(), slug);
    return org;
  }

  private ImportResult parse(Kind kind, byte[] bytes) {
    String text = kind == Kind.DOCX ? docxText(bytes) : decode(bytes);
    ImportResult result =
        kind == Kind.HTML ? new ReportHtmlParser().parse(text) : new ReportTextParser().parse(text);
    boolean noText = result.sections().values().stream().allMatch(t -> t == null || t.isBlank());
    if (result.tables().values().isEmpty() && noText) {
      throw new Problem(422, "not-a-report", "reports.not-a-report")
          .withLocalised(
              "notes", language -> result.notes().stream().map(n -> n.shown(language)).toList());
    }
    return result;
  }

  /**
   * Parses and stores a draft for the organisation; the year is the one given, else the one read.
   */
  /** A stored draft and what the importer said about the file. */
  public record Imported(Report report, ImportResult result) {}

  public Imported importDraft(
      Caller caller,
      String slug,
      Integer year,
      String publishedOn,
      Kind kind,
      String fileName,
      InputStream body) {
    Organisation org = editorsOrganisation(caller, slug);
    byte[] bytes = bounded(body);
    ImportResult read = parse(kind, bytes);
    Integer reportYear = year != null ? year : read.year();
    if (reportYear == null) {
      throw new Problem.Invalid("year", "reports.year-unknown");
    }
    ImportResult fitted = fit(Reports.formatFor(reportYear), read);
    Optional<Upload> original =
        kind != Kind.DOCX
            ? Optional.empty()
            : Optional.of(
                uploads.read(
                    fileName == null ? org.name() + reportYear + "年政府信息公开工作年度报告.docx" : fileName,
                    new ByteArrayInputStream(bytes)));
    return new Imported(
        reports.create(caller, input(slug, reportYear, fitted), original, publishedOn), fitted);
  }

  /**
   * Keeps the cells that have a place in the format of the report's year; a row of another layout
   * (e.g. a 2019 table in a 2021 report) is dropped with a warning, never moved or invented.
   */
  static ImportResult fit(ReportFormat format, ImportResult read) {
    ReportTables kept = new ReportTables();
    List<ImportNote> notes = new ArrayList<>(read.notes());
    read.tables()
        .values()
        .forEach(
            (table, rows) ->
                rows.forEach(
                    (row, cells) ->
                        cells.forEach(
                            (column, value) -> {
                              boolean fits =
                                  format
                                      .table(table)
                                      .flatMap(t -> t.column(row, column))
                                      .isPresent();
                              if (fits) {
                                kept.put(table, row, column, value);
                              } else if (!kept.hasRow(table, row)
                                  && notes.stream()
                                      .noneMatch(
                                          n ->
                                              row.equals(n.row())
                                                  && "not in format".equals(n.column()))) {
                                notes.add(
                                    new ImportNote(
                                        ImportNote.WARNING,
                                        table,
                                        row,
                                        "not in format",
                                        Message.of(
                                            "reports.import.not-in-format", row, format.id())));
                              }
                            })));
    return new ImportResult(read.year(), read.format(), kept, read.sections(), notes);
  }

  public static ReportInput input(String slug, int year, ImportResult result) {
    return new ReportInput(
        slug,
        year,
        html(result.sections().get("overview")),
        html(result.sections().get("problems")),
        html(result.sections().get("other")),
        result.tables().values());
  }

  /** Plain paragraphs as HTML paragraphs, escaped. */
  static String html(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Arrays.stream(text.split("\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .map(p -> "<p>" + Entities.escape(p) + "</p>")
        .collect(Collectors.joining());
  }

  private static byte[] bounded(InputStream in) {
    byte[] bytes = BoundedBody.read(in, MAX_BYTES, "report-file");
    if (bytes.length == 0) {
      throw new Problem(422, "not-a-report", "reports.file-empty");
    }
    return bytes;
  }

  private static String docxText(byte[] bytes) {
    try {
      return DocxText.read(bytes);
    } catch (UnreadableDocx e) {
      throw new Problem(422, "unreadable-docx", "reports.docx." + e.reason());
    }
  }

  private static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.indexOf('\0') >= 0) {
        throw new CharacterCodingException();
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new Problem(415, "not-text", "reports.not-text");
    }
  }
}
