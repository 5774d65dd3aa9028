package io.gongkai.access.control;

import io.gongkai.access.entity.Role;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Objects;

/** The authenticated person behind the current editorial request, with their grants. */
@RequestScoped
public class Caller {

  /** A role in one organisation ({@code organisationId} null: every organisation). */
  public record Grant(Long organisationId, Role role) {}

  private String username;
  private String address;
  private List<Grant> grants = List.of();

  void authenticate(String username, String address, List<Grant> grants) {
    this.username = username;
    this.address = address;
    this.grants = List.copyOf(grants);
  }

  public String username() {
    if (username == null) {
      throw new Problem.Unauthenticated("access.log-in-first");
    }
    return username;
  }

  public String address() {
    return address;
  }

  public List<Grant> grants() {
    return grants;
  }

  public boolean has(Role role, Long organisationId) {
    return grants.stream()
        .anyMatch(
            g ->
                g.role().includes(role)
                    && (g.organisationId() == null
                        || Objects.equals(g.organisationId(), organisationId)));
  }

  public boolean isInstallationAdministrator() {
    return grants.stream()
        .anyMatch(g -> g.organisationId() == null && g.role() == Role.ADMINISTRATOR);
  }

  /** Throws 403 unless the caller holds {@code role} (or a higher one) in the organisation. */
  public void require(Role role, Long organisationId, String organisationSlug) {
    username();
    if (!has(role, organisationId)) {
      throw new Problem.Forbidden(
          "access.lacks-role",
          username,
          io.gongkai.platform.Message.of("access.role." + role.name()),
          organisationSlug);
    }
  }

  public void requireInstallationAdministrator() {
    username();
    if (!isInstallationAdministrator()) {
      throw new Problem.Forbidden("access.not-installation-administrator", username);
    }
  }
}
