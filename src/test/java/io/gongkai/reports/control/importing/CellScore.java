package io.gongkai.reports.control.importing;

import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Cells expected / read correctly / read wrongly / missed, for one fixture or many. */
final class CellScore {

  int expected;
  int correct;
  final List<String> wrong = new ArrayList<>();
  final List<String> missed = new ArrayList<>();

  static CellScore of(Fixture fixture, ImportResult result) {
    CellScore score = new CellScore();
    ReportTables tables = result.tables();
    for (Fixture.Cell cell : fixture.expectedCells()) {
      score.expected++;
      String where = fixture + " " + cell.id();
      if (!tables.hasCell(cell.table(), cell.row(), cell.column())) {
        score.missed.add(where);
        continue;
      }
      BigDecimal actual = tables.values().get(cell.table()).get(cell.row()).get(cell.column());
      boolean same =
          actual == null
              ? cell.value() == null
              : cell.value() != null && actual.compareTo(cell.value()) == 0;
      if (same) {
        score.correct++;
      } else {
        score.wrong.add(where + " expected " + cell.value() + " but read " + actual);
      }
    }
    return score;
  }

  void add(CellScore other) {
    expected += other.expected;
    correct += other.correct;
    wrong.addAll(other.wrong);
    missed.addAll(other.missed);
  }

  double accuracy() {
    return expected == 0 ? 1.0 : (double) correct / expected;
  }

  @Override
  public String toString() {
    return String.format(
        "expected %d, correct %d, wrong %d, missed %d (%.1f%%)",
        expected, correct, wrong.size(), missed.size(), 100 * accuracy());
  }
}
