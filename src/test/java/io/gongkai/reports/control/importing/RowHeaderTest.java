package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.reports.entity.ReportFormat.Column;
import io.gongkai.reports.entity.ReportFormats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of table 三 printed as small Markdown tables of their own, under a heading naming the row.
 */
class RowHeaderTest {

  private static final List<Column> COLUMNS =
      ReportFormats.FORMAT_2021.table("requests").orElseThrow().blocks().get(0).columns();

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aGenericHeaderThatNumbersTheColumnsInOrderIsSkipped() {
    ImportResult result =
        parser.parse(
            rows("| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |", "| 71 | 3 | 0 | 0 | 0 | 0 | 74 |"));

    assertThat(row(result, "requests", "received")).isEqualTo(nums(71, 3, 0, 0, 0, 0, 74));
    assertThat(row(result, "requests", "carriedOver")).isEqualTo(nums(1, 0, 0, 0, 0, 0, 1));
  }

  @Test
  void aHeaderThatNamesTheColumnsInTheFormatsOrderIsSkipped() {
    ImportResult result =
        parser.parse(
            rows(
                "| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
                "| 71 | 3 | 0 | 0 | 0 | 0 | 74 |"));

    assertThat(row(result, "requests", "received")).isEqualTo(nums(71, 3, 0, 0, 0, 0, 74));
  }

  @Test
  void aHeaderInAnotherOrderLeavesTheRowUnread() {
    ImportResult result =
        parser.parse(
            rows("| 总计 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 |", "| 74 | 71 | 3 | 0 | 0 | 0 | 0 |"));

    assertThat(result.tables().hasRow("requests", "received")).isFalse();
    assertThat(result.notes()).anyMatch(n -> "received".equals(n.row()));
  }

  @Test
  void aRowOfValuesAboveARuleStaysValues() {
    List<Token> tokens = Tokenizer.tokenize("| 0 | 1 | 2 |\n|---|---|---|\n");

    assertThat(tokens).allMatch(Token::isNumber).noneMatch(Token::header);
  }

  @Test
  void aHeaderCellKeepsItsDigitsAsText() {
    List<Token> tokens = Tokenizer.tokenize("| 数据1 | 总计 |\n|---|---|\n| 5 | 5 |\n");

    assertThat(tokens.get(0)).extracting(Token::text, Token::header).containsExactly("数据1", true);
    assertThat(RowHeader.names("数据7", 6, COLUMNS.get(6))).isTrue();
    assertThat(RowHeader.names("数据1", 6, COLUMNS.get(6))).isFalse();
    assertThat(RowHeader.names("总计", 6, COLUMNS.get(6))).isTrue();
  }

  private static String rows(String header, String values) {
    return """
        # 2022年政府信息公开工作年度报告
        ## 三、收到和处理政府信息公开申请情况
        ### 一、本年新收政府信息公开申请数量

        %s
        |---|---|---|---|---|---|---|
        %s

        ### 二、上年结转政府信息公开申请数量

        | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
        |---|---|---|---|---|---|---|
        | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
        """
        .formatted(header, values);
  }
}
