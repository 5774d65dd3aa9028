package io.gongkai.requests.boundary;

import io.gongkai.platform.PageLinks;
import io.gongkai.requests.control.RequestClock;
import io.gongkai.requests.control.WorkingDays;
import io.gongkai.requests.entity.Appeal;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.Outcomes;
import io.gongkai.requests.entity.Pause;
import io.gongkai.requests.entity.RequestState;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request as the organisation's editors see it, applicant details and its files' metadata
 * included: this shape is only ever answered under {@code /manage}, to editors and above of the
 * request's own organisation.
 */
public record RequestJson(
    long id,
    String organisation,
    String channel,
    LocalDate receivedOn,
    String applicantType,
    String applicantTypeLabel,
    ApplicantJson applicant,
    String subject,
    String wantedForm,
    String state,
    ClockJson clock,
    List<PauseJson> pauses,
    ExtensionJson extension,
    List<AppealJson> appeals,
    List<RequestFileJson> files,
    String outcome,
    String outcomeLabel,
    Integer reportYear,
    LocalDate repliedOn,
    String answeredBy,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The applicant's details: personal data. */
  public record ApplicantJson(String name, String identity, String contact) {}

  /**
   * The clock today: the day it counts from, the due date (null while paused or once answered),
   * working days left (negative: overdue), whether it is paused and until when at the latest,
   * whether the deadline was or is missed, whether a day lies outside the holiday calendar's years,
   * and whether the correction notice came after the 7th working day.
   */
  public record ClockJson(
      LocalDate countsFrom,
      LocalDate dueOn,
      Integer workingDaysLeft,
      boolean paused,
      LocalDate pauseEndsBy,
      boolean late,
      boolean provisional,
      boolean lateCorrectionNotice) {

    static ClockJson of(
        DisclosureRequest r, RequestClock.Reading reading, WorkingDays days, LocalDate today) {
      LocalDate due = reading.dueOn();
      boolean open = r.state() == RequestState.OPEN;
      Integer left = null;
      if (open && due != null) {
        left = due.isBefore(today) ? -days.between(due, today) : days.between(today, due);
      }
      boolean late = due != null && (open ? due.isBefore(today) : r.repliedOn().isAfter(due));
      return new ClockJson(
          reading.countsFrom(),
          open ? due : null,
          left,
          reading.openPause() != null,
          reading.pauseEndsBy(),
          late,
          reading.provisional(),
          reading.lateCorrectionNotice());
    }
  }

  /**
   * A stretch the clock stood still: {@code correction}, {@code consultation} or {@code fee}, with
   * the deadline its notice set; {@code lapsed} when the register ended it because the deadline
   * passed with nothing received.
   */
  public record PauseJson(
      String kind,
      String kindLabel,
      LocalDate startedOn,
      LocalDate dueOn,
      LocalDate endedOn,
      boolean lapsed,
      String note) {
    static PauseJson from(Pause p) {
      return new PauseJson(
          p.kind().code(),
          p.kind().label(),
          p.startedOn(),
          p.dueOn(),
          p.endedOn(),
          p.lapsed(),
          p.note());
    }
  }

  /** A review or lawsuit (table 四): its row key and its result's column key, with labels. */
  public record AppealJson(
      long id,
      String kind,
      String kindLabel,
      LocalDate filedOn,
      String result,
      String resultLabel,
      LocalDate decidedOn) {
    static AppealJson from(Appeal a) {
      return new AppealJson(
          a.id(),
          a.kind().code(),
          a.kind().label(),
          a.filedOn(),
          a.result().code(),
          a.result().label(),
          a.decidedOn());
    }
  }

  /** The one extension, with the reviewer who approved it. */
  public record ExtensionJson(int days, String reason, String approvedBy, LocalDate extendedOn) {}

  /** A page of the register. */
  public record RequestPage(
      List<RequestJson> items, int page, int size, long total, PageLinks links)
      implements PageLinks.Paged {
    static RequestPage of(List<RequestJson> items, int page, int size, long total, UriInfo uri) {
      return new RequestPage(items, page, size, total, PageLinks.of(uri, page, size, total));
    }
  }

  static RequestJson from(
      DisclosureRequest r, RequestClock.Reading reading, WorkingDays days, LocalDate today) {
    var reg = r.registration();
    Integer year = r.repliedOn() == null ? null : r.repliedOn().getYear();
    String outcomeLabel =
        year == null ? null : Outcomes.row(year, r.outcome()).map(Outcomes::label).orElse(null);
    return new RequestJson(
        r.id(),
        r.organisation().slug(),
        reg.channel().code(),
        reg.receivedOn(),
        reg.applicantType().code(),
        reg.applicantType().label(),
        new ApplicantJson(
            reg.applicant().name(), reg.applicant().identity(), reg.applicant().contact()),
        reg.subject(),
        reg.wantedForm(),
        r.state().name(),
        ClockJson.of(r, reading, days, today),
        r.pauses().stream().map(PauseJson::from).toList(),
        r.extension()
            .map(e -> new ExtensionJson(e.days(), e.reason(), e.approvedBy(), e.extendedOn()))
            .orElse(null),
        r.appeals().stream().map(AppealJson::from).toList(),
        r.files().stream().map(RequestFileJson::from).toList(),
        r.outcome(),
        outcomeLabel,
        year,
        r.repliedOn(),
        r.answeredBy(),
        r.createdBy(),
        r.createdAt(),
        r.updatedAt(),
        r.version());
  }
}
