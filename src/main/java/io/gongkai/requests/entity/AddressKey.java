package io.gongkai.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The installation's key for hashing client addresses, shared by every instance. */
@Entity
@Table(name = "request_address_key")
public class AddressKey {

  @Id private String id;

  private String secret;

  @Column(name = "created_at")
  private Instant createdAt;

  protected AddressKey() {}

  public AddressKey(String id, String secret) {
    this.id = id;
    this.secret = secret;
    this.createdAt = Instant.now();
  }

  public String secret() {
    return secret;
  }
}
