package io.gongkai.requests.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.RequestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the register. The caller's right in the organisation is checked before anything is looked
 * up, so another agency learns nothing, not even whether a request exists.
 */
@ApplicationScoped
public class RequestQueries {

  @Inject Organisations organisations;

  /**
   * The list filters: state, due within N working days (open requests due from today up to the N-th
   * working day), overdue (open, due before today), year of receipt, applicant type, outcome.
   */
  public record Filter(
      RequestState state,
      Integer dueWithin,
      boolean overdue,
      Integer year,
      ApplicantType applicantType,
      String outcome) {}

  public record Page(List<DisclosureRequest> requests, long total) {}

  public Organisation organisation(EntityManager em, Caller caller, String slug, Role role) {
    Organisation organisation =
        organisations.find(em, slug).orElseThrow(() -> new Problem.NotFound("organisation", slug));
    caller.require(role, organisation.id(), slug);
    return organisation;
  }

  public DisclosureRequest get(EntityManager em, Organisation organisation, long id) {
    DisclosureRequest request = em.find(DisclosureRequest.class, id);
    if (request == null || !request.organisation().id().equals(organisation.id())) {
      throw new Problem.NotFound("request", id);
    }
    return request;
  }

  public Page list(
      EntityManager em,
      Organisation organisation,
      Filter filter,
      WorkingDays days,
      LocalDate today,
      int page,
      int size) {
    List<String> where = new ArrayList<>(List.of("r.organisation = :organisation"));
    Map<String, Object> params = new TreeMap<>(Map.of("organisation", organisation));
    if (filter.state() != null) {
      where.add("r.state = :state");
      params.put("state", filter.state());
    }
    if (filter.dueWithin() != null) {
      where.add("r.state = :open and r.dueOn >= :today and r.dueOn <= :horizon");
      params.put("open", RequestState.OPEN);
      params.put("today", today);
      params.put("horizon", days.plus(today, filter.dueWithin()));
    }
    if (filter.overdue()) {
      where.add("r.state = :open and r.dueOn < :today");
      params.put("open", RequestState.OPEN);
      params.put("today", today);
    }
    if (filter.year() != null) {
      where.add("r.receivedOn >= :from and r.receivedOn < :to");
      params.put("from", LocalDate.of(filter.year(), 1, 1));
      params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
    }
    if (filter.applicantType() != null) {
      where.add("r.applicantType = :type");
      params.put("type", filter.applicantType());
    }
    if (filter.outcome() != null) {
      where.add("r.outcome = :outcome");
      params.put("outcome", filter.outcome());
    }
    String condition = " where " + String.join(" and ", where);
    var count = em.createQuery("select count(r) from DisclosureRequest r" + condition, Long.class);
    var query =
        em.createQuery(
                "select r from DisclosureRequest r"
                    + condition
                    + " order by r.receivedOn desc, r.id desc",
                DisclosureRequest.class)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          query.setParameter(k, v);
        });
    return new Page(query.getResultList(), count.getSingleResult());
  }
}
