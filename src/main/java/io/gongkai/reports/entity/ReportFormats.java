package io.gongkai.reports.entity;

import io.gongkai.reports.entity.ReportFormat.Block;
import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormat.Orientation;
import io.gongkai.reports.entity.ReportFormat.Part;
import io.gongkai.reports.entity.ReportFormat.Row;
import io.gongkai.reports.entity.ReportFormat.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The national formats: 国办公开办函〔2019〕60号 for report years 2019–2020 and 国办公开办函〔2021〕30号 from 2021.
 * Labels and order follow the official forms.
 */
public final class ReportFormats {

  private static final String APPLICANTS = "申请人情况";
  private static final String ORGANISATIONS = "法人或其他组织";
  private static final String RESULTS = "三、本年度办理结果";

  /** Table 三's columns: the same in both formats. */
  static final List<Column> REQUEST_COLUMNS =
      List.of(
          new Column("naturalPerson", "自然人", List.of(APPLICANTS), ValueKind.COUNT),
          new Column("enterprise", "商业企业", List.of(APPLICANTS, ORGANISATIONS), ValueKind.COUNT),
          new Column(
              "researchInstitution", "科研机构", List.of(APPLICANTS, ORGANISATIONS), ValueKind.COUNT),
          new Column(
              "publicInterestOrganisation",
              "社会公益组织",
              List.of(APPLICANTS, ORGANISATIONS),
              ValueKind.COUNT),
          new Column(
              "legalServiceProvider",
              "法律服务机构",
              List.of(APPLICANTS, ORGANISATIONS),
              ValueKind.COUNT),
          new Column(
              "otherOrganisation", "其他", List.of(APPLICANTS, ORGANISATIONS), ValueKind.COUNT),
          new Column("total", "总计", List.of(APPLICANTS), ValueKind.COUNT));

  /** The header above table 二's row labels. */
  private static final String CONTENT = "信息内容";

  /** The corner of table 三, above its row labels: the rule its columns follow. */
  static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  public static final ReportFormat FORMAT_2019 =
      format("2019", "国办公开办函〔2019〕60号", 2019, 2020, proactive2019(), requests(false), appeals());

  public static final ReportFormat FORMAT_2021 =
      format("2021", "国办公开办函〔2021〕30号", 2021, 9999, proactive2021(), requests(true), appeals());

  public static final List<ReportFormat> ALL = List.of(FORMAT_2019, FORMAT_2021);

  private ReportFormats() {}

  public static Optional<ReportFormat> forYear(int year) {
    return ALL.stream().filter(f -> f.covers(year)).findFirst();
  }

  public static Optional<ReportFormat> byId(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The six parts of both forms: 一 总体情况, the tables 二 to 四, 五 问题及改进, 六 其他事项. */
  private static ReportFormat format(
      String id,
      String basis,
      int first,
      int last,
      Table proactive,
      Table requests,
      Table appeals) {
    List<Part> outline =
        List.of(
            Part.text("一、总体情况", "overview"),
            Part.of(proactive),
            Part.of(requests),
            Part.of(appeals),
            Part.text("五、存在的主要问题及改进情况", "problems"),
            Part.text("六、其他需要报告的事项", "other"));
    return new ReportFormat(id, basis, first, last, outline, List.of(proactive, requests, appeals));
  }

  private static Table proactive2019() {
    List<Column> projects =
        List.of(
            new Column("previousYearCount", "上一年项目数量", List.of(), ValueKind.COUNT),
            new Column("changeThisYear", "本年增/减", List.of(), ValueKind.SIGNED_COUNT),
            new Column("decisions", "处理决定数量", List.of(), ValueKind.COUNT));
    return new Table(
        "proactive",
        "二",
        "主动公开政府信息情况",
        CONTENT,
        Orientation.DOWN,
        List.of(
            new Block(
                "第二十条第（一）项",
                List.of(
                    new Column("madeThisYear", "本年新制作数量", List.of(), ValueKind.COUNT),
                    new Column("publishedThisYear", "本年新公开数量", List.of(), ValueKind.COUNT),
                    new Column("totalPublished", "对外公开总数量", List.of(), ValueKind.COUNT)),
                rows("regulations", "规章", "normativeDocuments", "规范性文件")),
            new Block(
                "第二十条第（五）项", projects, rows("licensing", "行政许可", "otherServices", "其他对外管理服务事项")),
            new Block("第二十条第（六）项", projects, rows("punishment", "行政处罚", "coercion", "行政强制")),
            new Block("第二十条第（八）项", projects.subList(0, 2), rows("fees", "行政事业性收费")),
            new Block(
                "第二十条第（九）项",
                List.of(
                    new Column("procurementProjects", "采购项目数量", List.of(), ValueKind.COUNT),
                    new Column("procurementAmount", "采购总金额", List.of(), ValueKind.AMOUNT)),
                rows("procurement", "政府集中采购"))));
  }

  private static Table proactive2021() {
    List<Column> decisions =
        List.of(new Column("decisions", "本年处理决定数量", List.of(), ValueKind.COUNT));
    return new Table(
        "proactive",
        "二",
        "主动公开政府信息情况",
        CONTENT,
        Orientation.DOWN,
        List.of(
            new Block(
                "第二十条第（一）项",
                List.of(
                    new Column("issuedThisYear", "本年制发件数", List.of(), ValueKind.COUNT),
                    new Column("repealedThisYear", "本年废止件数", List.of(), ValueKind.COUNT),
                    new Column("inForce", "现行有效件数", List.of(), ValueKind.COUNT)),
                rows("regulations", "规章", "normativeDocuments", "行政规范性文件")),
            new Block("第二十条第（五）项", decisions, rows("licensing", "行政许可")),
            new Block("第二十条第（六）项", decisions, rows("punishment", "行政处罚", "coercion", "行政强制")),
            new Block(
                "第二十条第（八）项",
                List.of(new Column("feeAmount", "本年收费金额（单位：万元）", List.of(), ValueKind.AMOUNT)),
                rows("fees", "行政事业性收费"))));
  }

  private static Table requests(boolean format2021) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("received", "一、本年新收政府信息公开申请数量", List.of()));
    rows.add(new Row("carriedOver", "二、上年结转政府信息公开申请数量", List.of()));
    rows.add(new Row("disclosed", "（一）予以公开", List.of(RESULTS)));
    rows.add(new Row("partlyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", List.of(RESULTS)));
    group(
        rows,
        "（三）不予公开",
        "withheld",
        List.of(
            "stateSecret", "1.属于国家秘密",
            "prohibitedByLaw", "2.其他法律行政法规禁止公开",
            "securityAndStability", "3.危及“三安全一稳定”",
            "thirdPartyRights", "4.保护第三方合法权益",
            "internalAffairs", "5.属于三类内部事务信息",
            "processInformation", "6.属于四类过程性信息",
            "enforcementFiles", "7.属于行政执法案卷",
            "administrativeQuery", "8.属于行政查询事项"));
    group(
        rows,
        "（四）无法提供",
        "unableToProvide",
        List.of(
            "notHeld", "1.本机关不掌握相关政府信息",
            "needsCreation", "2.没有现成信息需要另行制作",
            "stillUnclear", "3.补正后申请内容仍不明确"));
    group(
        rows,
        "（五）不予处理",
        "notProcessed",
        List.of(
            "petitionOrComplaint", "1.信访举报投诉类申请",
            "repeated", "2.重复申请",
            "publication", "3.要求提供公开出版物",
            "excessive", "4.无正当理由大量反复申请",
            "confirmation", "5.要求行政机关确认或重新出具已获取信息"));
    if (format2021) {
      group(
          rows,
          "（六）其他处理",
          "other",
          List.of(
              "noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
              "other", "3.其他"));
    } else {
      rows.add(new Row("other", "（六）其他处理", List.of(RESULTS)));
    }
    rows.add(new Row("total", "（七）总计", List.of(RESULTS)));
    rows.add(new Row("carriedForward", "四、结转下年度继续办理", List.of()));
    return new Table(
        "requests",
        "三",
        "收到和处理政府信息公开申请情况",
        REQUESTS_NOTE,
        Orientation.DOWN,
        List.of(new Block(null, REQUEST_COLUMNS, rows)));
  }

  private static Table appeals() {
    List<Column> columns =
        List.of(
            new Column("upheld", "结果维持", List.of(), ValueKind.COUNT),
            new Column("corrected", "结果纠正", List.of(), ValueKind.COUNT),
            new Column("other", "其他结果", List.of(), ValueKind.COUNT),
            new Column("pending", "尚未审结", List.of(), ValueKind.COUNT),
            new Column("total", "总计", List.of(), ValueKind.COUNT));
    List<Row> rows =
        List.of(
            new Row("review", "行政复议", List.of()),
            new Row("litigationDirect", "未经复议直接起诉", List.of("行政诉讼")),
            new Row("litigationAfterReview", "复议后起诉", List.of("行政诉讼")));
    return new Table(
        "appeals",
        "四",
        "政府信息公开行政复议、行政诉讼情况",
        null,
        Orientation.ACROSS,
        List.of(new Block(null, columns, rows)));
  }

  private static void group(List<Row> rows, String label, String prefix, List<String> keyLabels) {
    for (int i = 0; i < keyLabels.size(); i += 2) {
      rows.add(
          new Row(prefix + "." + keyLabels.get(i), keyLabels.get(i + 1), List.of(RESULTS, label)));
    }
  }

  private static List<Row> rows(String... keyLabels) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < keyLabels.length; i += 2) {
      rows.add(new Row(keyLabels[i], keyLabels[i + 1], List.of()));
    }
    return rows;
  }
}
