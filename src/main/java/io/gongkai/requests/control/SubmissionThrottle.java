package io.gongkai.requests.control;

import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.requests.entity.LookupMiss;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Limits on the public online form, counted in the database so every instance behind the proxy
 * counts alike: at most 5 submissions from one address (hashed) an hour, at most 100 to one
 * organisation a day, and at most 20 look-ups of unknown tracking numbers from one address an hour.
 * Beyond a limit the answer is 429 with how long to wait ({@code Retry-After}).
 */
@ApplicationScoped
public class SubmissionThrottle {

  static final int PER_ADDRESS = 5;
  static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
  static final int PER_ORGANISATION = 100;
  static final Duration ORGANISATION_WINDOW = Duration.ofDays(1);
  static final int MISSES = 20;
  static final Duration MISS_WINDOW = Duration.ofHours(1);

  /** Refuses a submission beyond the address's or the organisation's limit. */
  public void checkSubmission(EntityManager em, Organisation o, String addressHash, Instant now) {
    List<?> fromAddress =
        em.createQuery(
                "select s.submittedAt from OnlineSubmission s where s.addressHash = :h"
                    + " and s.submittedAt > :since order by s.submittedAt")
            .setParameter("h", addressHash)
            .setParameter("since", now.minus(ADDRESS_WINDOW))
            .setMaxResults(PER_ADDRESS)
            .getResultList();
    refuseBeyond(fromAddress, PER_ADDRESS, ADDRESS_WINDOW, now, "requests.online.too-many");
    List<?> toOrganisation =
        em.createQuery(
                "select s.submittedAt from OnlineSubmission s where s.organisation = :o"
                    + " and s.submittedAt > :since order by s.submittedAt")
            .setParameter("o", o)
            .setParameter("since", now.minus(ORGANISATION_WINDOW))
            .setMaxResults(PER_ORGANISATION)
            .getResultList();
    refuseBeyond(
        toOrganisation, PER_ORGANISATION, ORGANISATION_WINDOW, now, "requests.online.day-full");
  }

  /** Refuses a look-up from an address that has missed too often lately. */
  public void checkLookup(EntityManager em, String addressHash, Instant now) {
    List<?> misses =
        em.createQuery(
                "select m.missedAt from LookupMiss m where m.addressHash = :h"
                    + " and m.missedAt > :since order by m.missedAt")
            .setParameter("h", addressHash)
            .setParameter("since", now.minus(MISS_WINDOW))
            .setMaxResults(MISSES)
            .getResultList();
    refuseBeyond(misses, MISSES, MISS_WINDOW, now, "requests.online.too-many-lookups");
  }

  public void missed(EntityManager em, String addressHash, Instant now) {
    em.createQuery("delete from LookupMiss m where m.missedAt < :old")
        .setParameter("old", now.minus(MISS_WINDOW))
        .executeUpdate();
    em.persist(new LookupMiss(addressHash, now));
  }

  private static void refuseBeyond(
      List<?> times, int limit, Duration window, Instant now, String detailKey) {
    if (times.size() < limit) {
      return;
    }
    Instant first = instant(times.get(0), now);
    long wait = Math.max(1, Duration.between(now, first.plus(window)).toSeconds() + 1);
    throw new Problem(429, "too-many-requests", detailKey, (wait + 59) / 60).retryAfter(wait);
  }

  /** A time as the query returns it (converted, or the column's own type). */
  private static Instant instant(Object value, Instant fallback) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return fallback;
  }
}
