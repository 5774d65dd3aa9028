package io.gongkai.reports.control.layout;

import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/**
 * Valid reports drawn at random: table 二 with counts, signed changes and decimal amounts of any
 * size, a cell sometimes blank (no rule reads table 二, and agencies leave cells there empty); table
 * 三 and 四 whole, mostly small counts with many zeros, satisfying R1–R4 (一 + 二 = 总计 + 四 per column,
 * each row's 总计 the sum of the applicants, （七）总计 the sum of the results, table 四's 总计 the sum of
 * its four results).
 */
final class RandomReports {

  private static final List<String> SENTENCES =
      List.of(
          "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息。",
          "（一）主动公开。按照要求及时公开各类信息，做到应公开尽公开。",
          "（二）依申请公开。严格依法办理，按时答复。",
          "信息公开的及时性和规范性有待提高，下一步将加强培训。",
          "本年度未收取信息处理费。",
          "无。");

  private final Random random;

  RandomReports(long seed) {
    this.random = new Random(seed);
  }

  ReportContent draw(ReportFormat format) {
    ReportTables t = new ReportTables();
    proactive(format, t);
    requests(format, t);
    appeals(format, t);
    return new ReportContent(text(), text(), text(), t.values());
  }

  private void proactive(ReportFormat format, ReportTables t) {
    for (Block b : format.table("proactive").orElseThrow().blocks()) {
      for (Row r : b.rows()) {
        for (Column c : b.columns()) {
          t.put("proactive", r.key(), c.key(), random.nextInt(7) == 0 ? null : value(c));
        }
      }
    }
  }

  private BigDecimal value(Column c) {
    return switch (c.kind()) {
      case COUNT -> BigDecimal.valueOf(count());
      case SIGNED_COUNT -> BigDecimal.valueOf(random.nextBoolean() ? count() : -count());
      case AMOUNT -> BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(5));
    };
  }

  /** Zero a third of the time, else up to 9, 99, 999 or 99 999. */
  private long count() {
    if (random.nextInt(3) == 0) {
      return 0;
    }
    int[] bounds = {10, 100, 1000, 100_000};
    return random.nextInt(bounds[random.nextInt(bounds.length)]);
  }

  private void requests(ReportFormat format, ReportTables t) {
    Block b = format.table("requests").orElseThrow().blocks().get(0);
    List<Row> results =
        b.rows().stream().filter(r -> !r.groups().isEmpty() && !r.key().equals("total")).toList();
    List<Column> applicants = b.columns().stream().filter(c -> !c.key().equals("total")).toList();
    for (Column c : applicants) {
      long total = 0;
      for (Row r : results) {
        long v = small();
        t.put("requests", r.key(), c.key(), BigDecimal.valueOf(v));
        total += v;
      }
      long forward = small();
      long over = total + forward == 0 ? 0 : random.nextLong(total + forward + 1) / 4;
      t.put("requests", "total", c.key(), BigDecimal.valueOf(total));
      t.put("requests", "carriedForward", c.key(), BigDecimal.valueOf(forward));
      t.put("requests", "carriedOver", c.key(), BigDecimal.valueOf(over));
      t.put("requests", "received", c.key(), BigDecimal.valueOf(total + forward - over));
    }
    for (Row r : b.rows()) {
      BigDecimal sum =
          applicants.stream()
              .map(c -> t.get("requests", r.key(), c.key()).orElseThrow())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      t.put("requests", r.key(), "total", sum);
    }
  }

  private void appeals(ReportFormat format, ReportTables t) {
    for (Row r : format.table("appeals").orElseThrow().blocks().get(0).rows()) {
      long total = 0;
      for (String c : List.of("upheld", "corrected", "other", "pending")) {
        long v = small();
        t.put("appeals", r.key(), c, BigDecimal.valueOf(v));
        total += v;
      }
      t.put("appeals", r.key(), "total", BigDecimal.valueOf(total));
    }
  }

  /** A figure of table 三 or 四: mostly 0, else up to 9 or 300. */
  private long small() {
    int roll = random.nextInt(10);
    return roll < 5 ? 0 : roll < 9 ? random.nextInt(10) : random.nextInt(300);
  }

  private String text() {
    StringBuilder html = new StringBuilder();
    int paragraphs = 1 + random.nextInt(3);
    for (int i = 0; i < paragraphs; i++) {
      html.append("<p>").append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append("</p>");
    }
    return html.toString();
  }
}
