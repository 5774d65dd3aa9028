package io.gongkai.requests.entity;

import io.gongkai.organisations.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One disclosure request (政府信息公开申请) in an organisation's register. The rules of its clock and of
 * each change live in {@code requests/control/RequestRules}; this class only holds the facts.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

  /** What the applicant asked for and how it arrived: the part editors may correct while open. */
  public record Registration(
      ReceiptChannel channel,
      LocalDate receivedOn,
      ApplicantType applicantType,
      Applicant applicant,
      String subject,
      String wantedForm) {}

  /** Personal data: shown to the organisation's editors only. */
  public record Applicant(String name, String identity, String contact) {}

  /** The one extension (第三十三条), with who approved it and why. */
  public record Extension(int days, String reason, String approvedBy, LocalDate extendedOn) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "receipt_channel")
  private ReceiptChannel channel;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_type")
  private ApplicantType applicantType;

  @Column(name = "applicant_name")
  private String applicantName;

  @Column(name = "applicant_identity")
  private String applicantIdentity;

  @Column(name = "applicant_contact")
  private String applicantContact;

  private String subject;

  @Column(name = "wanted_form")
  private String wantedForm;

  @Enumerated(EnumType.STRING)
  private RequestState state = RequestState.OPEN;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "extension_days")
  private Integer extensionDays;

  @Column(name = "extension_reason")
  private String extensionReason;

  @Column(name = "extension_approved_by")
  private String extensionApprovedBy;

  @Column(name = "extended_on")
  private LocalDate extendedOn;

  private String outcome;

  @Column(name = "outcome_format")
  private String outcomeFormat;

  @Column(name = "replied_on")
  private LocalDate repliedOn;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startedOn, id")
  private List<Pause> pauses = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("filedOn, id")
  private List<Appeal> appeals = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("uploadedAt, id")
  private List<RequestFile> files = new ArrayList<>();

  protected DisclosureRequest() {}

  public DisclosureRequest(
      Organisation organisation, Registration registration, String createdBy, Instant now) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.createdAt = now;
    register(registration, now);
  }

  public void register(Registration r, Instant now) {
    channel = r.channel();
    receivedOn = r.receivedOn();
    applicantType = r.applicantType();
    applicantName = r.applicant().name();
    applicantIdentity = r.applicant().identity();
    applicantContact = r.applicant().contact();
    subject = r.subject();
    wantedForm = r.wantedForm();
    updatedAt = now;
  }

  public void startPause(PauseKind kind, LocalDate on, LocalDate dueOn, String note, Instant now) {
    pauses.add(new Pause(this, kind, on, dueOn, note));
    updatedAt = now;
  }

  /**
   * Ends the open pause on the day the other side's answer arrived, or corrects the last pause the
   * register ended by its deadline (the correction, opinion or payment had in fact arrived).
   */
  public void endPause(LocalDate on, Instant now) {
    openPause().or(this::lastPause).orElseThrow().end(on);
    updatedAt = now;
  }

  /** Ends the open pause because its deadline passed with nothing received. */
  public void lapsePause(LocalDate deadline, Instant now) {
    openPause().orElseThrow().lapse(deadline);
    updatedAt = now;
  }

  /** Takes back an answer the register gave by itself, when its ground turns out wrong. */
  public void withdrawAnswer(Instant now) {
    outcome = null;
    outcomeFormat = null;
    repliedOn = null;
    answeredBy = null;
    state = RequestState.OPEN;
    updatedAt = now;
  }

  public Optional<Pause> lastPause() {
    return pauses.isEmpty() ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1));
  }

  public Appeal appeal(AppealKind kind, LocalDate filedOn, Instant now) {
    Appeal appeal = new Appeal(this, kind, filedOn);
    appeals.add(appeal);
    updatedAt = now;
    return appeal;
  }

  public List<Appeal> appeals() {
    return List.copyOf(appeals);
  }

  /** Keeps a file with the request; its bytes are stored apart ({@link RequestFileContent}). */
  public RequestFile keep(FileKind kind, RequestFile.Facts facts, String by, Instant now) {
    RequestFile file = new RequestFile(this, kind, facts, by, now);
    files.add(file);
    updatedAt = now;
    return file;
  }

  public void discard(RequestFile file, Instant now) {
    files.remove(file);
    updatedAt = now;
  }

  public List<RequestFile> files() {
    return List.copyOf(files);
  }

  public void extend(Extension e, Instant now) {
    extensionDays = e.days();
    extensionReason = e.reason();
    extensionApprovedBy = e.approvedBy();
    extendedOn = e.extendedOn();
    updatedAt = now;
  }

  public void answer(String outcomeKey, String formatId, LocalDate on, String by, Instant now) {
    openPause().ifPresent(p -> p.end(on));
    outcome = outcomeKey;
    outcomeFormat = formatId;
    repliedOn = on;
    answeredBy = by;
    state = RequestState.ANSWERED;
    updatedAt = now;
  }

  public void close(String by, Instant now) {
    closedBy = by;
    state = RequestState.CLOSED;
    updatedAt = now;
  }

  public void due(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Registration registration() {
    return new Registration(
        channel,
        receivedOn,
        applicantType,
        new Applicant(applicantName, applicantIdentity, applicantContact),
        subject,
        wantedForm);
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public RequestState state() {
    return state;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Optional<Extension> extension() {
    return extensionDays == null
        ? Optional.empty()
        : Optional.of(
            new Extension(extensionDays, extensionReason, extensionApprovedBy, extendedOn));
  }

  public List<Pause> pauses() {
    return List.copyOf(pauses);
  }

  public Optional<Pause> openPause() {
    return pauses.stream().filter(Pause::isOpen).findFirst();
  }

  public String outcome() {
    return outcome;
  }

  public String outcomeFormat() {
    return outcomeFormat;
  }

  public LocalDate repliedOn() {
    return repliedOn;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public String closedBy() {
    return closedBy;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
