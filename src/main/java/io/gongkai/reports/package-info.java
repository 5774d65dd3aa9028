/**
 * Annual reports (政府信息公开工作年度报告): the national formats as data, reports with their tables and text
 * sections, the consistency rules (勾稽关系), import from the texts agencies have, and publication with
 * a public correction history.
 *
 * <p>A blank cell is {@code null} everywhere — storage, API, rules — and never silently 0: a report
 * with a blank 总计 is incomplete, not wrong by the whole amount.
 */
package io.gongkai.reports;
