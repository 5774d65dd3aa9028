package io.gongkai.access.entity;

import io.gongkai.organisations.entity.Organisation;
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

/** A role held in one organisation, or in all of them when the organisation is null. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_name")
  private Role role;

  protected RoleGrant() {}

  public RoleGrant(Account account, Organisation organisation, Role role) {
    this.account = account;
    this.organisation = organisation;
    this.role = role;
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Role role() {
    return role;
  }
}
