package io.gongkai.requests.entity;

import java.util.Optional;

/**
 * Who asked, as the six columns of table 三 count them (申请人情况: 自然人; 法人或其他组织 — 商业企业, 科研机构, 社会公益组织,
 * 法律服务机构, 其他). The code is the column's key in the report's JSON, so a request counts into its
 * column without a mapping.
 */
public enum ApplicantType implements Coded {
  NATURAL_PERSON("naturalPerson", "自然人"),
  ENTERPRISE("enterprise", "商业企业"),
  RESEARCH_INSTITUTION("researchInstitution", "科研机构"),
  PUBLIC_INTEREST_ORGANISATION("publicInterestOrganisation", "社会公益组织"),
  LEGAL_SERVICE_PROVIDER("legalServiceProvider", "法律服务机构"),
  OTHER_ORGANISATION("otherOrganisation", "其他");

  private final String code;
  private final String label;

  ApplicantType(String code, String label) {
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

  public static Optional<ApplicantType> of(String code) {
    return Coded.of(values(), code);
  }
}
