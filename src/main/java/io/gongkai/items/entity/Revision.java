package io.gongkai.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One saved state of an item: who saved it, when, what changed, and the content as JSON. */
@Entity
@Table(name = "item_revision")
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private Item item;

  @Column(name = "revision_number")
  private int number;

  private String author;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "changed_fields")
  private String changedFields;

  private String snapshot;

  protected Revision() {}

  public Revision(Item item, int number, String author, List<String> changed, String snapshot) {
    this.item = item;
    this.number = number;
    this.author = author;
    this.changedFields = String.join(",", changed);
    this.snapshot = snapshot;
    this.createdAt = Instant.now();
  }

  public int number() {
    return number;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<String> changedFields() {
    return changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
  }

  public String snapshot() {
    return snapshot;
  }
}
