package io.gongkai.requests.entity;

import java.util.Optional;

/**
 * What a file of a request is: the applicant's letter and its enclosures (申请书、申请材料), the reply
 * (答复书), a notice sent on the way (告知书、补正通知书、延期通知书) or other material.
 */
public enum FileKind implements Coded {
  LETTER("letter", "申请书/申请材料"),
  REPLY("reply", "答复书"),
  NOTICE("notice", "告知书/通知书"),
  OTHER("other", "其他材料");

  private final String code;
  private final String label;

  FileKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<FileKind> of(String code) {
    return Coded.of(values(), code);
  }
}
