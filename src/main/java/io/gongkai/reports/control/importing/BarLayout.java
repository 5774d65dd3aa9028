package io.gongkai.reports.control.importing;

import java.util.regex.Pattern;

/**
 * What the {@code |} bars of a text's lines say about its empty cells, beyond one line's own bars.
 *
 * <p><b>Row-marker layouts</b> print one cell per line, each ending in " |", and open every table
 * row with a line holding a lone "|". A lone "|" is then either that marker or an empty cell. A row
 * opens on its label, so a run of lone-bar lines before a label holds the marker: where it is
 * longer than the shortest such run in the text (the marker alone), each extra bar is one empty
 * cell. A run before a value ("0 |", "12.5 |") opens no row, so each of its bars is one empty cell,
 * whether or not the text marks its rows ("行政许可 | 0 | | 0 |" is 0, blank, 0). Nor does a run
 * between a value and a filler line of bars alone ("||"), which ends the row as a marker would:
 * "行政事业性收费 | 0 | | ||" is 0, blank.
 *
 * <p><b>Even grids</b>: a run of consecutive lines of {@code |}-separated cells in which every line
 * has the same number of cells, counting each bar as closing one (so {@code "规章 | |||"} is a label
 * and three empty cells), is a grid whose renderer writes one bar per empty cell: its {@code ||}
 * are exact, not empty cells of unknown count merged together.
 */
final class BarLayout {

  private static final Pattern LONE_BAR = Pattern.compile("\\s*\\|\\s*");
  private static final Pattern FILLER = Pattern.compile("\\s*\\|(\\s*\\|)+\\s*");
  private static final Pattern ONE_CELL = Pattern.compile("[^|]*[^|\\s][^|]*\\|\\s*");
  private static final int MIN_GRID_CELLS = 3;

  private final int[] emptyCellsAfter;
  private final boolean[] evenGrid;

  private BarLayout(int lines) {
    emptyCellsAfter = new int[lines];
    evenGrid = new boolean[lines];
  }

  static BarLayout of(String[] lines) {
    BarLayout layout = new BarLayout(lines.length);
    layout.findMarkerBlanks(lines);
    layout.findEvenGrids(lines);
    return layout;
  }

  /** Empty cells that the lone-bar run starting at line {@code i} holds beyond its row marker. */
  int emptyCellsAt(int i) {
    return emptyCellsAfter[i];
  }

  /** Whether line {@code i} belongs to an even grid (its {@code ||} are exact). */
  boolean inEvenGrid(int i) {
    return evenGrid[i];
  }

  private void findMarkerBlanks(String[] lines) {
    int shortest = Integer.MAX_VALUE;
    for (int pass = 0; pass < 2; pass++) {
      int i = 0;
      while (i < lines.length) {
        if (!LONE_BAR.matcher(lines[i]).matches()) {
          i++;
          continue;
        }
        int j = i;
        while (j < lines.length && LONE_BAR.matcher(lines[j]).matches()) {
          j++;
        }
        boolean between = i > 0 && j < lines.length && isCell(lines[i - 1]) && isCell(lines[j]);
        boolean beforeValue = between && isValue(lines[j]);
        boolean beforeFiller =
            i > 0 && j < lines.length && isValue(lines[i - 1]) && isFiller(lines[j]);
        if (between && !beforeValue && pass == 0) {
          shortest = Math.min(shortest, j - i);
        } else if (pass == 1 && (beforeValue || beforeFiller)) {
          emptyCellsAfter[i] = j - i;
        } else if (pass == 1 && between && !beforeValue && j - i > shortest) {
          emptyCellsAfter[i] = j - i - shortest;
        }
        i = j;
      }
    }
  }

  /** A line of bars alone, two or more ("||", "||||"): a renderer's filler, no cell. */
  private static boolean isFiller(String line) {
    return FILLER.matcher(line).matches();
  }

  private static boolean isCell(String line) {
    return ONE_CELL.matcher(line).matches();
  }

  /** A cell line holding a {@link Figure} (0, 12.5, -3, 增2, 未增未减), not a label. */
  private static boolean isValue(String line) {
    return isCell(line) && Figure.is(line.substring(0, line.lastIndexOf('|')));
  }

  private void findEvenGrids(String[] lines) {
    int i = 0;
    while (i < lines.length) {
      int width = cells(lines[i]);
      if (width < MIN_GRID_CELLS) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < lines.length && cells(lines[j]) == width) {
        j++;
      }
      if (j - i >= 2) {
        for (int k = i; k < j; k++) {
          evenGrid[k] = true;
        }
      }
      i = j;
    }
  }

  /**
   * The cells of a line of {@code |}-separated cells that holds text before its first bar, each bar
   * closing one cell; 0 for other lines.
   */
  static int cells(String line) {
    int first = line.indexOf('|');
    if (first <= 0 || line.substring(0, first).isBlank()) {
      return 0;
    }
    String[] pieces = line.split("\\|", -1);
    int n = pieces.length;
    return pieces[n - 1].isBlank() ? n - 1 : n;
  }
}
