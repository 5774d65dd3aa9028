package io.gongkai.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One editorial action. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;
  private String address;
  private String action;

  @Column(name = "target_type")
  private String targetType;

  @Column(name = "target_id")
  private String targetId;

  @Column(name = "organisation_id")
  private Long organisationId;

  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      String actor,
      String address,
      String action,
      String targetType,
      String targetId,
      Long organisationId,
      String detail) {
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.address = address;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.organisationId = organisationId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String address() {
    return address;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public Long organisationId() {
    return organisationId;
  }

  /** Completes an entry written before its outcome was known (in the same transaction). */
  public void describe(String detail) {
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public String detail() {
    return detail;
  }
}
