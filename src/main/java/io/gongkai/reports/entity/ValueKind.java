package io.gongkai.reports.entity;

/** What a cell may hold. */
public enum ValueKind {
  /** A non-negative integer. */
  COUNT,
  /** An integer that may be negative (本年增/减). */
  SIGNED_COUNT,
  /** A non-negative decimal amount (采购总金额, 收费金额（万元）). */
  AMOUNT
}
