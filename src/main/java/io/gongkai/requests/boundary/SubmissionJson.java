package io.gongkai.requests.boundary;

import io.gongkai.requests.entity.OnlineSubmission;
import io.gongkai.requests.entity.TrackingNumber;
import java.time.Instant;

/**
 * An online submission as the organisation's editors see it, applicant details included: only ever
 * answered under {@code /manage}, to editors and above of its own organisation. {@code request} is
 * the register entry it became once accepted.
 */
public record SubmissionJson(
    long id,
    String trackingNumber,
    String state,
    Instant submittedAt,
    String applicantType,
    String applicantTypeLabel,
    SubmissionApplicantJson applicant,
    String subject,
    String wantedForm,
    String wantedFormLabel,
    String delivery,
    String deliveryLabel,
    Long request,
    String voidReason,
    String voidReasonLabel,
    String voidNote,
    String decidedBy,
    Instant decidedAt,
    long version) {

  /** Who asked and how to reach them: personal data. */
  public record SubmissionApplicantJson(
      String name, String identity, String phone, String email, String postalAddress) {}

  static SubmissionJson from(OnlineSubmission s) {
    var a = s.applicant();
    var w = s.wanted();
    return new SubmissionJson(
        s.id(),
        TrackingNumber.grouped(s.trackingNumber()),
        s.state().name(),
        s.submittedAt(),
        a.type().code(),
        a.type().label(),
        new SubmissionApplicantJson(
            a.name(), a.identity(), a.phone(), a.email(), a.postalAddress()),
        w.subject(),
        w.form().code(),
        w.form().label(),
        w.delivery().code(),
        w.delivery().label(),
        s.request() == null ? null : s.request().id(),
        s.voidReason() == null ? null : s.voidReason().code(),
        s.voidReason() == null ? null : s.voidReason().label(),
        s.voidNote(),
        s.decidedBy(),
        s.decidedAt(),
        s.version());
  }
}
