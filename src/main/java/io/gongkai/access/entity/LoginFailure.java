package io.gongkai.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login: who was tried, from where, when. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  private String username;

  private String address;

  @Column(name = "failed_at")
  private Instant failedAt;

  protected LoginFailure() {}

  public LoginFailure(String username, String address, Instant failedAt) {
    this.username = username;
    this.address = address;
    this.failedAt = failedAt;
  }
}
