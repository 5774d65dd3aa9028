/**
 * Imports an annual report (政府信息公开工作年度报告) from text or HTML into the structured model of {@link
 * io.gongkai.reports.entity.ReportFormats}: year, the format the tables show, the cells of tables
 * 二, 三 and 四, the sections 总体情况 / 存在的主要问题 / 其他需要报告的事项, and notes.
 *
 * <p>One engine serves every layout: {@link io.gongkai.reports.control.importing.Tokenizer} turns
 * the normalised text into label and value tokens, {@code LabelIndex} finds the format's row labels
 * in order, {@code CellFitter} places the values after each label; {@code RowPairer} re-pairs rows
 * of table 三 whose labels a PDF conversion put apart from their value rows, only where the order
 * and the sum rules make the pairing certain; {@code DisplacedBlock} lets a block of table 二
 * printed out of the format's order be read under its own caption and header row; {@code
 * InterleavedBlock} reads a block of table 二 whose labels and values a PDF extraction interleaved,
 * where each row taking the values right beside its label is the only pairing; {@code RowHeader}
 * skips the generic header (数据1 … 总计) of a row printed as a small table of its own, when it agrees
 * with the format's column order; {@code BarLayout} says what bars mean beyond one line (row
 * markers, even grids), {@code BlankLineLayout} what extra empty lines mean in a text of one cell
 * per line (empty cells, read only where they fill a row's columns exactly) and {@code
 * UnlabelledRow} reads a first row whose label cell is blank. {@link
 * io.gongkai.reports.control.importing.ReportHtmlParser} turns HTML into lines for it, and reads
 * table 四 by its header grid ({@code HtmlGrid}, {@code AppealsGrid}) where the page has it as an
 * HTML table, keeping neither reading when the two differ.
 *
 * <p>The decision a newcomer gets wrong: <b>never invent a number</b>. A cell not in the text stays
 * absent and gets a note; a blank, "-", "_" or "/" cell is present with value null, which is not 0.
 * When the columns of a value are not certain (cells merged, digits run together that split in more
 * than one way) the cells stay absent: a wrong number is worse than a missing one. The sum rules
 * are used only to choose between readings the text itself allows, never to fill a cell.
 */
package io.gongkai.reports.control.importing;
