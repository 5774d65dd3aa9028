package io.gongkai.reports;

import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A report with every cell filled, and the cells one report's tables hold differently. */
public final class ReportCells {

  public static final List<String> OVERVIEW =
      List.of("本机关认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息112条。", "（一）主动公开。按照要求及时公开各类信息。");
  public static final List<String> PROBLEMS = List.of("信息公开的及时性有待提高。", "下一步将加强培训。");
  public static final List<String> OTHER = List.of("本年度未收取信息处理费。");

  private ReportCells() {}

  /**
   * Every cell of the format whose value differs in {@code actual}: missing, changed, or filled in
   * where it was blank. Empty when the two hold the same cells.
   */
  public static List<String> differences(
      ReportFormat format, ReportTables expected, ReportTables actual) {
    List<String> wrong = new ArrayList<>();
    for (Table table : format.tables()) {
      for (Block block : table.blocks()) {
        for (Row row : block.rows()) {
          for (Column column : block.columns()) {
            String id = table.key() + "." + row.key() + "." + column.key();
            BigDecimal want = expected.get(table.key(), row.key(), column.key()).orElse(null);
            BigDecimal got = actual.get(table.key(), row.key(), column.key()).orElse(null);
            if (!actual.hasCell(table.key(), row.key(), column.key())) {
              wrong.add(id + " missing (was " + want + ")");
            } else if (want == null ? got != null : got == null || want.compareTo(got) != 0) {
              wrong.add(id + " " + want + " read as " + got);
            }
          }
        }
      }
    }
    return wrong;
  }

  /**
   * Every cell filled with a distinct number (row index * 10 + column index per table), with a
   * negative 本年增/减, a decimal amount, and one blank cell in each table.
   */
  public static ReportContent filled(ReportFormat format) {
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

  public static String html(List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    paragraphs.forEach(p -> b.append("<p>").append(p).append("</p>"));
    return b.toString();
  }
}
