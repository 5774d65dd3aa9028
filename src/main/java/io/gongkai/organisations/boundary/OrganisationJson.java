package io.gongkai.organisations.boundary;

import io.gongkai.organisations.entity.Contact;
import io.gongkai.organisations.entity.Organisation;

/**
 * An organisation as the API shows it. {@code requestsOnline}: whether it accepts disclosure
 * requests online (网上申请); in a write, null leaves the setting as it is.
 */
public record OrganisationJson(
    String slug,
    String code,
    String name,
    String shortName,
    String parent,
    ContactJson contact,
    Boolean requestsOnline,
    Long version) {

  /** The contact block of the 指南. */
  public record ContactJson(
      String office,
      String address,
      String hours,
      String phone,
      String fax,
      String email,
      String website) {

    public static ContactJson from(Contact c) {
      return new ContactJson(
          c.office(), c.address(), c.hours(), c.phone(), c.fax(), c.email(), c.website());
    }

    public Contact toContact() {
      return new Contact(office, address, hours, phone, fax, email, website);
    }
  }

  public static OrganisationJson from(Organisation o) {
    return new OrganisationJson(
        o.slug(),
        o.code(),
        o.name(),
        o.shortName(),
        o.parent() == null ? null : o.parent().slug(),
        ContactJson.from(o.contact()),
        o.acceptsOnlineRequests(),
        null);
  }

  public static OrganisationJson withVersion(Organisation o) {
    OrganisationJson j = from(o);
    return new OrganisationJson(
        j.slug, j.code, j.name, j.shortName, j.parent, j.contact, j.requestsOnline, o.version());
  }
}
