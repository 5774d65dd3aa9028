package io.gongkai.requests.boundary;

import io.gongkai.platform.Messages;
import io.gongkai.requests.control.OnlineRequests;
import io.gongkai.requests.entity.TrackedState;
import io.gongkai.requests.entity.TrackingNumber;
import java.time.Instant;
import java.util.Locale;

/**
 * What an applicant is told after sending the online form: the tracking number (grouped, {@code
 * 7QX4-M2PA-9KDT-W3EB}), the organisation, when, the state (待确认) and what happens next.
 */
public record SubmissionReceipt(
    String trackingNumber,
    String organisation,
    String organisationName,
    Instant submittedAt,
    String state,
    String stateLabel,
    String next) {

  static SubmissionReceipt from(OnlineRequests.Receipt r, Locale language) {
    return new SubmissionReceipt(
        TrackingNumber.grouped(r.trackingNumber()),
        r.organisation().slug(),
        r.organisation().name(),
        r.submittedAt(),
        TrackedState.PENDING.name(),
        TrackedState.PENDING.label(),
        Messages.text(language, "requests.online.next"));
  }
}
