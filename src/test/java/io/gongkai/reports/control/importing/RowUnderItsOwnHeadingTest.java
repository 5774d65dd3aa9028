package io.gongkai.reports.control.importing;

import static io.gongkai.reports.control.importing.ReadRows.nums;
import static io.gongkai.reports.control.importing.ReadRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Table 三 printed one small table per row, each under a heading that names the row (Markdown from a
 * PDF, found/complete2/shuyang-xzf-2025): the label's first occurrence is the heading, and the
 * figures follow its second.
 */
class RowUnderItsOwnHeadingTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void aRowNamedByAHeadingIsReadFromTheSmallTableUnderIt() {
    ImportResult result =
        parser.parse(
            """
            2025年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况

            ### 一、本年新收政府信息公开申请数量
            | 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
            |---|---|---|---|---|---|---|---|
            | 本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |

            ### 二、上年结转政府信息公开申请数量
            | 上年结转政府信息公开申请数量 | 36 | 0 | 0 | 0 | 0 | 0 | 36 |

            ### 三、本年度办理结果
            ### (一) 予以公开
            | 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |
            |---|---|---|---|---|---|---|---|
            | 予以公开 | 290 | 1 | 0 | 0 | 3 | 0 | 294 |
            """);

    assertThat(row(result, "requests", "received")).isEqualTo(nums(705, 3, 0, 0, 5, 0, 713));
    assertThat(row(result, "requests", "carriedOver")).isEqualTo(nums(36, 0, 0, 0, 0, 0, 36));
    assertThat(row(result, "requests", "disclosed")).isEqualTo(nums(290, 1, 0, 0, 3, 0, 294));
  }

  @Test
  void aLabelRepeatedOnlyAfterTheNextRowIsNotTakenForItsRow() {
    ImportResult result =
        parser.parse(
            """
            2025年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量
            二、上年结转政府信息公开申请数量 | 36 | 0 | 0 | 0 | 0 | 0 | 36 |
            本年新收政府信息公开申请数量 | 705 | 3 | 0 | 0 | 5 | 0 | 713 |
            """);

    assertThat(result.tables().hasRow("requests", "received")).isFalse();
    assertThat(row(result, "requests", "carriedOver")).isEqualTo(nums(36, 0, 0, 0, 0, 0, 36));
  }
}
