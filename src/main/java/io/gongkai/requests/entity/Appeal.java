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

/** A review or lawsuit about one request, with its result (尚未审结 until decided). */
@Entity
@Table(name = "disclosure_appeal")
public class Appeal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private DisclosureRequest request;

  @Enumerated(EnumType.STRING)
  private AppealKind kind;

  @Column(name = "filed_on")
  private LocalDate filedOn;

  @Enumerated(EnumType.STRING)
  private AppealResult result = AppealResult.PENDING;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  protected Appeal() {}

  Appeal(DisclosureRequest request, AppealKind kind, LocalDate filedOn) {
    this.request = request;
    this.kind = kind;
    this.filedOn = filedOn;
  }

  public void decide(AppealResult result, LocalDate on) {
    this.result = result;
    this.decidedOn = result == AppealResult.PENDING ? null : on;
  }

  public Long id() {
    return id;
  }

  public AppealKind kind() {
    return kind;
  }

  public LocalDate filedOn() {
    return filedOn;
  }

  public AppealResult result() {
    return result;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }
}
