package io.gongkai.reports.control.importing;

import io.gongkai.platform.Message;
import io.gongkai.reports.entity.ReportFormat.Table;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Imports a report published as an HTML page: each table row becomes one line of {@code
 * |}-separated cells (a blank cell as "-", once per column it spans; a cell with text once, since
 * only its order matters for placing values), everything else becomes lines of text, and the result
 * goes through the same engine as {@link ReportTextParser}.
 */
public class ReportHtmlParser {

  private static final String APPEALS = "appeals";

  private final ReportTextParser engine = new ReportTextParser();

  public ImportResult parse(String html) {
    try {
      String page = html == null ? "" : html;
      return withAppealsGrid(engine.parse(toText(page)), Jsoup.parse(page));
    } catch (RuntimeException e) {
      return new ImportResult(
          null,
          null,
          new ReportTables(),
          Map.of(),
          List.of(
              ImportNote.error(null, null, "reports.import.page-unreadable", String.valueOf(e))));
    }
  }

  /**
   * Table 四 read by its header grid ({@link AppealsGrid}) where the page has it as an HTML table:
   * taken when the text engine did not read the table, confirmed when it read the same cells, and
   * neither kept (with a note) when the two readings differ.
   */
  private static ImportResult withAppealsGrid(ImportResult result, Document doc) {
    Table appeals = ReportFormats.FORMAT_2021.table(APPEALS).orElseThrow();
    Optional<Map<String, Map<String, BigDecimal>>> grid =
        doc.select("table").stream()
            .map(t -> AppealsGrid.read(HtmlGrid.of(t), appeals))
            .flatMap(Optional::stream)
            .findFirst();
    if (grid.isEmpty()) {
      return result;
    }
    Map<String, Map<String, BigDecimal>> read = result.tables().values().get(APPEALS);
    if (grid.get().equals(read)) {
      return result;
    }
    ReportTables tables = new ReportTables();
    result
        .tables()
        .values()
        .forEach(
            (t, rows) -> {
              if (!APPEALS.equals(t)) {
                rows.forEach((r, cells) -> cells.forEach((c, v) -> tables.put(t, r, c, v)));
              }
            });
    List<ImportNote> notes = new ArrayList<>();
    result.notes().stream().filter(n -> !APPEALS.equals(n.table())).forEach(notes::add);
    if (read != null) {
      notes.add(
          ImportNote.warning(
              APPEALS,
              null,
              "reports.import.cells-not-read",
              Message.of("reports.import.grid-disagrees")));
    } else {
      grid.get().forEach((r, cells) -> cells.forEach((c, v) -> tables.put(APPEALS, r, c, v)));
      notes.add(ImportNote.info(APPEALS, null, "reports.import.read-by-grid"));
    }
    return new ImportResult(result.year(), result.format(), tables, result.sections(), notes);
  }

  /** The page as text in the layout the text parser reads. */
  static String toText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, head").remove();
    for (Element table : doc.select("table")) {
      if (table.selectFirst("table") != null && table.select("table").size() > 1) {
        continue; // layout table holding another table: its inner tables become lines
      }
      for (Element tr : table.select("tr")) {
        table.before(new Element("p").text(rowLine(tr)));
      }
      table.remove();
    }
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new Collector(out), doc.body() == null ? doc : doc.body());
    return out.toString();
  }

  private static String rowLine(Element tr) {
    StringBuilder line = new StringBuilder("|");
    for (Element cell : tr.select("> td, > th")) {
      String text = cell.text().replace('\u00A0', ' ').replace('|', ' ').strip();
      int span = text.isEmpty() ? Math.max(1, parseSpan(cell.attr("colspan"))) : 1;
      for (int i = 0; i < span; i++) {
        line.append(' ').append(text.isEmpty() ? "-" : text).append(" |");
      }
    }
    return line.toString();
  }

  private static int parseSpan(String value) {
    try {
      return Math.min(Integer.parseInt(value.strip()), 20);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Text nodes as they are, a line break around every block element and at {@code <br>}. */
  private record Collector(StringBuilder out) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText().replace('\n', ' '));
      } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
        out.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        out.append('\n');
      }
    }
  }
}
