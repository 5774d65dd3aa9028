package io.gongkai.requests.entity;

import java.util.Optional;

/**
 * How the applicant wants to receive the information (获取信息的方式). Post and express need a postal
 * address, e-mail an e-mail address.
 */
public enum Delivery implements Coded {
  POST("post", "邮寄"),
  EXPRESS("express", "快递"),
  EMAIL("email", "电子邮件"),
  FAX("fax", "传真"),
  PICKUP("pickup", "自行领取"),
  ON_SITE("on-site", "当场阅读、抄录");

  private final String code;
  private final String label;

  Delivery(String code, String label) {
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

  public boolean needsPostalAddress() {
    return this == POST || this == EXPRESS;
  }

  public static Optional<Delivery> of(String code) {
    return Coded.of(values(), code);
  }
}
