package io.gongkai.access.control;

import io.gongkai.access.entity.Account;
import io.gongkai.access.entity.Role;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A token turned into the account's current grants: the account must be enabled and still accept
 * the token (sessions not ended since it was issued). Grants are read on every call, so a revoked
 * grant takes effect at once.
 */
@ApplicationScoped
public class Sessions {

  /**
   * The cookie that carries the console's token to picture addresses ({@code /api/v1/items/}), so
   * that an {@code <img>} in the editor shows a draft's pictures; nothing else reads it.
   */
  public static final String PICTURE_COOKIE = "gk_pictures";

  @Inject Tokens tokens;
  @Inject Transactions tx;

  /** Who a token belongs to, with their grants now. */
  public record Session(String username, List<Caller.Grant> grants) {}

  /** The session of a token; 401 when it is invalid, expired or ended. */
  public Session open(String token) {
    Tokens.Subject subject = tokens.verify(token);
    List<Caller.Grant> grants =
        tx.read(
            em ->
                em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", subject.username())
                    .getResultStream()
                    .filter(Account::enabled)
                    .filter(a -> a.accepts(subject.tokenVersion(), subject.issuedAt()))
                    .findFirst()
                    .map(
                        a ->
                            a.grants().stream()
                                .map(
                                    g ->
                                        new Caller.Grant(
                                            g.organisation() == null ? null : g.organisation().id(),
                                            g.role()))
                                .toList())
                    .orElseThrow(() -> new Problem.Unauthenticated("access.session-ended")));
    return new Session(subject.username(), grants);
  }

  /**
   * Whether a token (the console's picture cookie) belongs to an editor of an organisation: false
   * for any token that is not valid, so a bad cookie never reveals more than its absence.
   */
  public boolean mayEdit(String token, long organisationId) {
    try {
      Caller caller = new Caller();
      caller.authenticate("preview", null, open(token).grants());
      return caller.has(Role.EDITOR, organisationId);
    } catch (RuntimeException invalid) {
      return false;
    }
  }
}
