package io.gongkai.requests.entity;

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
import java.time.LocalDate;

/** A stretch during which a request's clock stood still; open while {@code endedOn} is null. */
@Entity
@Table(name = "disclosure_request_pause")
public class Pause {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private DisclosureRequest request;

  @Enumerated(EnumType.STRING)
  private PauseKind kind;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "due_on")
  private LocalDate dueOn;

  private boolean lapsed;

  private String note;

  protected Pause() {}

  Pause(
      DisclosureRequest request,
      PauseKind kind,
      LocalDate startedOn,
      LocalDate dueOn,
      String note) {
    this.request = request;
    this.kind = kind;
    this.startedOn = startedOn;
    this.dueOn = dueOn;
    this.note = note;
  }

  /** Ended by what the other side did, on the day it arrived. */
  void end(LocalDate on) {
    this.endedOn = on;
    this.lapsed = false;
  }

  /** Ended by its deadline passing with nothing received. */
  void lapse(LocalDate deadline) {
    this.endedOn = deadline;
    this.lapsed = true;
  }

  public Long id() {
    return id;
  }

  public PauseKind kind() {
    return kind;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public LocalDate endedOn() {
    return endedOn;
  }

  /** The deadline the notice set; null on pauses stored before deadlines were kept. */
  public LocalDate dueOn() {
    return dueOn;
  }

  /** Whether the register ended it because its deadline passed. */
  public boolean lapsed() {
    return lapsed;
  }

  public String note() {
    return note;
  }

  public boolean isOpen() {
    return endedOn == null;
  }
}
