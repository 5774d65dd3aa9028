package io.gongkai.requests.boundary;

import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.requests.entity.AppealKind;
import io.gongkai.requests.entity.AppealResult;
import io.gongkai.requests.entity.ApplicantType;
import io.gongkai.requests.entity.Coded;
import io.gongkai.requests.entity.FileKind;
import io.gongkai.requests.entity.Outcomes;
import io.gongkai.requests.entity.PauseKind;
import io.gongkai.requests.entity.ReceiptChannel;
import java.util.Arrays;
import java.util.List;

/**
 * What a request's fields may hold, with the official wording: the console builds its form and its
 * outcome picker from this, so the words live in one place. {@code outcomes} are the result rows of
 * table 三 in the format of {@code year} (the reply's year), each with the group it sits in.
 */
public record ChoicesJson(
    int year,
    List<Choice> channels,
    List<Choice> applicantTypes,
    List<Choice> pauseKinds,
    List<Choice> appealKinds,
    List<Choice> appealResults,
    List<Choice> fileKinds,
    List<Outcome> outcomes) {

  public record Choice(String code, String label) {}

  public record Outcome(String key, String label, String group) {}

  static ChoicesJson of(int year) {
    return new ChoicesJson(
        year,
        choices(ReceiptChannel.values()),
        choices(ApplicantType.values()),
        choices(PauseKind.values()),
        choices(AppealKind.values()),
        choices(AppealResult.values()),
        choices(FileKind.values()),
        Outcomes.of(year).stream().map(ChoicesJson::outcome).toList());
  }

  private static List<Choice> choices(Coded[] values) {
    return Arrays.stream(values).map(c -> new Choice(c.code(), c.label())).toList();
  }

  private static Outcome outcome(Row row) {
    List<String> groups = row.groups();
    return new Outcome(
        row.key(), row.label(), groups.size() > 1 ? groups.get(groups.size() - 1) : null);
  }
}
