package io.gongkai.requests.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.requests.control.RegisterCsv.Applicants;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.DisclosureRequest.Applicant;
import io.gongkai.requests.entity.DisclosureRequest.Registration;
import io.gongkai.requests.entity.ReceiptChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's CSV: applicant details only when asked for, spreadsheet-safe cells. */
class RegisterCsvTest {

  private static final RequestRules RULES =
      new RequestRules(HolidayCalendar.shipped(), LocalDate.parse("2026-03-02"));

  private static DisclosureRequest request(String subject) {
    return new DisclosureRequest(
        null,
        new Registration(
            ReceiptChannel.POST,
            LocalDate.parse("2026-02-13"),
            ApplicantType.ENTERPRISE,
            new Applicant("某某公司", "91320000MA00000000", "025-1234567"),
            subject,
            null),
        "editor",
        Instant.parse("2026-02-13T02:00:00Z"));
  }

  @Test
  void applicantDetailsAreLeftOutUnlessAskedFor() {
    var requests = List.of(request("道路维修经费"));

    String without = RegisterCsv.of(requests, RULES, Applicants.LEFT_OUT);
    String with = RegisterCsv.of(requests, RULES, Applicants.INCLUDED);

    assertThat(without).doesNotContain("某某公司", "91320000MA00000000", "申请人,");
    assertThat(with).contains("某某公司", "91320000MA00000000", "025-1234567");
    assertThat(without).startsWith("\uFEFF编号,收到日期,收到方式,申请人类别,申请内容");
    assertThat(without).contains(",邮寄,商业企业,道路维修经费,,OPEN,2026-03-19,");
  }

  @Test
  void quotesCommasAndDefusesFormulas() {
    assertThat(RegisterCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(RegisterCsv.cell("说\"明\"")).isEqualTo("\"说\"\"明\"\"\"");
    assertThat(RegisterCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(RegisterCsv.cell("-1")).isEqualTo("'-1");
  }
}
