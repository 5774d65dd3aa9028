package io.gongkai.reports.boundary;

import io.gongkai.platform.Problem;
import io.gongkai.reports.control.ReportImports;

/** Which importer a request's Content-Type calls for. */
final class ReportFormatsOfFiles {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private ReportFormatsOfFiles() {}

  static ReportImports.Kind kind(String contentType) {
    String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    return switch (type) {
      case "text/plain", "text/markdown" -> ReportImports.Kind.TEXT;
      case "text/html", "application/xhtml+xml" -> ReportImports.Kind.HTML;
      case DOCX -> ReportImports.Kind.DOCX;
      default ->
          throw type.isEmpty()
              ? new Problem(415, "unsupported-report-file", "reports.unsupported-file-none")
              : new Problem(415, "unsupported-report-file", "reports.unsupported-file", type);
    };
  }
}
