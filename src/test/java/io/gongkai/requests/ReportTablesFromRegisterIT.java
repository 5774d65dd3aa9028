package io.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables 三 and 四 of an annual report proposed from the register: a year of requests in which every
 * row and every column of both tables is non-zero, in each national format (2020 in the 2019 one,
 * 2023 in the 2021 one), registered and answered through the API. The expected tables are counted
 * here from the plan the requests were made from, by the formats' own definitions, and the accepted
 * proposals must equal them and pass the checks R1–R4 and, against the year before (itself proposed
 * from the register), R6.
 */
class ReportTablesFromRegisterIT {

  private static final Api API = new Api();
  private static final List<String> APPLICANTS =
      List.of(
          "naturalPerson",
          "enterprise",
          "researchInstitution",
          "publicInterestOrganisation",
          "legalServiceProvider",
          "otherOrganisation");
  private static final List<String> OUTCOMES_COMMON =
      List.of(
          "disclosed",
          "partlyDisclosed",
          "withheld.stateSecret",
          "withheld.prohibitedByLaw",
          "withheld.securityAndStability",
          "withheld.thirdPartyRights",
          "withheld.internalAffairs",
          "withheld.processInformation",
          "withheld.enforcementFiles",
          "withheld.administrativeQuery",
          "unableToProvide.notHeld",
          "unableToProvide.needsCreation",
          "unableToProvide.stillUnclear",
          "notProcessed.petitionOrComplaint",
          "notProcessed.repeated",
          "notProcessed.publication",
          "notProcessed.excessive",
          "notProcessed.confirmation");
  private static final List<String> APPEAL_RESULTS = List.of("upheld", "corrected", "other");

  private static String admin;

  @BeforeAll
  static void logIn() {
    admin = API.login("it-admin");
  }

  @Test
  void the2019FormatTablesOf2020ComeFromTheRegister() {
    List<String> outcomes = new ArrayList<>(OUTCOMES_COMMON);
    outcomes.add("other");
    proposedTablesEqualTheRegister("rq2020", 2020, outcomes);
  }

  @Test
  void the2021FormatTablesOf2023ComeFromTheRegister() {
    List<String> outcomes = new ArrayList<>(OUTCOMES_COMMON);
    outcomes.addAll(List.of("other.noCorrection", "other.feeUnpaid", "other.other"));
    proposedTablesEqualTheRegister("rq2023", 2023, outcomes);
  }

  /** One planned request: who, when received, and its answer (null: none yet). */
  private record Planned(String applicant, LocalDate received, String outcome, LocalDate replied) {}

  /** One planned review or lawsuit. */
  private record PlannedAppeal(String kind, LocalDate filed, String result, LocalDate decided) {}

  private void proposedTablesEqualTheRegister(String prefix, int year, List<String> outcomes) {
    String slug = API.newOrganisation(prefix, "句容市登记簿推算" + year + "局");
    Random random = new Random(year);
    List<Planned> plan = new ArrayList<>();
    for (String applicant : APPLICANTS) {
      // answered in the year, one for each outcome row
      for (String outcome : outcomes) {
        LocalDate received = LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(28));
        plan.add(new Planned(applicant, received, outcome, received.plusDays(random.nextInt(30))));
      }
      // carried over from the year before: one answered in the year, one still open
      LocalDate lastDecember = LocalDate.of(year - 1, 12, 10 + random.nextInt(15));
      plan.add(
          new Planned(
              applicant,
              lastDecember,
              outcomes.get(random.nextInt(outcomes.size())),
              LocalDate.of(year, 1, 20)));
      plan.add(new Planned(applicant, lastDecember, null, null));
      // answered the year before (counted there only)
      plan.add(
          new Planned(
              applicant, LocalDate.of(year - 1, 3, 3), "disclosed", LocalDate.of(year - 1, 3, 20)));
      // carried forward: answered the year after, and never answered
      LocalDate december = LocalDate.of(year, 12, 15 + random.nextInt(10));
      plan.add(new Planned(applicant, december, "disclosed", LocalDate.of(year + 1, 1, 12)));
      plan.add(new Planned(applicant, december, null, null));
    }
    List<Api.Reply[]> registered = new ArrayList<>();
    for (Planned p : plan) {
      registered.add(new Api.Reply[] {register(slug, p)});
    }

    // reviews and lawsuits filed in the year on requests answered in it: every kind × every result
    List<PlannedAppeal> appeals = new ArrayList<>();
    List<Api.Reply[]> answeredInYear = new ArrayList<>();
    List<Api.Reply[]> answeredBefore = new ArrayList<>();
    for (int i = 0; i < plan.size(); i++) {
      Planned p = plan.get(i);
      if (p.replied() != null
          && p.replied().getYear() == year
          && p.replied().getMonthValue() < 11) {
        answeredInYear.add(registered.get(i));
      } else if (p.replied() != null && p.replied().getYear() == year - 1) {
        answeredBefore.add(registered.get(i));
      }
    }
    int next = 0;
    for (String kind : List.of("review", "litigationDirect", "litigationAfterReview")) {
      List<String[]> results = new ArrayList<>();
      APPEAL_RESULTS.forEach(r -> results.add(new String[] {r, year + "-12-20"}));
      results.add(new String[] {"pending", null}); // undecided
      results.add(
          new String[] {"upheld", (year + 1) + "-02-10"}); // decided after the year: pending
      for (String[] result : results) {
        Api.Reply[] request = answeredInYear.get(next++);
        if (kind.equals("litigationAfterReview")) {
          appeals.add(
              appeal(request, "review", LocalDate.of(year, 11, 2), "upheld", year + "-11-20"));
        }
        appeals.add(appeal(request, kind, LocalDate.of(year, 12, 1), result[0], result[1]));
      }
    }
    // filed the year before: not in this year's table
    appeal(answeredBefore.get(0), "review", LocalDate.of(year - 1, 12, 28), "pending", null);

    JsonObject before = acceptAll(slug, year - 1);
    JsonObject report = acceptAll(slug, year);

    JsonObject tables = report.getJsonObject("tables");
    assertThat(cells(tables.getJsonObject("requests")))
        .as("table 三 of %d", year)
        .isEqualTo(expectedRequests(plan, outcomes, year));
    assertThat(cells(tables.getJsonObject("appeals")))
        .as("table 四 of %d", year)
        .isEqualTo(expectedAppeals(appeals, year));
    assertThat(cells(tables.getJsonObject("requests")).values())
        .as("every cell of table 三 is non-zero")
        .doesNotContain(0L);
    assertThat(cells(tables.getJsonObject("appeals")).values())
        .as("every cell of table 四 is non-zero")
        .doesNotContain(0L);
    assertThat(rules(report))
        .as("the proposed tables hold the sum rules and agree with last year's")
        .doesNotContain("R1", "R2", "R3", "R4", "R6");
    assertThat(rules(before)).doesNotContain("R1", "R2", "R3", "R4");
    assertThat(report.getJsonArray("derived"))
        .hasSize(
            cells(tables.getJsonObject("requests")).size()
                + cells(tables.getJsonObject("appeals")).size());
  }

  /** Table 三 counted from the plan: rows by the format's definitions, columns by applicant. */
  private static Map<String, Long> expectedRequests(
      List<Planned> plan, List<String> outcomes, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    List<String> rows = new ArrayList<>(List.of("received", "carriedOver"));
    rows.addAll(outcomes);
    rows.addAll(List.of("total", "carriedForward"));
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String row : rows) {
      for (String column : concat(APPLICANTS, "total")) {
        long n = 0;
        for (Planned p : plan) {
          if (!column.equals("total") && !column.equals(p.applicant())) {
            continue;
          }
          boolean open =
              !p.received().isAfter(last) && (p.replied() == null || !p.replied().isBefore(first));
          boolean answered = p.replied() != null && !p.replied().isAfter(last);
          boolean counts =
              open
                  && switch (row) {
                    case "received" -> !p.received().isBefore(first);
                    case "carriedOver" -> p.received().isBefore(first);
                    case "total" -> answered;
                    case "carriedForward" -> !answered;
                    default -> answered && row.equals(p.outcome());
                  };
          n += counts ? 1 : 0;
        }
        expected.put(row + "." + column, n);
      }
    }
    return expected;
  }

  private static Map<String, Long> expectedAppeals(List<PlannedAppeal> appeals, int year) {
    LocalDate last = LocalDate.of(year, 12, 31);
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String kind : List.of("review", "litigationDirect", "litigationAfterReview")) {
      for (String column : List.of("upheld", "corrected", "other", "pending", "total")) {
        expected.put(
            kind + "." + column,
            appeals.stream()
                .filter(a -> a.kind().equals(kind) && a.filed().getYear() == year)
                .filter(
                    a -> {
                      boolean decided = a.decided() != null && !a.decided().isAfter(last);
                      String at = decided ? a.result() : "pending";
                      return column.equals("total") || column.equals(at);
                    })
                .count());
      }
    }
    return expected;
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  /** A table as row.column → value. */
  private static Map<String, Long> cells(JsonObject table) {
    Map<String, Long> cells = new LinkedHashMap<>();
    table.forEach(
        (row, columns) ->
            columns
                .asJsonObject()
                .forEach(
                    (column, value) ->
                        cells.put(
                            row + "." + column,
                            value instanceof JsonNumber n ? n.longValue() : -1L)));
    return cells;
  }

  private static List<String> rules(JsonObject report) {
    return report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("rule"))
        .toList();
  }

  /** A draft for the year with every proposal of tables 三 and 四 accepted. */
  private static JsonObject acceptAll(String slug, int year) {
    Api.Reply draft =
        API.post("api/v1/manage/reports")
            .as(admin)
            .json(Json.createObjectBuilder().add("organisation", slug).add("year", year).build())
            .send();
    assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
    String path = "api/v1/manage/reports/" + slug + "/" + year;
    JsonObject proposal = API.get(path + "/derived").as(admin).send().json();
    JsonArrayBuilder accept = Json.createArrayBuilder();
    proposal.getJsonObject("cells").keySet().stream()
        .filter(k -> k.startsWith("requests.") || k.startsWith("appeals."))
        .forEach(accept::add);
    Api.Reply accepted =
        API.post(path + "/derived")
            .as(admin)
            .ifMatch(draft.etag())
            .json(Json.createObjectBuilder().add("accept", accept).build())
            .send();
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    return accepted.json();
  }

  private static Api.Reply register(String slug, Planned p) {
    Api.Reply registered =
        API.post("api/v1/manage/organisations/" + slug + "/requests")
            .as(admin)
            .json(
                Json.createObjectBuilder()
                    .add("channel", "online")
                    .add("receivedOn", p.received().toString())
                    .add("applicantType", p.applicant())
                    .add(
                        "applicant",
                        Json.createObjectBuilder()
                            .add("name", "申请人")
                            .add("identity", "320000199001010000")
                            .add("contact", "句容市"))
                    .add("subject", "本单位政府信息")
                    .add("wantedForm", "电子邮件")
                    .build())
            .send();
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    if (p.outcome() == null) {
      return registered;
    }
    Api.Reply answered =
        step(
            registered,
            "answer",
            Json.createObjectBuilder()
                .add("outcome", p.outcome())
                .add("repliedOn", p.replied().toString())
                .build());
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    return answered;
  }

  private static PlannedAppeal appeal(
      Api.Reply[] request, String kind, LocalDate filed, String result, String decided) {
    Api.Reply filedReply =
        step(
            request[0],
            "appeals",
            Json.createObjectBuilder().add("kind", kind).add("filedOn", filed.toString()).build());
    assertThat(filedReply.status()).as(filedReply.toString()).isEqualTo(200);
    request[0] = filedReply;
    if (decided != null) {
      var list = filedReply.json().getJsonArray("appeals");
      long id = list.getJsonObject(list.size() - 1).getJsonNumber("id").longValue();
      Api.Reply decidedReply =
          step(
              request[0],
              "appeals/" + id + "/result",
              Json.createObjectBuilder().add("result", result).add("decidedOn", decided).build());
      assertThat(decidedReply.status()).as(decidedReply.toString()).isEqualTo(200);
      request[0] = decidedReply;
    }
    return new PlannedAppeal(
        kind,
        filed,
        decided == null ? "pending" : result,
        decided == null ? null : LocalDate.parse(decided));
  }

  private static Api.Reply step(Api.Reply current, String action, JsonObject body) {
    String path =
        "api/v1/manage/organisations/"
            + current.json().getString("organisation")
            + "/requests/"
            + current.json().getJsonNumber("id")
            + "/"
            + action;
    return API.post(path).as(admin).ifMatch(current.etag()).json(body).send();
  }
}
