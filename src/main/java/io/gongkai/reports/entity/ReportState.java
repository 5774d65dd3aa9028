package io.gongkai.reports.entity;

/** A report is drafted, then published; a published report is corrected, never unpublished. */
public enum ReportState {
  DRAFT,
  PUBLISHED
}
