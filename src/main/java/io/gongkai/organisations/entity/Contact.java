package io.gongkai.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How the public reaches an agency's disclosure office: the contact block of the 指南. */
@Embeddable
public class Contact {

  @Column(name = "office_name")
  private String office;

  private String address;

  @Column(name = "office_hours")
  private String hours;

  private String phone;
  private String fax;
  private String email;
  private String website;

  protected Contact() {}

  public Contact(
      String office,
      String address,
      String hours,
      String phone,
      String fax,
      String email,
      String website) {
    this.office = office;
    this.address = address;
    this.hours = hours;
    this.phone = phone;
    this.fax = fax;
    this.email = email;
    this.website = website;
  }

  public String office() {
    return office;
  }

  public String address() {
    return address;
  }

  public String hours() {
    return hours;
  }

  public String phone() {
    return phone;
  }

  public String fax() {
    return fax;
  }

  public String email() {
    return email;
  }

  public String website() {
    return website;
  }
}
