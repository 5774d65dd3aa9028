package io.gongkai.requests.entity;

import java.util.Optional;

/**
 * Why a request's clock stops. A correction (补正, 第三十条) restarts the clock on the day the corrected
 * request arrives; a third-party consultation (第三十二条) and a fee notice (国办函〔2020〕109号) only suspend
 * it, and the days they took are added to the deadline.
 */
public enum PauseKind implements Coded {
  CORRECTION("correction", "补正", 0),
  CONSULTATION("consultation", "征求第三方意见", 15),
  FEE("fee", "收费通知", 20);

  private final String code;
  private final String label;
  private final int allowedWorkingDays;

  PauseKind(String code, String label, int allowedWorkingDays) {
    this.code = code;
    this.label = label;
    this.allowedWorkingDays = allowedWorkingDays;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The working days the other side has (15 to answer a consultation, 20 to pay); 0: set by the
   * notice.
   */
  public int allowedWorkingDays() {
    return allowedWorkingDays;
  }

  public boolean restartsTheClock() {
    return this == CORRECTION;
  }

  public static Optional<PauseKind> of(String code) {
    return Coded.of(values(), code);
  }
}
