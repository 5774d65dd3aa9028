package io.gongkai.requests.entity;

/**
 * What an applicant's tracking number shows: the submission's state until it is registered, then
 * the register's. The labels are what the public reads.
 */
public enum TrackedState {
  PENDING("待确认"),
  ACCEPTED("已受理"),
  ANSWERED("已答复"),
  CLOSED("已办结"),
  VOIDED("已作废");

  private final String label;

  TrackedState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
