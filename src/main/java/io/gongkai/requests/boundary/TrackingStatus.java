package io.gongkai.requests.boundary;

import io.gongkai.requests.control.OnlineRequests;
import io.gongkai.requests.entity.TrackingNumber;
import java.time.LocalDate;

/**
 * The state of an online request as anyone holding its tracking number sees it: nothing personal —
 * no name, identity, contact, nor the text of the request. {@code dueOn} while accepted (null while
 * the clock is stopped), {@code repliedOn} and the outcome (its key and official wording from table
 * 三) once answered, the reason once voided.
 */
public record TrackingStatus(
    String trackingNumber,
    String organisation,
    String organisationName,
    LocalDate submittedOn,
    String state,
    String stateLabel,
    LocalDate receivedOn,
    LocalDate dueOn,
    LocalDate repliedOn,
    String outcome,
    String outcomeLabel,
    String voidReason,
    String voidReasonLabel) {

  static TrackingStatus from(OnlineRequests.Status s) {
    return new TrackingStatus(
        TrackingNumber.grouped(s.trackingNumber()),
        s.organisation().slug(),
        s.organisation().name(),
        s.submittedOn(),
        s.state().name(),
        s.state().label(),
        s.receivedOn(),
        s.dueOn(),
        s.repliedOn(),
        s.outcome(),
        s.outcomeLabel(),
        s.voidReason() == null ? null : s.voidReason().code(),
        s.voidReason() == null ? null : s.voidReason().label());
  }
}
