package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.search.control.SearchQueries.Strictness;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** How a query's own ranking and plain bigram BM25 are fused into its first results. */
class FusionTest {

  private final TinyIndex index =
      new TinyIndex()
          .add("农村公路养护工程管理办法", "农村公路养护工程的计划、实施和验收。")
          .add("公路养护工程处公路养护工程决算", "公路养护工程处本年度公路养护工程支出120万元。")
          .add("关于做好防汛工作的通知", "各乡镇要做好防汛抗旱准备工作。")
          .add("生态环境局行政处罚决定书", "当事人违反环境保护法律法规。")
          .add("环保宣传进社区活动", "开展环保宣传，倡导绿色生活。")
          .add("关于印发办公用房管理办法的通知", "现将办法印发给你们。", "句机服〔2019〕3号")
          .add("关于印发公务用车管理办法的通知", "现将办法印发给你们。", "句机服〔2019〕4号");

  private List<String> fused(String q) {
    QueryText typed = index.queries.understand(q);
    Query own = index.queries.text(typed, index.searcher().getIndexReader(), Strictness.RANKED);
    Fusion.Window w = fusion(typed, own);
    return w == null ? null : index.titlesOf(w.query());
  }

  private Fusion.Window fusion(QueryText typed, Query own) {
    return Fusion.of(
        index.searcher(), own, SearchQueries.visibleAt(Instant.now()), typed, index.queries);
  }

  @Test
  void aPageTheQuerysWordsMissJoinsItsFirstResultsWhenItsBigramsRankIt() {
    // 管理 is in no word of the 决算, so the query's own ranking does not have it at all
    String q = "公路养护工程管理";
    assertThat(
            index.titlesOf(
                index.queries.text(q, index.searcher().getIndexReader(), Strictness.RANKED)))
        .containsExactly("农村公路养护工程管理办法");

    // and pages sharing only 管理 follow, as plain BM25 has them
    assertThat(fused(q)).startsWith("农村公路养护工程管理办法", "公路养护工程处公路养护工程决算").contains("关于印发办公用房管理办法的通知");
  }

  @Test
  void pagesBothRankingsHoldComeFirst() {
    String q = "公路养护工程管理";
    // by bigrams alone the 决算 is first (公路养护工程 four times in a short page)
    assertThat(index.titlesOf(Fusion.bm25(index.queries.understand(q))))
        .first()
        .isEqualTo("公路养护工程处公路养护工程决算");

    assertThat(fused(q)).first().isEqualTo("农村公路养护工程管理办法");
  }

  @Test
  void aQueryThatFindsNothingIsNotFused() {
    QueryText typed = index.queries.understand("出入境 证件 办理");
    Query own = index.queries.text(typed, index.searcher().getIndexReader(), Strictness.RANKED);

    Fusion.Window w = fusion(typed, own);

    assertThat(w.found()).isZero();
    assertThat(w.query()).isSameAs(own);
  }

  @Test
  void aPlanThatMatchedMoreThanTheBoundIsAnsweredUnfused() {
    java.util.List<Query> fusedWith = new java.util.ArrayList<>();
    Query own = new org.apache.lucene.search.MatchAllDocsQuery();
    Query fused = new org.apache.lucene.search.MatchNoDocsQuery();
    Retrieval.Plan plan =
        new Retrieval.Plan(
            own,
            false,
            null,
            null,
            q -> {
              fusedWith.add(q);
              return new Fusion.Window(fused, 1);
            });

    long many =
        Retrieval.answer(
            List.of(() -> plan), p -> p.query() == own ? Retrieval.FUSE_MAX + 1L : -1L, n -> n);
    long few = Retrieval.answer(List.of(() -> plan), p -> p.query() == own ? 12L : -1L, n -> n);

    assertThat(many).isEqualTo(Retrieval.FUSE_MAX + 1L);
    assertThat(few).as("the fused query ran").isEqualTo(-1L);
    assertThat(fusedWith).containsExactly(own);
  }

  @Test
  void oneWordADocumentNumberAndANameTheSynonymListKnowsWithAWordOrTwoAreRankedByTheQueryAlone() {
    assertThat(fused("防汛")).isNull();
    // bigrams would bring the other 〔2019〕 notice
    assertThat(fused("句机服[2019]3号")).isNull();
    // bigrams would bring the page that says 环保 without being about the 局
    assertThat(fused("环保局 处罚")).isNull();
  }

  @Test
  void aDescriptionNamingAnAgencyIsFusedWithTheBigramsOfPagesThatNameItInAnyOfItsNames() {
    String q = "环保局 环保 宣传 行政处罚";
    QueryText typed = index.queries.understand(q);
    // plain bigrams rank the page that only says 环保 …
    assertThat(index.titlesOf(Fusion.bm25(typed))).contains("环保宣传进社区活动");

    // … where the name filters, in any of its names (the 局 is called 生态环境局 now)
    assertThat(index.titlesOf(Fusion.bm25(typed, index.queries.synonymsIn(typed))))
        .containsExactly("生态环境局行政处罚决定书");
    assertThat(fused(q)).first().isEqualTo("生态环境局行政处罚决定书");
    assertThat(fused(q)).doesNotContain("环保宣传进社区活动");
  }

  @Test
  void anAgencysAccountsNamedAsItsDepartmentStayFirstForALookUpByPlaceAndYear() {
    TinyIndex accounts =
        new TinyIndex()
            .add("2022年度 句容市商务部门决算", "句容市商务部门包括局机关和下属事业单位。")
            .add("江津区商务委员会2022年度部门决算公开说明", "江津区商务委员会部门决算。")
            .add("云阳县商务委员会2022年度部门决算公开说明", "云阳县商务委员会部门决算。")
            .add("关于做好防汛工作的通知", "各乡镇要做好防汛抗旱准备工作。");
    String q = "句容市商务局 2022年度决算";
    QueryText typed = accounts.queries.understand(q);
    // the accounts print 商务部门, no name of the 商务局's group: bigrams hold them all the same …
    assertThat(accounts.titlesOf(Fusion.bm25(typed, accounts.queries.synonymsIn(typed))))
        .first()
        .isEqualTo("2022年度 句容市商务部门决算");
    // … so fusing keeps the place's own accounts above the other agencies' that name the group
    Query own =
        accounts.queries.text(typed, accounts.searcher().getIndexReader(), Strictness.RANKED);
    Fusion.Window w =
        Fusion.of(
            accounts.searcher(),
            own,
            SearchQueries.visibleAt(Instant.now()),
            typed,
            accounts.queries);
    assertThat(accounts.titlesOf(w.query())).first().isEqualTo("2022年度 句容市商务部门决算");
    assertThat(Fusion.names(List.of("商务局", "商务委员会"))).contains("商务部门");
  }
}
