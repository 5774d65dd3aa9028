package io.gongkai.access.control;

import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after five failed logins for one user from one address within fifteen
 * minutes, further attempts are refused with 429 until the window has passed. Kept per instance, in
 * memory; a successful login clears it.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public void check(String username, String address) {
    Deque<Instant> recent = failures.get(key(username, address));
    if (recent == null) {
      return;
    }
    synchronized (recent) {
      prune(recent, Instant.now());
      if (recent.size() >= MAX_FAILURES) {
        long wait =
            Duration.between(Instant.now(), recent.peekFirst().plus(WINDOW)).toSeconds() + 1;
        throw new Problem(
                429,
                "too-many-attempts",
                "Too many failed logins",
                "Too many failed logins for " + username + "; try again in " + wait + " seconds")
            .retryAfter(wait);
      }
    }
  }

  public void failed(String username, String address) {
    if (failures.size() > 100_000) {
      failures.clear();
    }
    Deque<Instant> recent =
        failures.computeIfAbsent(key(username, address), k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent, Instant.now());
      recent.addLast(Instant.now());
    }
  }

  public void succeeded(String username, String address) {
    failures.remove(key(username, address));
  }

  private static void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && recent.peekFirst().plus(WINDOW).isBefore(now)) {
      recent.removeFirst();
    }
  }

  private static String key(String username, String address) {
    return username.toLowerCase(Locale.ROOT) + "|" + address;
  }
}
