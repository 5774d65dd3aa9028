package io.gongkai.access.control;

import io.gongkai.access.entity.Role;
import java.util.List;

/** Makes the request's caller someone, for in-container tests that call the control layer. */
public final class TestCallers {

  private TestCallers() {}

  /** The request's caller becomes {@code username} with {@code role} in {@code organisationId}. */
  public static void actAs(Caller caller, String username, Role role, Long organisationId) {
    caller.authenticate(username, "127.0.0.1", List.of(new Caller.Grant(organisationId, role)));
  }
}
