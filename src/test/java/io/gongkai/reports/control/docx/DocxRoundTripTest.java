package io.gongkai.reports.control.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.ReportCells;
import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.control.importing.ReportTextParser;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report written with {@link ReportDocx} and read back with {@link DocxText} keeps every cell.
 */
class DocxRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2021"})
  void everyCellAndSectionSurvives(String formatId) {
    ReportFormat format = ReportFormats.byId(formatId).orElseThrow();
    ReportContent content = ReportCells.filled(format);
    String title = "测试市测试局" + format.firstYear() + "年政府信息公开工作年度报告";

    String text = DocxText.read(ReportDocx.write(title, format, content));
    ImportResult result = new ReportTextParser().parse(text);

    assertThat(result.format()).as("format").isEqualTo(formatId);
    assertThat(result.year()).isEqualTo(format.firstYear());
    assertSameCells(format, content.reportTables(), result.tables());
    assertThat(result.sections().get("overview")).contains(ReportCells.OVERVIEW);
    assertThat(result.sections().get("problems")).contains(ReportCells.PROBLEMS);
    assertThat(result.sections().get("other")).contains(ReportCells.OTHER);
    assertThat(text).doesNotContain("<p>", "</p>", "<li>");
    assertThat(result.hasErrors()).as(result.notes().toString()).isFalse();
  }

  /** Asserts that {@code actual} holds every cell of the format exactly as {@code expected}. */
  static void assertSameCells(ReportFormat format, ReportTables expected, ReportTables actual) {
    assertThat(ReportCells.differences(format, expected, actual)).isEmpty();
  }
}
