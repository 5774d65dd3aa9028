package io.gongkai.access.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A person who logs in to edit, review or administer. */
@Entity
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  private String username;

  @Column(name = "display_name")
  private String displayName;

  /** Null for accounts that only log in through the portal's single sign-on. */
  @Column(name = "password_hash")
  private String passwordHash;

  private boolean enabled;

  @Column(name = "created_at")
  private Instant createdAt;

  @OneToMany(
      mappedBy = "account",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private List<RoleGrant> grants = new ArrayList<>();

  /** Carried by every token Gongkai issues; a token with an older one is refused. */
  @Column(name = "token_version")
  private long tokenVersion;

  /** Single sign-on tokens issued at or before this instant are refused (null: none revoked). */
  @Column(name = "tokens_revoked_at")
  private Instant tokensRevokedAt;

  @Version private long version;

  protected Account() {}

  public Account(String username, String displayName, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = Instant.now();
  }

  /** A new password; every token issued before stops working. */
  public void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
    revokeTokens();
  }

  /** Enables or disables the account; disabling ends every session at once. */
  public void enable(boolean enabled) {
    this.enabled = enabled;
    if (!enabled) {
      revokeTokens();
    }
  }

  /** Ends every session: tokens issued so far, Gongkai's own or single sign-on, are refused. */
  public void revokeTokens() {
    this.tokenVersion++;
    this.tokensRevokedAt = Instant.now();
  }

  /**
   * Whether a token issued at {@code issuedAt} with {@code version} (null: single sign-on) holds.
   */
  public boolean accepts(Long version, Instant issuedAt) {
    if (version != null) {
      return version == tokenVersion;
    }
    return tokensRevokedAt == null
        || (issuedAt != null && issuedAt.getEpochSecond() > tokensRevokedAt.getEpochSecond());
  }

  public void rename(String displayName) {
    this.displayName = displayName;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public List<RoleGrant> grants() {
    return grants;
  }

  public long tokenVersion() {
    return tokenVersion;
  }

  public long version() {
    return version;
  }
}
