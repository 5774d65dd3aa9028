package io.gongkai.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A correction of a published report: when, why, by whom, and the content it replaced (JSON). */
@Entity
@Table(name = "report_correction")
public class Correction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "report_id")
  private Report report;

  @Column(name = "correction_number")
  private int number;

  @Column(name = "corrected_at")
  private Instant correctedAt;

  private String author;
  private String reason;

  @Column(name = "previous_json")
  private String previousJson;

  protected Correction() {}

  public Correction(Report report, int number, String author, String reason, String previousJson) {
    this.report = report;
    this.number = number;
    this.author = author;
    this.reason = reason;
    this.previousJson = previousJson;
    this.correctedAt = Instant.now();
  }

  public int number() {
    return number;
  }

  public Instant correctedAt() {
    return correctedAt;
  }

  public String author() {
    return author;
  }

  public String reason() {
    return reason;
  }

  public String previousJson() {
    return previousJson;
  }
}
