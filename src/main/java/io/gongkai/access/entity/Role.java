package io.gongkai.access.entity;

/** Roles granted per organisation. Each includes the rights of the ones before it. */
public enum Role {
  /** Creates, edits and submits the organisation's items. */
  EDITOR,
  /** Also approves, publishes, schedules and withdraws them. */
  REVIEWER,
  /** Also manages the organisation, its channels, users and grants, and reads its audit log. */
  ADMINISTRATOR;

  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }
}
