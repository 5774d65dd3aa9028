package io.gongkai.reports.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.BoundedBody;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.docx.DocxText;
import io.gongkai.reports.control.docx.UnreadableDocx;
import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.control.importing.ReportHtmlParser;
import io.gongkai.reports.control.importing.ReportTextParser;
import io.gongkai.reports.entity.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

  public ImportResult parse(Kind kind, InputStream body) {
    byte[] bytes = bounded(body);
    String text = kind == Kind.DOCX ? docxText(bytes) : decode(bytes);
    ImportResult result =
        kind == Kind.HTML ? new ReportHtmlParser().parse(text) : new ReportTextParser().parse(text);
    boolean noText = result.sections().values().stream().allMatch(t -> t == null || t.isBlank());
    if (result.tables().values().isEmpty() && noText) {
      throw new Problem(
              422,
              "not-a-report",
              "Not a report",
              "No table of an annual report was found in the file")
          .with("notes", result.notes());
    }
    return result;
  }

  /**
   * Parses and stores a draft for the organisation; the year is the one given, else the one read.
   */
  public Report importDraft(Caller caller, String slug, Integer year, Kind kind, InputStream body) {
    Organisation org = tx.read(em -> organisations.get(em, slug));
    caller.require(Role.EDITOR, org.id(), slug);
    ImportResult result = parse(kind, body);
    Integer reportYear = year != null ? year : result.year();
    if (reportYear == null) {
      throw new Problem.Invalid(
          "year", "the file does not say which year it reports on: give ?year=");
    }
    return reports.create(caller, input(slug, reportYear, result));
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
    byte[] bytes = BoundedBody.read(in, MAX_BYTES, "A report file");
    if (bytes.length == 0) {
      throw new Problem(422, "not-a-report", "Not a report", "The file is empty");
    }
    return bytes;
  }

  private static String docxText(byte[] bytes) {
    try {
      return DocxText.read(bytes);
    } catch (UnreadableDocx e) {
      throw new Problem(422, "unreadable-docx", "Unreadable Word file", e.getMessage());
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
      throw new Problem(
          415,
          "not-text",
          "Not UTF-8 text",
          "Send the report as UTF-8 text, Markdown or HTML (or .docx)");
    }
  }
}
