package io.gongkai.requests.entity;

/**
 * PENDING (待确认: sent online, not yet a register entry) → ACCEPTED (an editor confirmed it and
 * registered the request) or VOIDED (作废: spam, a test, a duplicate).
 */
public enum SubmissionState {
  PENDING,
  ACCEPTED,
  VOIDED
}
