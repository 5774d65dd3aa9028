package io.gongkai.access.boundary;

import io.gongkai.access.entity.RoleGrant;

/** A role in an organisation ({@code organisation} null: every organisation). */
public record GrantJson(String organisation, String role) {

  public static GrantJson from(RoleGrant g) {
    return new GrantJson(
        g.organisation() == null ? null : g.organisation().slug(), g.role().name());
  }
}
