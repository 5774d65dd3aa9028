package io.gongkai.requests.entity;

import io.gongkai.organisations.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A disclosure request sent through the public online form (网上申请). It is not yet in the register:
 * the Regulations (第三十一条) count an online request as received on the day both sides confirm it, so
 * it waits until an editor of the organisation accepts it (which registers a {@link
 * DisclosureRequest} and links it here) or voids it. The applicant's details are personal data, as
 * in the register; the client's address is kept only as a keyed hash.
 */
@Entity
@Table(name = "request_submission")
public class OnlineSubmission {

  /** Who asks and how to reach them: personal data, for the organisation's editors only. */
  public record Applicant(
      ApplicantType type,
      String name,
      String identity,
      String phone,
      String email,
      String postalAddress) {}

  /** What is asked for and how the applicant wants it. */
  public record Wanted(String subject, WantedForm form, Delivery delivery) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "tracking_number")
  private String trackingNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_type")
  private ApplicantType applicantType;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "applicant_identity")
  private String applicantIdentity;

  private String phone;
  private String email;

  @Column(name = "postal_address")
  private String postalAddress;

  private String subject;

  @Enumerated(EnumType.STRING)
  @Column(name = "wanted_form")
  private WantedForm wantedForm;

  @Enumerated(EnumType.STRING)
  private Delivery delivery;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "address_hash")
  private String addressHash;

  @Enumerated(EnumType.STRING)
  private SubmissionState state = SubmissionState.PENDING;

  @ManyToOne
  @JoinColumn(name = "request_id")
  private DisclosureRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "void_reason")
  private VoidReason voidReason;

  @Column(name = "void_note")
  private String voidNote;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected OnlineSubmission() {}

  public OnlineSubmission(
      Organisation organisation,
      String trackingNumber,
      Applicant applicant,
      Wanted wanted,
      String addressHash,
      Instant submittedAt) {
    this.organisation = organisation;
    this.trackingNumber = trackingNumber;
    this.applicantType = applicant.type();
    this.applicantName = applicant.name();
    this.applicantIdentity = applicant.identity();
    this.phone = applicant.phone();
    this.email = applicant.email();
    this.postalAddress = applicant.postalAddress();
    this.subject = wanted.subject();
    this.wantedForm = wanted.form();
    this.delivery = wanted.delivery();
    this.addressHash = addressHash;
    this.submittedAt = submittedAt;
  }

  public void accept(DisclosureRequest registered, String by, Instant at) {
    request = registered;
    state = SubmissionState.ACCEPTED;
    decidedBy = by;
    decidedAt = at;
  }

  public void voidIt(VoidReason reason, String note, String by, Instant at) {
    voidReason = reason;
    voidNote = note;
    state = SubmissionState.VOIDED;
    decidedBy = by;
    decidedAt = at;
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String trackingNumber() {
    return trackingNumber;
  }

  public Applicant applicant() {
    return new Applicant(
        applicantType, applicantName, applicantIdentity, phone, email, postalAddress);
  }

  public Wanted wanted() {
    return new Wanted(subject, wantedForm, delivery);
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public SubmissionState state() {
    return state;
  }

  public DisclosureRequest request() {
    return request;
  }

  public VoidReason voidReason() {
    return voidReason;
  }

  public String voidNote() {
    return voidNote;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public long version() {
    return version;
  }
}
