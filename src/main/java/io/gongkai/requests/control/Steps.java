package io.gongkai.requests.control;

import java.time.LocalDate;

/** The bodies of the register's actions on one request. */
public final class Steps {

  private Steps() {}

  /**
   * Stops the clock: {@code kind} is {@code correction}, {@code consultation} or {@code fee};
   * {@code dueOn} the deadline the notice gives (required for a correction; by default 15 working
   * days for a consultation, 20 for a fee).
   */
  public record PauseInput(String kind, LocalDate startedOn, LocalDate dueOn, String note) {}

  /** The day the corrected request, the third party's reply or the payment arrived. */
  public record PauseEnd(LocalDate endedOn) {}

  /** The extension a reviewer approves (第三十三条): working days, reason and the day decided. */
  public record ExtensionInput(Integer days, String reason, LocalDate extendedOn) {}

  /** The outcome (a row key of table 三) and the day the reply was given. */
  public record AnswerInput(String outcome, LocalDate repliedOn) {}

  /**
   * A review or lawsuit: {@code review}, {@code litigationDirect} or {@code litigationAfterReview}.
   */
  public record AppealInput(String kind, LocalDate filedOn) {}

  /** Its result: {@code upheld}, {@code corrected}, {@code other} or {@code pending}. */
  public record AppealDecision(String result, LocalDate decidedOn) {}
}
