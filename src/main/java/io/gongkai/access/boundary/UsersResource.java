package io.gongkai.access.boundary;

import io.gongkai.access.control.Accounts;
import io.gongkai.access.control.Caller;
import io.gongkai.access.control.Passwords;
import io.gongkai.access.entity.Account;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Accounts and per-organisation grants (administrators). */
@RequestScoped
@Path("manage/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

  /** A new account; no password: single sign-on only. */
  public record NewUser(String username, String displayName, String password) {}

  /** A user and their grants. */
  public record UserJson(
      String username, String displayName, boolean enabled, List<GrantJson> grants) {
    static UserJson from(Account a) {
      return new UserJson(
          a.username(),
          a.displayName(),
          a.enabled(),
          a.grants().stream().map(GrantJson::from).toList());
    }
  }

  /** A new password. */
  public record PasswordChange(String password) {}

  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject Accounts accounts;
  @Inject Organisations organisations;
  @Inject AuditLog audit;

  @GET
  public List<UserJson> list() {
    requireSomeAdministration();
    return tx.read(
        em ->
            accounts.all(em).stream()
                .filter(
                    a ->
                        caller.isInstallationAdministrator()
                            || a.grants().stream()
                                .anyMatch(
                                    g ->
                                        g.organisation() != null
                                            && caller.has(
                                                Role.ADMINISTRATOR, g.organisation().id())))
                .map(UserJson::from)
                .toList());
  }

  @POST
  public Response create(NewUser in) {
    if (in == null) {
      throw new Problem.Invalid("body", "field.required");
    }
    requireSomeAdministration();
    Account a =
        tx.write(
            em -> {
              Account created = accounts.create(em, in.username(), in.displayName(), in.password());
              audit.record(
                  em,
                  caller,
                  "user.create",
                  new AuditLog.Target("user", in.username(), null),
                  null);
              return created;
            });
    return Response.created(URI.create("/api/v1/manage/users/" + a.username()))
        .entity(UserJson.from(a))
        .build();
  }

  @PUT
  @Path("{username}/password")
  public Response password(@PathParam("username") String username, PasswordChange in) {
    if (!username.equals(caller.username())) {
      caller.requireInstallationAdministrator();
    }
    if (in == null || in.password() == null || in.password().length() < 10) {
      throw new Problem.Invalid("password", "field.at-least", 10);
    }
    tx.write(
        em -> {
          accounts.get(em, username).changePassword(Passwords.hash(in.password()));
          audit.record(
              em, caller, "user.password", new AuditLog.Target("user", username, null), null);
          return null;
        });
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/disable")
  public UserJson disable(@PathParam("username") String username) {
    if (username.equals(caller.username())) {
      throw new Problem.Conflict("own-account", "access.own-account");
    }
    return tx.write(
        em -> {
          Account a = accounts.get(em, username);
          requireAuthorityOver(a);
          a.enable(false);
          audit.record(
              em, caller, "user.disable", new AuditLog.Target("user", username, null), null);
          return UserJson.from(a);
        });
  }

  @POST
  @Path("{username}/enable")
  public UserJson enable(@PathParam("username") String username) {
    return tx.write(
        em -> {
          Account a = accounts.get(em, username);
          requireAuthorityOver(a);
          a.enable(true);
          audit.record(
              em, caller, "user.enable", new AuditLog.Target("user", username, null), null);
          return UserJson.from(a);
        });
  }

  @POST
  @Path("{username}/logout")
  public Response logout(@PathParam("username") String username) {
    tx.write(
        em -> {
          Account a = accounts.get(em, username);
          if (!username.equals(caller.username())) {
            requireAuthorityOver(a);
          }
          a.revokeTokens();
          audit.record(
              em, caller, "user.logout", new AuditLog.Target("user", username, null), null);
          return null;
        });
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/grants")
  public UserJson grant(@PathParam("username") String username, GrantJson in) {
    if (in == null) {
      throw new Problem.Invalid("body", "field.required");
    }
    return tx.write(
        em -> {
          Account a = accounts.get(em, username);
          Organisation org = organisationFor(em, in.organisation());
          accounts.grant(em, a, org, role(in.role()));
          audit.record(
              em,
              caller,
              "grant.add",
              new AuditLog.Target("user", username, org == null ? null : org.id()),
              in.role());
          return UserJson.from(a);
        });
  }

  @DELETE
  @Path("{username}/grants")
  public UserJson revoke(
      @PathParam("username") String username,
      @QueryParam("organisation") String organisation,
      @QueryParam("role") String role) {
    return tx.write(
        em -> {
          Account a = accounts.get(em, username);
          Organisation org = organisationFor(em, organisation);
          if (!accounts.revoke(a, org, role(role))) {
            throw new Problem.NotFound("grant", username + "/" + organisation + "/" + role);
          }
          audit.record(
              em,
              caller,
              "grant.revoke",
              new AuditLog.Target("user", username, org == null ? null : org.id()),
              role);
          return UserJson.from(a);
        });
  }

  private Organisation organisationFor(jakarta.persistence.EntityManager em, String slug) {
    if (slug == null) {
      caller.requireInstallationAdministrator();
      return null;
    }
    Organisation org =
        organisations
            .find(em, slug)
            .orElseThrow(() -> new Problem.Invalid("organisation", "field.no-organisation", slug));
    caller.require(Role.ADMINISTRATOR, org.id(), slug);
    return org;
  }

  /**
   * The installation administrator may act on any account; an organisation's administrator only on
   * accounts whose every role lies in organisations they administer (an account with a role
   * everywhere, or with no role at all, is the installation administrator's).
   */
  private void requireAuthorityOver(Account a) {
    caller.username();
    if (caller.isInstallationAdministrator()) {
      return;
    }
    boolean covered =
        !a.grants().isEmpty()
            && a.grants().stream()
                .allMatch(
                    g ->
                        g.organisation() != null
                            && caller.has(Role.ADMINISTRATOR, g.organisation().id()));
    if (!covered) {
      throw new Problem.Forbidden("access.not-administering-all", caller.username(), a.username());
    }
  }

  private void requireSomeAdministration() {
    caller.username();
    if (caller.grants().stream().noneMatch(g -> g.role() == Role.ADMINISTRATOR)) {
      throw new Problem.Forbidden("access.administers-none", caller.username());
    }
  }

  private static Role role(String role) {
    return Arrays.stream(Role.values())
        .filter(r -> r.name().equals(role))
        .findFirst()
        .orElseThrow(
            () -> new Problem.Invalid("role", "field.one-of", Arrays.asList(Role.values())));
  }
}
