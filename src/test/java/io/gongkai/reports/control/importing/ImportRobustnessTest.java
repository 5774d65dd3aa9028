package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.platform.Messages;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Input that is not a report gives no tables and ERROR notes, never an exception. */
class ImportRobustnessTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void emptyText() {
    assertNoTables(parser.parse(""));
    assertNoTables(parser.parse(null));
  }

  @Test
  void newsArticle() {
    ImportResult result =
        parser.parse(
            """
        我市召开2023年优化营商环境工作推进会
        3月15日，市政府召开全市优化营商环境工作推进会。会议指出，2022年全市新增市场主体12万户，
        同比增长8.5%。会议要求，各部门要进一步提高政务服务效能，持续深化“放管服”改革。
        第 1 页 共 1 页
        """);
    assertNoTables(result);
    assertThat(result.year()).isEqualTo(2023);
  }

  @Test
  void binaryGarbage() {
    byte[] bytes = new byte[20_000];
    new Random(42).nextBytes(bytes);
    assertNoTables(parser.parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
    assertNoTables(parser.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    assertNoTables(
        new ReportHtmlParser().parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void blankMarksAreNullNotZeroAndSignsAndUnitsKeepTheirNumber() {
    ImportResult result =
        parser.parse(
            """
        2020年政府信息公开工作年度报告
        二、主动公开政府信息情况
        第二十条第（一）项
        信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
        规章 | - | _ | / |
        规范性文件 | 1 | 2 | 3 |
        第二十条第（五）项
        信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
        行政许可 | 21 | +19 | 40 |
        其他对外管理服务事项 | 5 | -3 | 0 |
        第二十条第（九）项
        信息内容 | 采购项目数量 | 采购总金额 |
        政府集中采购 | 2 | 160.5964万元 |
        """);
    assertThat(result.tables().hasCell("proactive", "regulations", "madeThisYear")).isTrue();
    assertThat(result.tables().get("proactive", "regulations", "madeThisYear")).isEmpty();
    assertThat(result.tables().get("proactive", "licensing", "changeThisYear"))
        .contains(new BigDecimal("19"));
    assertThat(result.tables().get("proactive", "otherServices", "changeThisYear"))
        .contains(new BigDecimal("-3"));
    assertThat(result.tables().get("proactive", "procurement", "procurementAmount"))
        .contains(new BigDecimal("160.5964"));
    assertThat(result.notes()).anyMatch(n -> "fees".equals(n.row()));
  }

  @Test
  void formatOfTheTablesDisagreeingWithTheYearIsAWarning() {
    ImportResult result =
        parser.parse(
            """
        2022年度政府信息公开工作年度报告
        第二十条第（一）项
        信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
        规章 | 0 | 0 | 0 |
        """);
    assertThat(result.format()).isEqualTo("2019");
    assertThat(result.notes())
        .anyMatch(
            n ->
                n.level().equals(ImportNote.WARNING)
                    && n.shown(Messages.DEFAULT).message().contains("2021")
                    && n.shown(Messages.DEFAULT).message().contains("格式"));
  }

  private static void assertNoTables(ImportResult result) {
    assertThat(result.tables().values()).isEmpty();
    assertThat(result.notes()).anyMatch(n -> ImportNote.ERROR.equals(n.level()));
  }
}
