package io.gongkai.requests.control;

import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.Outcomes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The register as CSV for a spreadsheet (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting).
 * Applicant details are personal data: their three columns are only written when asked for. A cell
 * that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
public final class RegisterCsv {

  /** Whether the applicant's name, identity and contact are written. */
  public enum Applicants {
    LEFT_OUT,
    INCLUDED
  }

  private static final List<String> HEAD =
      List.of(
          "编号", "收到日期", "收到方式", "申请人类别", "申请内容", "形式要求", "状态", "答复期限", "延长工作日", "延长理由", "批准人",
          "办理结果", "表三行", "答复日期", "统计年度");
  private static final List<String> APPLICANT_HEAD = List.of("申请人", "证件号码", "联系方式");

  private RegisterCsv() {}

  public static String of(
      List<DisclosureRequest> requests, RequestRules rules, Applicants applicants) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    List<String> head = new ArrayList<>(HEAD);
    if (applicants == Applicants.INCLUDED) {
      head.addAll(4, APPLICANT_HEAD);
    }
    line(csv, head);
    for (DisclosureRequest r : requests) {
      line(csv, row(r, rules.read(r).dueOn(), applicants));
    }
    return csv.toString();
  }

  private static List<String> row(DisclosureRequest r, LocalDate due, Applicants applicants) {
    var reg = r.registration();
    var extension = r.extension();
    Integer year = r.repliedOn() == null ? null : r.repliedOn().getYear();
    List<String> cells =
        new ArrayList<>(
            List.of(
                String.valueOf(r.id()),
                text(reg.receivedOn()),
                reg.channel().label(),
                reg.applicantType().label(),
                text(reg.subject()),
                text(reg.wantedForm()),
                r.state().name(),
                text(due),
                extension.map(e -> String.valueOf(e.days())).orElse(""),
                extension.map(e -> e.reason()).orElse(""),
                extension.map(e -> e.approvedBy()).orElse(""),
                year == null ? "" : Outcomes.row(year, r.outcome()).map(Outcomes::label).orElse(""),
                text(r.outcome()),
                text(r.repliedOn()),
                year == null ? "" : String.valueOf(year)));
    if (applicants == Applicants.INCLUDED) {
      var a = reg.applicant();
      cells.addAll(4, List.of(text(a.name()), text(a.identity()), text(a.contact())));
    }
    return cells;
  }

  private static String text(Object value) {
    return value == null ? "" : Objects.toString(value);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
