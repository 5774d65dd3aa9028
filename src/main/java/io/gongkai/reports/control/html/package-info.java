/**
 * Annual reports as an HTML fragment for embedding and printing ({@code GET
 * /reports/{slug}/{year}/html}), rendered from the official layout ({@code reports/control/layout})
 * beside the Word renderer ({@code reports/control/docx}).
 *
 * <p>The rule: the fragment is one {@code <article lang="zh-CN">}, all text escaped, the stored
 * sections being HTML the sanitiser already passed; no script, no inline style, no event handler.
 * Its look comes from one linked stylesheet ({@code /themes/default/report-fragment.css}) whose
 * rules have no specificity, so a portal's own rules always win.
 */
package io.gongkai.reports.control.html;
