package io.gongkai.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The RSA key (a JWK) that signs Gongkai's tokens, shared by every instance of one database. */
@Entity
@Table(name = "signing_key")
public class SigningKey {

  @Id private String id;

  @Column(name = "private_key")
  private String jwk;

  @Column(name = "created_at")
  private Instant createdAt;

  protected SigningKey() {}

  public SigningKey(String id, String jwk) {
    this.id = id;
    this.jwk = jwk;
    this.createdAt = Instant.now();
  }

  public String jwk() {
    return jwk;
  }
}
