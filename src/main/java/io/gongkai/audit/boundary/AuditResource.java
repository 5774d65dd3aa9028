package io.gongkai.audit.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.audit.entity.AuditEntry;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The audit log, for administrators of the organisation concerned. */
@RequestScoped
@Path("manage/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** One audit entry. */
  public record EntryJson(
      long id,
      Instant at,
      String actor,
      String address,
      String action,
      String targetType,
      String targetId,
      String detail) {
    static EntryJson from(AuditEntry e) {
      return new EntryJson(
          e.id(),
          e.occurredAt(),
          e.actor(),
          e.address(),
          e.action(),
          e.targetType(),
          e.targetId(),
          e.detail());
    }
  }

  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject AuditLog log;

  @GET
  public List<EntryJson> list(
      @QueryParam("organisation") String organisation,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") Integer limit) {
    int n = limit == null ? 100 : limit;
    List<Problem.FieldError> errors = new ArrayList<>();
    if (n < 1 || n > 1000) {
      errors.add(new Problem.FieldError("limit", "field.range", 1, 1000));
    }
    LocalDate first = date(errors, "from", from);
    LocalDate last = date(errors, "to", to);
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    AuditLog.Filter filter =
        new AuditLog.Filter(
            blankToNull(actor),
            blankToNull(action),
            first == null ? null : first.atStartOfDay(CHINA).toInstant(),
            last == null ? null : last.plusDays(1).atStartOfDay(CHINA).toInstant());
    return tx.read(
        em -> {
          List<Long> scope = null;
          if (organisation != null) {
            var org = organisations.get(em, organisation);
            caller.require(Role.ADMINISTRATOR, org.id(), organisation);
            scope = List.of(org.id());
          } else {
            caller.requireInstallationAdministrator();
          }
          return log.recent(em, scope, filter, n).stream().map(EntryJson::from).toList();
        });
  }

  /** Days of the filter are Beijing days: an entry at 23:30 there belongs to that day. */
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static LocalDate date(List<Problem.FieldError> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new Problem.FieldError(name, "field.date"));
      return null;
    }
  }
}
