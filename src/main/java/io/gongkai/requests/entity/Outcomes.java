package io.gongkai.requests.entity;

import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormats;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes a request can close with: the result rows of table 三 (三、本年度办理结果, without its 总计) in
 * the format of the report year the answer counts in — the year of the reply, so a request carried
 * over (结转) from 31 December counts where it is answered. 2019–2020 has one 其他处理 row; from 2021 it
 * has three.
 */
public final class Outcomes {

  private static final String RESULTS = "三、本年度办理结果";

  private Outcomes() {}

  public static List<Row> of(int reportYear) {
    return ReportFormats.forYear(reportYear)
        .flatMap(f -> f.table("requests"))
        .map(
            t ->
                t.blocks().stream()
                    .flatMap(b -> b.rows().stream())
                    .filter(r -> r.groups().contains(RESULTS) && !r.key().equals("total"))
                    .toList())
        .orElse(List.of());
  }

  public static Optional<Row> row(int reportYear, String key) {
    return of(reportYear).stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public static Optional<String> formatId(int reportYear) {
    return ReportFormats.forYear(reportYear).map(ReportFormat::id);
  }

  /** The row's label with the group it sits in, e.g. （三）不予公开 · 1.属于国家秘密. */
  public static String label(Row row) {
    List<String> groups = row.groups();
    return groups.size() > 1 ? groups.get(groups.size() - 1) + " " + row.label() : row.label();
  }
}
