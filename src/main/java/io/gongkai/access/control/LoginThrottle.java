package io.gongkai.access.control;

import io.gongkai.access.entity.LoginFailure;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows password guessing: after five failed logins for one user from one address within fifteen
 * minutes, further attempts are refused with 429 until the window has passed. The failures are kept
 * in the database, so every instance behind the proxy counts the same attempts; a successful login
 * clears them.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** Longer names are cut: an attacker's long names must not make long keys. */
  private static final int NAME_LENGTH = 200;

  @Inject Transactions tx;

  public void check(String username, String address) {
    Instant now = Instant.now();
    // at most a few rows: a key is refused once it has MAX_FAILURES in the window
    List<?> recent =
        tx.read(
            em ->
                em.createQuery(
                        "select f.failedAt from LoginFailure f where f.username = :u"
                            + " and f.address = :a and f.failedAt > :since order by f.failedAt")
                    .setParameter("u", name(username))
                    .setParameter("a", address)
                    .setParameter("since", now.minus(WINDOW))
                    .getResultList());
    if (recent.size() >= MAX_FAILURES) {
      Instant first = instant(recent.get(0), now);
      long wait = Math.max(1, Duration.between(now, first.plus(WINDOW)).toSeconds() + 1);
      throw new Problem(429, "too-many-attempts", "access.too-many-attempts", username, wait)
          .retryAfter(wait);
    }
  }

  public void failed(String username, String address) {
    Instant now = Instant.now();
    tx.write(
        em -> {
          em.createQuery("delete from LoginFailure f where f.failedAt < :old")
              .setParameter("old", now.minus(WINDOW))
              .executeUpdate();
          em.persist(new LoginFailure(name(username), address, now));
          return null;
        });
  }

  public void succeeded(String username, String address) {
    tx.write(
        em ->
            em.createQuery("delete from LoginFailure f where f.username = :u and f.address = :a")
                .setParameter("u", name(username))
                .setParameter("a", address)
                .executeUpdate());
  }

  private static String name(String username) {
    String lower = username.toLowerCase(Locale.ROOT);
    return lower.length() > NAME_LENGTH ? lower.substring(0, NAME_LENGTH) : lower;
  }

  /** A failure's time as the query returns it (converted, or the column's own type). */
  private static Instant instant(Object value, Instant fallback) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
    return fallback;
  }
}
