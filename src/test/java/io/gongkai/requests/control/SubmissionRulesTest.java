package io.gongkai.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gongkai.platform.Problem;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.Delivery;
import io.gongkai.requests.entity.TrackingNumber;
import io.gongkai.requests.entity.WantedForm;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The online form's rules and tracking numbers, without a server. */
class SubmissionRulesTest {

  static SubmissionInput form(String delivery, String email, String postalAddress) {
    return new SubmissionInput(
        "enterprise",
        " 句容市某某有限公司 ",
        null,
        "0511-87270467",
        email,
        postalAddress,
        "2025年本市道路维修项目的招标文件",
        "paper",
        delivery,
        null);
  }

  static java.util.List<String> refused(SubmissionInput in) {
    return catchThrowableOfType(Problem.Invalid.class, () -> SubmissionRules.check(in))
        .fields()
        .stream()
        .map(Problem.FieldError::name)
        .toList();
  }

  @Nested
  class AFilledInForm {

    @Test
    void isCheckedIntoTheApplicantAndWhatTheyWantTrimmed() {
      SubmissionRules.Checked c = SubmissionRules.check(form("pickup", "", null));

      assertThat(c.applicant().type()).isEqualTo(ApplicantType.ENTERPRISE);
      assertThat(c.applicant().name()).isEqualTo("句容市某某有限公司");
      assertThat(c.applicant().email()).isNull();
      assertThat(c.wanted().form()).isEqualTo(WantedForm.PAPER);
      assertThat(c.wanted().delivery()).isEqualTo(Delivery.PICKUP);
    }

    @Test
    void postNeedsAnAddressAndEmailAnEmailAddress() {
      assertThat(refused(form("post", null, " "))).containsExactly("postalAddress");
      assertThat(refused(form("email", null, null))).containsExactly("email");
      assertThat(refused(form("email", "not-an-address", null))).containsExactly("email");
      assertThat(SubmissionRules.check(form("express", null, "句容市华阳镇")).applicant().postalAddress())
          .isEqualTo("句容市华阳镇");
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
      SubmissionInput empty =
          new SubmissionInput(null, null, null, null, null, null, null, null, null, null);

      assertThat(refused(empty))
          .containsExactlyInAnyOrder(
              "applicantType", "name", "phone", "subject", "wantedForm", "delivery");
    }

    @Test
    void everyTextIsBounded() {
      SubmissionInput longOnes =
          new SubmissionInput(
              "naturalPerson",
              "名".repeat(101),
              "1".repeat(51),
              "1".repeat(41),
              "a".repeat(190) + "@example.com",
              "址".repeat(201),
              "文".repeat(4001),
              "disc",
              "fax",
              null);

      assertThat(refused(longOnes))
          .containsExactlyInAnyOrder(
              "name", "identity", "phone", "email", "postalAddress", "subject");
    }

    @Test
    void aPhoneNumberMustBeDiallable() {
      SubmissionInput letters =
          new SubmissionInput(
              "naturalPerson", "张三", null, "call me", null, null, "某信息", "paper", "fax", null);

      assertThat(refused(letters)).containsExactly("phone");
    }

    @Test
    void theHiddenFieldFilledInMarksARobot() {
      SubmissionInput robot =
          new SubmissionInput(
              "naturalPerson", "张三", null, "13800000000", null, null, "某", "paper", "fax", "x");

      assertThat(SubmissionRules.fromRobot(robot)).isTrue();
      assertThat(SubmissionRules.fromRobot(form("pickup", null, null))).isFalse();
    }
  }

  @Nested
  class TrackingNumbers {

    @Test
    void areSixteenCharactersOfCrockfordsBase32ShownInFours() {
      String n = TrackingNumber.next();

      assertThat(n).matches("[0-9A-HJKMNP-TV-Z]{16}");
      assertThat(TrackingNumber.grouped(n)).matches("([0-9A-Z]{4}-){3}[0-9A-Z]{4}");
    }

    @Test
    void areReadBackWhateverTheCaseSpacesDashesAndLookAlikeLetters() {
      assertThat(TrackingNumber.parse("7qx4 m2pa-9kdt-w3eb")).hasValue("7QX4M2PA9KDTW3EB");
      assertThat(TrackingNumber.parse("O0IL-0000-0000-0000")).hasValue("0011000000000000");
      assertThat(TrackingNumber.parse("7QX4-M2PA-9KDT")).isEmpty();
      assertThat(TrackingNumber.parse("7QX4-M2PA-9KDT-W3LU")).as("U is not a digit").isEmpty();
      assertThat(TrackingNumber.parse("../../etc/passwd")).isEmpty();
    }

    @Test
    void doNotRepeat() {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 10_000; i++) {
        assertThat(seen.add(TrackingNumber.next())).isTrue();
      }
    }
  }

  @Nested
  class Addresses {

    @Test
    void anIpv6ClientCountsByItsSlash64AndAnIpv4ClientByItsAddress() {
      assertThat(ClientAddresses.network("2001:db8:1:2:aaaa::1"))
          .isEqualTo(ClientAddresses.network("2001:db8:1:2:bbbb::2"))
          .isEqualTo("20010db800010002::/64");
      assertThat(ClientAddresses.network("203.0.113.7")).isEqualTo("203.0.113.7");
      assertThat(ClientAddresses.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
  }

  @Nested
  class Registration {

    @Test
    void copiesTheApplicantsDetailsAndNamesTheChannelOnline() {
      var checked = SubmissionRules.check(form("post", "a@example.com", "句容市华阳镇某路1号"));
      var s =
          new io.gongkai.requests.entity.OnlineSubmission(
              null,
              "7QX4M2PA9KDTW3EB",
              checked.applicant(),
              checked.wanted(),
              "hash",
              java.time.Instant.parse("2026-12-05T02:00:00Z"));

      RequestInput r = SubmissionDesk.registration(s, java.time.LocalDate.of(2026, 12, 7));

      assertThat(r.channel()).isEqualTo("online");
      assertThat(r.receivedOn()).isEqualTo("2026-12-07");
      assertThat(r.applicantType()).isEqualTo("enterprise");
      assertThat(r.applicant().contact()).isEqualTo("0511-87270467；a@example.com；句容市华阳镇某路1号");
      assertThat(r.wantedForm()).isEqualTo("纸质文本；邮寄");
    }
  }
}
