package io.gongkai.access.boundary;

import io.gongkai.access.control.Accounts;
import io.gongkai.access.control.LoginThrottle;
import io.gongkai.access.control.Passwords;
import io.gongkai.access.control.Tokens;
import io.gongkai.access.entity.Account;
import io.gongkai.platform.Problem;
import io.gongkai.platform.PublicUrls;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** Password login, and who the current token belongs to. */
@RequestScoped
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

  /** Login credentials. */
  public record Credentials(String username, String password) {}

  /** A bearer token for the editorial API. */
  public record TokenJson(String token, String tokenType, Instant expiresAt) {}

  @Inject Transactions tx;
  @Inject Accounts accounts;
  @Inject Tokens tokens;
  @Inject LoginThrottle throttle;
  @Inject PublicUrls urls;
  @Context HttpServletRequest request;

  @POST
  @Path("token")
  public TokenJson token(Credentials credentials) {
    if (credentials == null || credentials.username() == null || credentials.password() == null) {
      throw new Problem.Invalid("username", "access.credentials-required");
    }
    String address = urls.clientAddress(request);
    throttle.check(credentials.username(), address);
    Long tokenVersion =
        tx.read(
            em ->
                accounts
                    .find(em, credentials.username())
                    .filter(Account::enabled)
                    .map(
                        a ->
                            Passwords.matches(credentials.password(), a.passwordHash())
                                ? a.tokenVersion()
                                : null)
                    .orElseGet(
                        () -> {
                          Passwords.matches(credentials.password(), DUMMY_HASH);
                          return null;
                        }));
    if (tokenVersion == null) {
      throttle.failed(credentials.username(), address);
      throw new Problem.Unauthenticated("access.wrong-password");
    }
    throttle.succeeded(credentials.username(), address);
    Tokens.Issued issued = tokens.issue(credentials.username(), tokenVersion);
    return new TokenJson(issued.token(), "Bearer", issued.expiresAt());
  }

  /** Spends the same time on unknown users as on known ones, so timing does not reveal names. */
  private static final String DUMMY_HASH = Passwords.hash("not-a-password-" + System.nanoTime());
}
