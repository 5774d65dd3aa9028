package io.gongkai.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/** An agency publishing on the portal. Its code prefixes every 索引号 it issues. */
@Entity
@SequenceGenerator(name = "gk_seq", sequenceName = "gk_seq", allocationSize = 50)
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  private String slug;
  private String code;
  private String name;

  @Column(name = "short_name")
  private String shortName;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Organisation parent;

  @Embedded private Contact contact;

  /** Whether the public may send disclosure requests online (网上申请); off unless switched on. */
  @Column(name = "requests_online")
  private boolean requestsOnline;

  @Version private long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Organisation() {}

  public Organisation(String slug, String code, String name) {
    this.slug = slug;
    this.code = code;
    this.name = name;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public void describe(String name, String shortName, Organisation parent, Contact contact) {
    this.name = name;
    this.shortName = shortName;
    this.parent = parent;
    this.contact = contact;
    this.updatedAt = Instant.now();
  }

  public void changeCode(String code) {
    this.code = code;
  }

  public void acceptOnlineRequests(boolean accepted) {
    this.requestsOnline = accepted;
  }

  public boolean acceptsOnlineRequests() {
    return requestsOnline;
  }

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public Organisation parent() {
    return parent;
  }

  public Contact contact() {
    return contact == null ? new Contact() : contact;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** True when this organisation is {@code other} or lies below it. */
  public boolean isWithin(Organisation other) {
    for (Organisation o = this; o != null; o = o.parent) {
      if (o.id.equals(other.id)) {
        return true;
      }
    }
    return false;
  }
}
