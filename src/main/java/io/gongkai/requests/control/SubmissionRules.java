package io.gongkai.requests.control;

import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.Coded;
import io.gongkai.requests.entity.Delivery;
import io.gongkai.requests.entity.OnlineSubmission.Applicant;
import io.gongkai.requests.entity.OnlineSubmission.Wanted;
import io.gongkai.requests.entity.WantedForm;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the public online form must hold, checked field by field so the form can show each reason
 * next to its field: every text bounded, the required ones present, the closed lists within their
 * codes, a phone number that can be dialled, and the address the chosen way of delivery needs.
 * Pure, so it is tested without a server.
 */
public final class SubmissionRules {

  static final int NAME = 100;
  static final int IDENTITY = 50;
  static final int PHONE = 40;
  static final int EMAIL = 200;
  static final int POSTAL_ADDRESS = 200;
  static final int SUBJECT = 4000;

  private static final Pattern PHONE_NUMBER = Pattern.compile("[0-9+()\\- ]{7,40}");
  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  /** The checked form: the applicant and what they want. */
  public record Checked(Applicant applicant, Wanted wanted) {}

  private SubmissionRules() {}

  public static Checked check(SubmissionInput in) {
    List<FieldError> errors = new ArrayList<>();
    ApplicantType type = ApplicantType.of(or(in.applicantType())).orElse(null);
    if (type == null) {
      errors.add(new FieldError("applicantType", "requests.field.applicant-type-required"));
    }
    String name = required(errors, "name", in.name(), NAME);
    String identity = optional(errors, "identity", in.identity(), IDENTITY);
    String phone = required(errors, "phone", in.phone(), PHONE);
    if (phone != null && !PHONE_NUMBER.matcher(phone).matches()) {
      errors.add(new FieldError("phone", "requests.online.field.phone"));
    }
    String email = optional(errors, "email", in.email(), EMAIL);
    if (email != null && !EMAIL_ADDRESS.matcher(email).matches()) {
      errors.add(new FieldError("email", "requests.online.field.email"));
    }
    String postal = optional(errors, "postalAddress", in.postalAddress(), POSTAL_ADDRESS);
    String subject = required(errors, "subject", in.subject(), SUBJECT);
    WantedForm form = WantedForm.of(or(in.wantedForm())).orElse(null);
    if (form == null) {
      errors.add(new FieldError("wantedForm", "field.one-of", Coded.codes(WantedForm.values())));
    }
    Delivery delivery = Delivery.of(or(in.delivery())).orElse(null);
    if (delivery == null) {
      errors.add(new FieldError("delivery", "field.one-of", Coded.codes(Delivery.values())));
    } else if (delivery.needsPostalAddress() && postal == null) {
      errors.add(new FieldError("postalAddress", "requests.online.field.postal-address-needed"));
    } else if (delivery == Delivery.EMAIL && email == null) {
      errors.add(new FieldError("email", "requests.online.field.email-needed"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    return new Checked(
        new Applicant(type, name, identity, phone, email, postal),
        new Wanted(subject, form, delivery));
  }

  /** Whether a robot filled in the field people never see. */
  public static boolean fromRobot(SubmissionInput in) {
    return in.homepage() != null && !in.homepage().isBlank();
  }

  private static String required(List<FieldError> errors, String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > max) {
      errors.add(new FieldError(field, "field.required-max-length", max));
      return null;
    }
    return v;
  }

  private static String optional(List<FieldError> errors, String field, String value, int max) {
    String v = value == null ? "" : value.strip();
    if (v.length() > max) {
      errors.add(new FieldError(field, "field.max-length", max));
      return null;
    }
    return v.isEmpty() ? null : v;
  }

  private static String or(String code) {
    return code == null ? "" : code.strip();
  }
}
