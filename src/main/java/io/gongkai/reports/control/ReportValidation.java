package io.gongkai.reports.control;

import io.gongkai.items.control.HtmlSanitiser;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that a report names only tables, rows and columns of its format and sanitises its text.
 * Whether the figures are right is the {@link ReportChecker}'s business, not a reason to refuse a
 * draft.
 */
final class ReportValidation {

  private ReportValidation() {}

  static ReportContent content(ReportFormat format, ReportInput in) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Map<String, Map<String, BigDecimal>>> tables = new LinkedHashMap<>();
    if (in.tables() != null) {
      in.tables()
          .forEach(
              (table, rows) ->
                  format
                      .table(table)
                      .ifPresentOrElse(
                          t ->
                              rows.forEach(
                                  (row, cells) -> {
                                    if (t.row(row).isEmpty()) {
                                      errors.add(
                                          new FieldError(
                                              "tables." + table + "." + row,
                                              "reports.no-such-row",
                                              format.id()));
                                      return;
                                    }
                                    cells.forEach(
                                        (column, value) -> {
                                          if (t.column(row, column).isEmpty()) {
                                            errors.add(
                                                new FieldError(
                                                    "tables." + table + "." + row + "." + column,
                                                    "reports.no-such-column"));
                                          } else {
                                            tables
                                                .computeIfAbsent(table, k -> new LinkedHashMap<>())
                                                .computeIfAbsent(row, k -> new LinkedHashMap<>())
                                                .put(column, value);
                                          }
                                        });
                                  }),
                          () ->
                              errors.add(
                                  new FieldError(
                                      "tables." + table,
                                      "field.one-of",
                                      List.of("proactive", "requests", "appeals")))));
    }
    text(errors, "overview", in.overview());
    text(errors, "problems", in.problems());
    text(errors, "other", in.other());
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    return new ReportContent(
        HtmlSanitiser.clean(in.overview()),
        HtmlSanitiser.clean(in.problems()),
        HtmlSanitiser.clean(in.other()),
        tables);
  }

  private static void text(List<FieldError> errors, String field, String value) {
    if (value != null && value.length() > 200_000) {
      errors.add(new FieldError(field, "field.max-length", 200_000));
    }
  }
}
