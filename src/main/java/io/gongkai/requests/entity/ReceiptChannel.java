package io.gongkai.requests.entity;

import java.util.Optional;

/**
 * How a request arrived; the receipt date follows from it (《政府信息公开条例》 第三十一条): the day it is handed
 * in, the day a posted letter is signed for, the day an online request is confirmed.
 */
public enum ReceiptChannel implements Coded {
  IN_PERSON("in-person", "当面提交"),
  POST("post", "邮寄"),
  ONLINE("online", "网络"),
  FAX("fax", "传真"),
  OTHER("other", "其他");

  private final String code;
  private final String label;

  ReceiptChannel(String code, String label) {
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

  public static Optional<ReceiptChannel> of(String code) {
    return Coded.of(values(), code);
  }
}
