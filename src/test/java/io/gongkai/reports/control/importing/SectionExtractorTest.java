package io.gongkai.reports.control.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.platform.Messages;
import org.junit.jupiter.api.Test;

/** The text sections, and section 五 when a conversion dropped its heading. */
class SectionExtractorTest {

  private final ReportTextParser parser = new ReportTextParser();

  @Test
  void sectionFiveWithoutItsHeadingIsTheTextBetweenTableFourAndSectionSix() {
    ImportResult result =
        parser.parse(
            """
            2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作有序开展。
            四、政府信息公开行政复议、行政诉讼情况
            | 维持 | 纠正 | 结果 | 审结 |
            | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            |---|---|---|---|
            （一）主要问题
            栏目结构不能满足需要。
            （二）改进情况
            调整目录。
            六、其他需要报告的事项
            无。
            """);

    assertThat(result.sections().get("problems")).isEqualTo("（一）主要问题\n栏目结构不能满足需要。\n（二）改进情况\n调整目录。");
    assertThat(result.notes())
        .anyMatch(n -> "problems".equals(n.table()) && ImportNote.INFO.equals(n.level()));
  }

  @Test
  void noSectionFiveIsTakenWhenTableFourShowsNoValues() {
    ImportResult result =
        parser.parse(
            """
            2024年政府信息公开工作年度报告
            一、总体情况
            本年度工作有序开展。
            四、政府信息公开行政复议、行政诉讼情况
            本年度未发生行政复议、行政诉讼。
            六、其他需要报告的事项
            无。
            """);

    assertThat(result.sections()).containsKeys("overview", "other").doesNotContainKey("problems");
    assertThat(result.notes())
        .anyMatch(
            n ->
                "problems".equals(n.table())
                    && n.shown(Messages.ENGLISH).message().contains("not found")
                    && n.shown(Messages.CHINESE).message().contains("没有找到"));
  }

  @Test
  void headingsThatNameTheWorkBeforeTheirTitleAreHeadings() {
    ImportResult result =
        parser.parse(
            """
            2025年政府信息公开工作年度报告
            一、政府信息公开工作总体情况
            本年度工作有序开展。
            五、政府信息公开工作存在的主要问题及改进情况
            回复效率有待提高。
            六、其他需要报告的事项
            无。
            """);

    assertThat(result.sections().get("overview")).isEqualTo("本年度工作有序开展。");
    assertThat(result.sections().get("problems")).isEqualTo("回复效率有待提高。");
    assertThat(result.sections().get("other")).isEqualTo("无。");
  }
}
