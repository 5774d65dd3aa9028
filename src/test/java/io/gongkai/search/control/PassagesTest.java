package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A description nothing else answers is answered by the pages where most of it stands together. */
class PassagesTest {

  private static final String FILLER = "全年各项工作稳步推进，群众满意度持续提升，".repeat(3);

  private final TinyIndex index =
      new TinyIndex()
          .add("2024年某街道部门预算", "本年度三公经费预算较上年增加，主要是街道合并后接待任务增加。")
          .add(
              "县财政局年度工作总结",
              "严格控制三公支出。" + FILLER + "经费保障有力。" + FILLER + "预算执行良好。" + FILLER + "街道工作有序。")
          .add("关于做好防汛工作的通知", "各乡镇要做好防汛抗旱准备工作。");

  private static final String DESCRIPTION = "三公经费预算 涨了两倍 街道办也算进来了";

  @Test
  void theWordsAPageHoldsMustStandTogetherThere() {
    QueryText q = index.queries.understand(DESCRIPTION);
    assertThat(index.titlesOf(Passages.of(q, index.searcher().getIndexReader())))
        .containsExactly("2024年某街道部门预算");
  }

  @Test
  void aDescriptionWhoseWordingNoPageHoldsIsAnsweredByThePassageAndSaysItIsPartial() {
    // 两倍, 进来: no page holds them, so no other way of answering finds anything
    assertThat(index.titles(DESCRIPTION, SearchQueries.Strictness.RELAXED)).isEmpty();
    assertThat(index.answer(DESCRIPTION)).containsExactly("2024年某街道部门预算");
    assertThat(index.relaxed(DESCRIPTION)).isTrue();
  }

  @Test
  void twoWordsTogetherAreNotAPassage() {
    QueryText q = index.queries.understand("三公经费 没人管 乱花了");
    assertThat(Passages.of(q, index.searcher().getIndexReader())).isNull();
  }

  @Test
  void aTermNoPageHoldsIsWhatTheQueryIsAboutAndNoPassageAnswersIt() {
    TinyIndex services =
        new TinyIndex().add("户口登记办理流程", "户口登记的办理流程和所需材料。").add("婚姻登记办理流程", "婚姻登记的办理流程和所需材料。");
    // 登记, 办理, 流程 stand together on both pages, but 不动产 is on none
    QueryText q = services.queries.understand("不动产登记 办理流程 所需材料");
    assertThat(Passages.of(q, services.searcher().getIndexReader())).isNull();
    assertThat(services.answer("不动产登记 办理流程 所需材料")).isEmpty();
  }
}
