package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads table 四. The printed form is one row of 15 numbers after two or three header rows (行政复议 ×5,
 * 未经复议直接起诉 ×5, 复议后起诉 ×5, each 结果维持 结果纠正 其他结果 尚未审结 总计); the model is three rows of five. The first
 * run of values after the header that fills 15 cells is the row; digits run together are split only
 * when each group's 总计 confirms the split.
 */
final class AppealsReader {

  private static final Pattern NEXT_SECTION = Pattern.compile("\\s*五[、.．]");
  private static final List<String> HEADERS =
      List.of("行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉");

  private final LabelIndex index;
  private final ReportTables tables;
  private final ImportNotes notes;

  AppealsReader(LabelIndex index, ReportTables tables, ImportNotes notes) {
    this.index = index;
    this.tables = tables;
    this.notes = notes;
  }

  /** Reads table 四 from position {@code from} to the end of the text. */
  void read(Table table, int from) {
    LabelIndex.Hit anchor = index.find("行政复议", from, index.end());
    if (anchor == null) {
      return;
    }
    LabelIndex.Hit stop = index.find("存在的主要问题", anchor.end(), index.end());
    int end = stop == null ? index.size() : stop.first();
    List<Run> runs = runs(anchor.last() + 1, end);
    for (Run run : runs) {
      if (tryRun(table, run.cells(), run.cutOff())) {
        return;
      }
    }
    if (readAsGroups(table, runs)) {
      return;
    }
    if (blankUpToNextSection(anchor.last() + 1)) {
      put(table, Collections.nCopies(width(table), null));
    }
  }

  /**
   * A run of values after table 四's anchor, the text since the run before it, and whether the text
   * ends with it.
   */
  private record Run(List<Token> cells, String before, boolean cutOff) {}

  /** The runs of values in tokens [from, end), in order. */
  private List<Run> runs(int from, int end) {
    List<Token> tokens = index.tokens();
    List<Run> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = from;
    while (i < end) {
      if (tokens.get(i).isText()) {
        text.append(tokens.get(i).text());
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < end && tokens.get(runEnd).isValue()) {
        runEnd++;
      }
      runs.add(new Run(tokens.subList(i, runEnd), text.toString(), runEnd == tokens.size()));
      text.setLength(0);
      i = runEnd;
    }
    return runs;
  }

  /**
   * What marks the start of each group after the first, in the format's order: a text that prints
   * table 四 as three small tables (one per group, each under its own heading) names them.
   */
  private static final List<String> GROUP_HEADINGS = List.of("直接起诉", "复议后起诉");

  /**
   * Reads table 四 printed as three small tables, one per group of five under its own heading (行政复议;
   * 行政诉讼（未经复议直接起诉）; 行政诉讼（复议后起诉）), where no run of values fills the table. Taken only when there are
   * exactly three runs of values, each exactly one group wide and agreeing with its own 总计, and the
   * text before the second and third names their groups: otherwise nothing is read.
   */
  private boolean readAsGroups(Table table, List<Run> runs) {
    Block block = table.blocks().get(0);
    int columns = block.columns().size();
    if (runs.size() != block.rows().size() || runs.size() != GROUP_HEADINGS.size() + 1) {
      return false;
    }
    List<BigDecimal> values = new ArrayList<>();
    for (int g = 0; g < runs.size(); g++) {
      List<Token> cells = runs.get(g).cells();
      if (g > 0 && !runs.get(g).before().contains(GROUP_HEADINGS.get(g - 1))) {
        return false;
      }
      if (cells.size() != columns || cells.stream().noneMatch(Token::isNumber)) {
        return false;
      }
      CellFitter.Fit fit = CellFitter.fit(cells, columns, false, rule());
      if (!fit.ok() || fit.partial()) {
        return false;
      }
      values.addAll(fit.values());
    }
    put(table, values);
    return true;
  }

  /**
   * Whether table 四, all of whose headers stand after its anchor, holds no value at all before the
   * heading of section 五 (a text whose blank cells all collapsed): then every cell is blank. A text
   * that ends before that heading may have lost the values, so it is not read.
   */
  private boolean blankUpToNextSection(int from) {
    List<Token> tokens = index.tokens();
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isValue()) {
        return false;
      }
      if (NEXT_SECTION.matcher(t.text()).lookingAt()) {
        int end = index.position(i);
        int start = index.position(from);
        return HEADERS.stream().allMatch(h -> index.contains(h, start, end));
      }
    }
    return false;
  }

  private boolean tryRun(Table table, List<Token> run, boolean cutOff) {
    List<Token> cells = new ArrayList<>(run);
    if (cells.stream().noneMatch(Token::isNumber)) {
      return false;
    }
    int width = width(table);
    long digits = cells.stream().filter(Token::isNumber).mapToInt(t -> t.text().length()).sum();
    if (digits < width && !cutOff) {
      return false;
    }
    while (cells.size() > width && !cells.get(0).isNumber()) {
      cells.remove(0);
    }
    CellFitter.Fit fit = CellFitter.fit(cells, width, cutOff, rule());
    if (!fit.ok()) {
      notes.add(
          ImportNote.warning(table.key(), null, "reports.import.cells-not-read", fit.problem()));
      return true;
    }
    put(table, fit.values());
    if (fit.caveat() != null) {
      notes.add(ImportNote.warning(table.key(), null, fit.caveat().key()));
    }
    if (fit.partial()) {
      notes.add(
          ImportNote.warning(
              table.key(), null, "reports.import.ends-inside-table", fit.values().size()));
    }
    return true;
  }

  private void put(Table table, List<BigDecimal> values) {
    Block block = table.blocks().get(0);
    int i = 0;
    for (Row row : block.rows()) {
      for (var column : block.columns()) {
        if (i < values.size()) {
          tables.put(table.key(), row.key(), column.key(), values.get(i));
        }
        i++;
      }
    }
  }

  private static int width(Table table) {
    Block block = table.blocks().get(0);
    return block.rows().size() * block.columns().size();
  }

  /** Each group of five: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
  private static Predicate<List<BigDecimal>> rule() {
    return values -> {
      for (int g = 0; g + 5 <= values.size(); g += 5) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < 4; k++) {
          sum = sum.add(values.get(g + k));
        }
        if (sum.compareTo(values.get(g + 4)) != 0) {
          return false;
        }
      }
      return true;
    };
  }
}
