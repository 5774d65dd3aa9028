package io.gongkai.reports.control.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.control.importing.ReportTextParser;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report written with {@link ReportDocx} and read back with {@link DocxText} keeps every cell.
 */
class DocxRoundTripTest {

  static final List<String> OVERVIEW =
      List.of("本机关认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息112条。", "（一）主动公开。按照要求及时公开各类信息。");
  static final List<String> PROBLEMS = List.of("信息公开的及时性有待提高。", "下一步将加强培训。");
  static final List<String> OTHER = List.of("本年度未收取信息处理费。");

  @ParameterizedTest
  @ValueSource(strings = {"2019", "2021"})
  void everyCellAndSectionSurvives(String formatId) {
    ReportFormat format = ReportFormats.byId(formatId).orElseThrow();
    ReportContent content = filled(format);
    String title = "测试市测试局" + format.firstYear() + "年政府信息公开工作年度报告";

    String text = DocxText.read(ReportDocx.write(title, format, content));
    ImportResult result = new ReportTextParser().parse(text);

    assertThat(result.format()).as("format").isEqualTo(formatId);
    assertThat(result.year()).isEqualTo(format.firstYear());
    assertSameCells(format, content.reportTables(), result.tables());
    assertThat(result.sections().get("overview")).contains(OVERVIEW);
    assertThat(result.sections().get("problems")).contains(PROBLEMS);
    assertThat(result.sections().get("other")).contains(OTHER);
    assertThat(text).doesNotContain("<p>", "</p>", "<li>");
    assertThat(result.hasErrors()).as(result.notes().toString()).isFalse();
  }

  /** Asserts that {@code actual} holds every cell of the format exactly as {@code expected}. */
  static void assertSameCells(ReportFormat format, ReportTables expected, ReportTables actual) {
    SoftAssertions softly = new SoftAssertions();
    for (Table table : format.tables()) {
      for (Block block : table.blocks()) {
        for (Row row : block.rows()) {
          for (Column column : block.columns()) {
            String id = table.key() + "." + row.key() + "." + column.key();
            BigDecimal want = expected.get(table.key(), row.key(), column.key()).orElse(null);
            softly.assertThat(actual.hasCell(table.key(), row.key(), column.key())).as(id).isTrue();
            BigDecimal got = actual.get(table.key(), row.key(), column.key()).orElse(null);
            if (want == null) {
              softly.assertThat(got).as(id + " stays blank").isNull();
            } else {
              softly.assertThat(got).as(id).isNotNull().isEqualByComparingTo(want);
            }
          }
        }
      }
    }
    softly.assertAll();
  }

  /**
   * Every cell filled with a distinct number (row index * 10 + column index per table), with a
   * negative 本年增/减, a decimal amount, and one blank cell in each table.
   */
  static ReportContent filled(ReportFormat format) {
    ReportTables t = new ReportTables();
    for (Table table : format.tables()) {
      int rowIndex = 1;
      for (Block block : table.blocks()) {
        for (Row row : block.rows()) {
          for (int c = 0; c < block.columns().size(); c++) {
            BigDecimal value = BigDecimal.valueOf(rowIndex * 10L + c);
            t.put(table.key(), row.key(), block.columns().get(c).key(), value);
          }
          rowIndex++;
        }
      }
    }
    if (format == ReportFormats.FORMAT_2019) {
      t.put("proactive", "licensing", "changeThisYear", BigDecimal.valueOf(-3));
      t.put("proactive", "procurement", "procurementAmount", new BigDecimal("160.5964"));
      t.put("proactive", "punishment", "previousYearCount", null);
    } else {
      t.put("proactive", "fees", "feeAmount", new BigDecimal("160.5964"));
      t.put("proactive", "punishment", "decisions", null);
    }
    t.put("requests", "withheld.stateSecret", "enterprise", null);
    t.put("appeals", "litigationDirect", "pending", null);
    return new ReportContent(html(OVERVIEW), html(PROBLEMS), html(OTHER), t.values());
  }

  static String html(List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    paragraphs.forEach(p -> b.append("<p>").append(p).append("</p>"));
    return b.toString();
  }
}
