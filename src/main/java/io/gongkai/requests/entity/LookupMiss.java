package io.gongkai.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One look-up of a tracking number that does not exist, by hashed client address. */
@Entity
@Table(name = "request_lookup_miss")
public class LookupMiss {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @Column(name = "address_hash")
  private String addressHash;

  @Column(name = "missed_at")
  private Instant missedAt;

  protected LookupMiss() {}

  public LookupMiss(String addressHash, Instant missedAt) {
    this.addressHash = addressHash;
    this.missedAt = missedAt;
  }
}
