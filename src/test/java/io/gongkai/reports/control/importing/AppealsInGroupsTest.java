package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Table 四 printed as three small tables, one per group of five under its own heading, as a PDF
 * converted to Markdown gives it (沭阳县人民政府 2025).
 */
class AppealsInGroupsTest {

  private final ReportTextParser parser = new ReportTextParser();

  private static String report(String first, String second, String third) {
    return """
        2025年政府信息公开工作年度报告

        ## 四、政府信息公开行政复议、行政诉讼情况

        ### %s
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        |----------|----------|----------|----------|------|
        | 27 | 10 | 9 | 15 | 61 |

        ### %s
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        |----------|----------|----------|----------|------|
        | 3 | 0 | 0 | 0 | 3 |

        ### %s
        | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        |----------|----------|----------|----------|------|
        | 8 | 0 | 1 | 1 | 10 |

        ## 五、政府信息公开工作存在的主要问题及改进情况

        无。
        """
        .formatted(first, second, third);
  }

  @Test
  void eachGroupIsReadFromItsOwnSmallTable() {
    ImportResult result = parser.parse(report("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"));

    assertThat(row(result, "appeals", "review")).isEqualTo(nums(27, 10, 9, 15, 61));
    assertThat(row(result, "appeals", "litigationDirect")).isEqualTo(nums(3, 0, 0, 0, 3));
    assertThat(row(result, "appeals", "litigationAfterReview")).isEqualTo(nums(8, 0, 1, 1, 10));
  }

  @Test
  void groupsNotNamedInTheFormatsOrderAreNotRead() {
    ImportResult result = parser.parse(report("行政复议", "行政诉讼（复议后起诉）", "行政诉讼（未经复议直接起诉）"));

    assertThat(row(result, "appeals", "review")).isEmpty();
    assertThat(row(result, "appeals", "litigationDirect")).isEmpty();
  }
}
