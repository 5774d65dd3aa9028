package io.gongkai.migration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One import of items: its progress and its row errors (as JSON), readable from every instance. */
@Entity
@Table(name = "import_job")
public class ImportJob {

  /** Where a job stands. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @Column(name = "organisation_id")
  private long organisationId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "dry_run")
  private boolean dryRun;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "total_lines")
  private int total;

  @Column(name = "done_lines")
  private int done;

  @Column(name = "created_count")
  private int created;

  @Column(name = "updated_count")
  private int updated;

  @Column(name = "unchanged_count")
  private int unchanged;

  @Column(name = "failed_count")
  private int failed;

  private String errors;

  /** The last sign of life of the instance running the job. */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Version private long version;

  protected ImportJob() {}

  public ImportJob(long organisationId, String createdBy, boolean dryRun) {
    this.organisationId = organisationId;
    this.createdBy = createdBy;
    this.dryRun = dryRun;
    this.state = State.QUEUED;
    this.createdAt = Instant.now();
    this.heartbeatAt = createdAt;
  }

  /**
   * How long a job may go without a beat before it counts as interrupted: far more than one batch
   * or the count of a large file's lines takes between beats.
   */
  public static final java.time.Duration STALL = java.time.Duration.ofMinutes(5);

  /** Marks the job alive. */
  public void beat() {
    this.heartbeatAt = Instant.now();
  }

  /** Queued or running, yet silent for longer than {@link #STALL}: its server stopped under it. */
  public boolean stalled(Instant now) {
    return (state == State.QUEUED || state == State.RUNNING)
        && heartbeatAt != null
        && heartbeatAt.plus(STALL).isBefore(now);
  }

  /** Ends a stalled job as failed, with the errors it had plus the one saying why. */
  public void interrupt(Instant now, String errorsJson) {
    this.state = State.FAILED;
    this.finishedAt = now;
    this.errors = errorsJson;
  }

  /** The counts of a job as it advances. */
  public record Progress(
      int total, int done, int created, int updated, int unchanged, int failed) {}

  public void start(int totalLines) {
    this.state = State.RUNNING;
    this.total = totalLines;
    beat();
  }

  public void advance(Progress p, String errorsJson) {
    this.total = p.total();
    this.done = p.done();
    this.created = p.created();
    this.updated = p.updated();
    this.unchanged = p.unchanged();
    this.failed = p.failed();
    this.errors = errorsJson;
    beat();
  }

  public void finish(State end) {
    this.state = end;
    this.finishedAt = Instant.now();
  }

  public Progress progress() {
    return new Progress(total, done, created, updated, unchanged, failed);
  }

  public Long id() {
    return id;
  }

  public long organisationId() {
    return organisationId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public boolean dryRun() {
    return dryRun;
  }

  public State state() {
    return state;
  }

  public String errors() {
    return errors;
  }
}
