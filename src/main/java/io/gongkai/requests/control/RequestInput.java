package io.gongkai.requests.control;

import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.DisclosureRequest.Applicant;
import io.gongkai.requests.entity.DisclosureRequest.Registration;
import io.gongkai.requests.entity.ReceiptChannel;
import java.time.LocalDate;

/**
 * A request as an editor registers or corrects it: receipt channel ({@code in-person}, {@code
 * post}, {@code online}, {@code fax}, {@code other}), receipt date (第三十一条), the applicant type as
 * table 三's column key, the applicant's details, what is asked for and in which form.
 */
public record RequestInput(
    String channel,
    LocalDate receivedOn,
    String applicantType,
    ApplicantInput applicant,
    String subject,
    String wantedForm) {

  /** The applicant's name (or organisation's), identity document number, and contact. */
  public record ApplicantInput(String name, String identity, String contact) {}

  Registration registration() {
    return new Registration(
        channel == null ? null : ReceiptChannel.of(channel).orElse(null),
        receivedOn,
        applicantType == null ? null : ApplicantType.of(applicantType).orElse(null),
        applicant == null
            ? null
            : new Applicant(applicant.name(), applicant.identity(), applicant.contact()),
        subject,
        wantedForm);
  }
}
