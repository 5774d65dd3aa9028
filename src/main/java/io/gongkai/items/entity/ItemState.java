package io.gongkai.items.entity;

/** Where an item stands in the editorial workflow. */
public enum ItemState {
  DRAFT,
  PENDING_REVIEW,
  /** Public once its publication time has come; before that it is "scheduled". */
  PUBLISHED,
  WITHDRAWN
}
