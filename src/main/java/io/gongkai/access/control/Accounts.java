package io.gongkai.access.control;

import io.gongkai.access.entity.Account;
import io.gongkai.access.entity.Role;
import io.gongkai.access.entity.RoleGrant;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts and their grants. */
@ApplicationScoped
public class Accounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public Optional<Account> find(EntityManager em, String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public Account get(EntityManager em, String username) {
    return find(em, username).orElseThrow(() -> new Problem.NotFound("user", username));
  }

  public List<Account> all(EntityManager em) {
    return em.createQuery("select a from Account a order by a.username", Account.class)
        .getResultList();
  }

  /** Creates an account; a null password makes a single-sign-on-only account. */
  public Account create(EntityManager em, String username, String displayName, String password) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new Problem.Invalid("username", "access.username-format");
    }
    if (password != null && password.length() < 10) {
      throw new Problem.Invalid("password", "field.at-least", 10);
    }
    if (find(em, username).isPresent()) {
      throw new Problem.Conflict("username-taken", "access.username-taken", username);
    }
    Account account =
        new Account(username, displayName, password == null ? null : Passwords.hash(password));
    em.persist(account);
    return account;
  }

  public RoleGrant grant(EntityManager em, Account account, Organisation organisation, Role role) {
    return account.grants().stream()
        .filter(g -> g.role() == role && sameOrganisation(g.organisation(), organisation))
        .findFirst()
        .orElseGet(
            () -> {
              RoleGrant g = new RoleGrant(account, organisation, role);
              account.grants().add(g);
              em.persist(g);
              return g;
            });
  }

  /** Removes a grant; the account's sessions end, so it logs in again under its new rights. */
  public boolean revoke(Account account, Organisation organisation, Role role) {
    boolean removed =
        account
            .grants()
            .removeIf(g -> g.role() == role && sameOrganisation(g.organisation(), organisation));
    if (removed) {
      account.revokeTokens();
    }
    return removed;
  }

  private static boolean sameOrganisation(Organisation a, Organisation b) {
    return a == null ? b == null : b != null && a.id().equals(b.id());
  }
}
