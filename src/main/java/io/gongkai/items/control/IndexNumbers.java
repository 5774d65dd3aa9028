package io.gongkai.items.control;

import io.gongkai.items.entity.NumberKey;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allocates 索引号 from the configured pattern ({@code {orgCode}}, {@code {yyyy}}, {@code {seq:N}}).
 * The counter row of the organisation and year is locked until the publishing transaction ends, so
 * concurrent publications queue, a rolled-back one gives its number back, and the sequence has no
 * gaps and no duplicates, on every instance sharing the database. A number already held by an item
 * — a legacy 索引号 kept by a migration — is skipped, so no number is ever issued twice.
 */
@ApplicationScoped
public class IndexNumbers {

  private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

  @Inject Settings settings;

  public String allocate(EntityManager em, Organisation organisation, int year) {
    int seq = locked(em, organisation.id(), year);
    String number;
    do {
      seq++;
      number = format(settings.indexNumberPattern(), organisation.code(), year, seq);
    } while (taken(em, number));
    em.createNativeQuery(
            "UPDATE index_counter SET last_seq = ?1"
                + " WHERE organisation_id = ?2 AND counter_year = ?3")
        .setParameter(1, seq)
        .setParameter(2, organisation.id())
        .setParameter(3, year)
        .executeUpdate();
    return number;
  }

  private static boolean taken(EntityManager em, String number) {
    return !em.createNativeQuery("SELECT 1 FROM item WHERE index_key = ?1")
        .setParameter(1, NumberKey.of(number))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  static String format(String pattern, String orgCode, int year, int seq) {
    String text = pattern.replace("{orgCode}", orgCode).replace("{yyyy}", String.valueOf(year));
    Matcher m = SEQ.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
      m.appendReplacement(out, String.format("%0" + width + "d", seq));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The last sequence number of the organisation and year, its counter row locked. */
  private static int locked(EntityManager em, long organisationId, int year) {
    Integer last = lockedLast(em, organisationId, year);
    if (last == null) {
      em.createNativeQuery(
              "INSERT INTO index_counter (organisation_id, counter_year, last_seq)"
                  + " VALUES (?1, ?2, 0) ON CONFLICT DO NOTHING")
          .setParameter(1, organisationId)
          .setParameter(2, year)
          .executeUpdate();
      last = lockedLast(em, organisationId, year);
    }
    return last;
  }

  private static Integer lockedLast(EntityManager em, long organisationId, int year) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT last_seq FROM index_counter"
                    + " WHERE organisation_id = ?1 AND counter_year = ?2 FOR UPDATE")
            .setParameter(1, organisationId)
            .setParameter(2, year)
            .getResultList();
    return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
  }
}
