/**
 * The official layout of an annual report, once, for every renderer: {@link
 * io.gongkai.reports.control.layout.OfficialLayout#of} turns a {@link
 * io.gongkai.reports.entity.ReportFormat} and a report's figures into parts under their headings
 * and tables of rows of cells, each cell with its spans, header or data, scope, id and the ids of
 * the headers that label it.
 *
 * <p>The rule: <b>no renderer knows the form</b>. The HTML fragment ({@code reports/control/html}),
 * the Word file ({@code reports/control/docx}), the plain text ({@code reports/control/text}) and
 * the theme (through {@code GET /reports/{slug}/{year}/layout}) walk the same rows of cells; what
 * the form looks like — headings, captions, the 勾稽关系 note, which rows nest under which group, which
 * table runs across — is data in {@code ReportFormats}. A new form is a new format, not a new
 * renderer.
 */
package io.gongkai.reports.control.layout;
