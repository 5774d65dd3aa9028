/**
 * Word (.docx) export and import of annual reports (政府信息公开工作年度报告).
 *
 * <p>{@link io.gongkai.reports.control.docx.ReportDocx} writes a report as a Word document: the
 * title, the six headings, the text sections as plain paragraphs, and tables 二, 三 and 四 in the
 * official layout — the one {@code reports/control/layout} builds for every renderer — with Word's
 * own merges ({@code gridSpan} across, {@code vMerge} down). {@link
 * io.gongkai.reports.control.docx.DocxText} reads a .docx back, or refuses it with an {@link
 * io.gongkai.reports.control.docx.UnreadableDocx} that says why (not a Word file, damaged,
 * password-protected, a zip bomb).
 *
 * <p>The decision a newcomer gets wrong: <b>there is no Word importer here</b>. {@code DocxText}
 * does not map table cells to the model; it only turns the document into text in the layout of the
 * seed file (what copying a Word report as text gives: one cell per line indented by a tab, a blank
 * line between rows, an empty cell as a line of just the tab, nothing for the covered part of a
 * merged cell), and {@link io.gongkai.reports.control.importing.ReportTextParser} reads that text
 * as it reads every other kind of file. So one importer serves text, HTML and Word alike, and an
 * improvement to it helps them all. Emitting an empty cell as an empty line, or a merged cell once
 * per covered column, would shift or invent cells: keep the layout exactly as it is.
 */
package io.gongkai.reports.control.docx;
