package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.search.control.SearchQueries.Strictness;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How a query is matched and ranked, on a few documents indexed as the application indexes them.
 */
class SearchQueriesTest {

  private final TinyIndex index =
      new TinyIndex()
          .add("城乡居民基本养老保险办理指南", "参保人员可到社区办理养老保险登记。")
          .add("失业保险金申领流程", "失业人员办理失业保险金申领。")
          .add("关于做好防汛工作的通知", "各乡镇要做好防汛抗旱准备工作。")
          .add("森林火灾应急预案", "为有效预防和处置森林火灾，制定本预案。")
          .add("突发地质灾害应急预案", "地质灾害应急响应分为Ⅰ级、Ⅱ级、Ⅲ级和Ⅳ级。")
          .add("生态环境局行政处罚决定书", "当事人违反环境保护法律法规。")
          .add("关于印发办公用房管理办法的通知", "现将办法印发给你们。", "句机服〔2019〕3号")
          .add("兴县人民政府工作报告", "兴县县委县政府。")
          .add("长兴县人民政府工作报告", "长兴县县委县政府。")
          .add("第一季度工作安排", "各科室按照工作安排开展工作。")
          .add("第二季度工作安排", "各科室按照工作安排开展工作。")
          .add("第三季度工作安排", "各科室按照工作安排开展工作。")
          .add("第四季度工作安排", "各科室按照工作安排开展工作。");

  @Nested
  class Degrading {

    @Test
    void aQuestionFindsThePageThatAnswersItWithoutItsQuestionWords() {
      assertThat(index.answer("养老保险怎么办理")).first().isEqualTo("城乡居民基本养老保险办理指南");
    }

    @Test
    void aLongQueryFindsPagesThatLackOneOfItsCommonWords() {
      assertThat(index.titles("森林火灾应急预案工作安排", Strictness.RANKED)).first().isEqualTo("森林火灾应急预案");
    }

    @Test
    void pagesThatMatchEverythingComeBeforePagesThatMatchMostOfIt() {
      assertThat(index.titles("地质灾害 应急 预案 响应", Strictness.RANKED)).first().isEqualTo("突发地质灾害应急预案");
    }

    @Test
    void aShortQueryStaysStrict() {
      assertThat(index.titles("养老 失业", Strictness.RANKED)).isEmpty();
    }

    @Test
    void wordsThatOnlyAskWhenOrHowUsuallyAreNotSearchedFor() {
      // 一般 and 几月 are no page's subject: a question about the flood season finds the flood notice
      assertThat(index.answer("防汛工作一般到几月")).first().isEqualTo("关于做好防汛工作的通知");
    }

    @Test
    void aLongQueryInWordsNoPageUsesFindsThePageHoldingMostOfItsBigrams() {
      // 起火 and 方案 stand in no page; 森林, 预防 and 处置 stand in one
      assertThat(index.answer("森林起火预防处置方案")).containsExactly("森林火灾应急预案");
    }

    @Test
    void aLongQuerySharingOneInformativeWordWithAPageStillFindsNothing() {
      assertThat(index.answer("森林公园门票价格优惠政策")).isEmpty();
      assertThat(index.answer("防汛物资仓库租赁招标公告")).isEmpty();
    }

    @Test
    void aLongDescriptionInWordsNoPageHoldsIsAnsweredInPartByItsOtherWords() {
      // 县里, 孩子, 家长 and 村里 stand in no page: the user's wording, not the subject
      String described = "县里孩子家长都关心 森林火灾怎么预防和处置 村里有没有应急预案";

      assertThat(index.titles(described, Strictness.RANKED)).isEmpty();
      assertThat(index.titles(described, Strictness.WIDE)).first().isEqualTo("森林火灾应急预案");
      assertThat(index.answer(described)).first().isEqualTo("森林火灾应急预案");
      assertThat(index.relaxed(described)).isTrue();
    }

    @Test
    void widenedAPageMayLackAnyChunksWeighingLessThanHalfTogether() {
      // six chunks, each in one page: the forest plan lacks two of them (养老, 失业), the pension
      // guide four; strictness drops the commonest first, so only widening finds the plan
      String q = "森林 火灾 预防 处置 养老 失业";

      assertThat(index.titles(q, Strictness.RANKED)).doesNotContain("森林火灾应急预案");
      assertThat(index.titles(q, Strictness.WIDE)).containsExactly("森林火灾应急预案");
    }

    @Test
    void aQueryNothingAnswersFindsNothingEvenRelaxed() {
      assertThat(index.answer("出入境证件办理")).isEmpty();
      assertThat(index.answer("asdkjhqwe")).isEmpty();
      assertThat(index.answer("的的的了了")).isEmpty();
    }
  }

  @Nested
  class Understanding {

    @Test
    void traditionalCharactersFindSimplifiedPages() {
      assertThat(index.answer("森林火災應急預案")).first().isEqualTo("森林火灾应急预案");
    }

    @Test
    void romanAndChineseLevelNumeralsAreTheSame() {
      assertThat(index.answer("四级 应急响应")).first().isEqualTo("突发地质灾害应急预案");
      assertThat(index.answer("IV级")).first().isEqualTo("突发地质灾害应急预案");
    }

    @Test
    void anOldAgencyNameFindsTheNewOne() {
      assertThat(index.answer("环保局 行政处罚")).first().isEqualTo("生态环境局行政处罚决定书");
    }

    @Test
    void anUnknownPlaceTypedTogetherWithAnAgencysNameIsAPlaceAndAnAgency() {
      TinyIndex accounts =
          Honesty.withFillers(
              new TinyIndex()
                  .add("2020年度 临武县文化旅游广电体育局部门决算", "临武县文化旅游广电体育局2020年度部门决算。")
                  .add("2020年度 嘉禾县财政局部门决算", "嘉禾县财政局2020年度部门决算。"));

      // the segmenter knows neither 临武县 nor 文广新局: one run of single characters, held by no page
      assertThat(accounts.answer("临武县文广新局 2020年部门决算")).first().isEqualTo("2020年度 临武县文化旅游广电体育局部门决算");
      List<String> chunks =
          index.queries.understand("临武县文广新局 2020年部门决算").chunks().stream()
              .map(QueryText.Chunk::text)
              .toList();
      assertThat(chunks).startsWith("临武县", "文广新局");
      // a word of two characters inside a run is part of something longer, not a name to cut out
      assertThat(index.queries.understand("医保卡余额怎么查").chunks().get(0).text()).isEqualTo("医保卡");
    }

    @Test
    void anAgencyBesideOtherWordsAlsoFindsPagesOnItsFieldThatDoNotNameItAfterThoseThatDo() {
      TinyIndex plans =
          Honesty.withFillers(
              new TinyIndex()
                  .add("区政府办公室关于印发粮食应急预案的通知", "粮食应急状态分为特别重大、重大、较大和一般四级。")
                  .add("粮食和物资储备局应急预案", "本局负责粮食和物资储备的应急保障。")
                  .add("森林火灾应急预案", "为有效预防和处置森林火灾，制定本预案。"));

      // (then, widened, plans on other fields: 森林火灾应急预案)
      assertThat(plans.answer("粮食局 应急预案")).startsWith("粮食和物资储备局应急预案", "区政府办公室关于印发粮食应急预案的通知");
      // alone, the agency's name is looked for, not its field
      assertThat(plans.answer("粮食局")).containsExactly("粮食和物资储备局应急预案");
    }

    @Test
    void anAgencysFieldIsItsNamesLessTheirEndingAndTheirParts() {
      assertThat(SearchQueries.domains(List.of("粮食和物资储备局", "粮储局", "粮食局")))
          .containsExactly("粮食", "物资储备", "粮储");
      assertThat(SearchQueries.domains(List.of("残联", "残疾人联合会"))).containsExactly("残疾人");
      assertThat(SearchQueries.domains(List.of("居住证", "暂住证"))).isEmpty();
    }

    @Test
    void aDocumentNumberInAnyBracketsOrNoneFindsItsDocumentFirst() {
      for (String typed : new String[] {"句机服[2019]3号", "句机服（2019）3号", "句机服 2019 3号"}) {
        assertThat(index.answer(typed)).as(typed).first().isEqualTo("关于印发办公用房管理办法的通知");
      }
    }

    @Test
    void aQueryNamingTwoAgenciesOfLargeSynonymGroupsIsStillWidened() {
      // 卫健局 has 14 names and 发改局 6: widening repeats each name in its filters and bonuses
      TinyIndex agencies =
          new TinyIndex()
              .add("卫生健康局 发展和改革局 2024年部门预算", "部门预算公开。")
              .add("卫生健康委员会2024年部门预算", "部门预算公开。")
              .add("森林火灾应急预案", "为有效预防和处置森林火灾，制定本预案。");
      assertThat(agencies.answer("卫健局 发改局 部门预算"))
          .containsExactly("卫生健康局 发展和改革局 2024年部门预算", "卫生健康委员会2024年部门预算");
    }

    @Test
    void aPlaceRanksAboveALongerNameItIsTheTailOf() {
      assertThat(index.answer("兴县")).first().isEqualTo("兴县人民政府工作报告");
    }

    @Test
    void aVillageNoPageNamesAsTypedIsFoundWhereAPageListsItWithoutTheWordVillage() {
      TinyIndex listed =
          Honesty.withFillers(
              new TinyIndex()
                  .add("农村低保专项督查", "督查组走访了斋朗、民生、岗刘、连环等行政村，了解低保户情况。")
                  .add("斋堂镇村务公开", "斋堂镇二〇二四年村务公开。"));

      assertThat(listed.answer("斋朗村")).containsExactly("农村低保专项督查");
      // once a page names it as typed, the name as typed is what is looked for
      assertThat(listed.add("斋朗村村务公开", "斋朗村二〇二四年村务公开。").answer("斋朗村")).containsExactly("斋朗村村务公开");
      // a word pages hold keeps its kind: 行政村 is not 行政
      assertThat(
              SearchQueries.placeLessItsKind(
                  new QueryText.Chunk("行政村", 0, 3, QueryText.Kind.WORD), 12))
          .isNull();
    }

    @Test
    void aTypoIsAnsweredWithTheResultsOfItsCorrection() {
      assertThat(index.answer("森林火灾应急预按")).first().isEqualTo("森林火灾应急预案");
    }

    @Test
    void aCorrectionSwapsCharactersRatherThanDroppingWords() {
      assertThat(index.correctionOf("森林火灾应急预按")).isEqualTo("森林火灾应急预案");
    }

    @Test
    void aSlipInAPhraseNoDictionaryHoldsIsCorrectedWhereItsCharacterPairsStandInNoPage() {
      TinyIndex reforms =
          Honesty.withFillers(
              new TinyIndex()
                  .add("横山镇2023年政府信息公开工作年度报告", "强化信息发布前再审核步骤以及“录审分离”机制，我局积极配合调整。")
                  .add("舒城县突发地质灾害应急预案", "各乡镇人民政府，开发区、万佛湖管委会，县政府各部门：现将修订后的预案印发给你们。"));

      // 路审 and 佛糊 stand in no page; 录审 and 佛湖, 湖管 do, and 录 is read as 路, 湖 as 糊
      assertThat(reforms.correctionOf("路审分离")).isEqualTo("录审分离");
      assertThat(reforms.correctionOf("万佛糊管委会")).isEqualTo("万佛湖管委会");
      assertThat(reforms.answer("万佛糊管委会")).first().isEqualTo("舒城县突发地质灾害应急预案");
      // a pair no page holds with no same-sound swap that pages hold stays as typed
      assertThat(reforms.answer("录审分离 苹果")).isEmpty();
    }

    @Test
    void aQueryThatPagesMatchWhollyIsNotCorrectedEvenIfNoTitleHasItsWords() {
      assertThat(index.correctionOf("社区办理 养老保险登记")).isNull();
      assertThat(index.answer("社区办理 养老保险登记")).first().isEqualTo("城乡居民基本养老保险办理指南");
    }
  }

  @Nested
  class Honesty {

    private final TinyIndex services =
        withFillers(
            new TinyIndex()
                .add("婚姻登记办理流程", "结婚登记的办理流程。")
                .add("户口登记办理流程", "户口登记的办理流程。")
                .add("G318国道养护工程公示", "G318国道养护工程的公示。")
                .add("关于印发应急预案的通知", "索引号页。", "11370104597024629Y-A/2023-6526360")
                .add("关于公布权责清单的通知", "清单页。", "gzgbmgzgbm-GK-2024-0043"));

    private static TinyIndex withFillers(TinyIndex index) {
      for (String s : new String[] {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}) {
        index.add("第" + s + "季度工作安排", "各科室按照安排开展工作。");
      }
      return index;
    }

    @Test
    void aQueryAboutSomethingNoPageMentionsFindsNothingThoughItsOtherWordsAreThere() {
      assertThat(services.answer("不动产登记办理流程")).isEmpty();
      assertThat(services.answer("户口登记办理流程")).first().isEqualTo("户口登记办理流程");
    }

    @Test
    void aCodeOfLettersAndDigitsNoPageHoldsFindsNothingThoughItsOtherWordsAreThere() {
      // cut into a, 1, b, 2 …, single characters, the code counted for nothing beside 办理 and 流程
      assertThat(services.answer("办理流程a1b2c3")).isEmpty();
      assertThat(services.answer("办理流程")).isNotEmpty();
      // a code a page holds finds it, alone or among words
      assertThat(services.answer("G318")).containsExactly("G318国道养护工程公示");
      assertThat(services.answer("g318 养护")).first().isEqualTo("G318国道养护工程公示");
    }

    @Test
    void theSerialAtTheEndOfAnIndexNumberFindsItsDocument() {
      assertThat(services.answer("6526360")).first().isEqualTo("关于印发应急预案的通知");
      assertThat(services.answer("11370104597024629Y-A 2023-6526360"))
          .first()
          .isEqualTo("关于印发应急预案的通知");
      // a tail with letters, as the page prints it after the agency's prefix
      assertThat(services.answer("GK-2024-0043")).first().isEqualTo("关于公布权责清单的通知");
      assertThat(services.answer("gk 2024 0043")).first().isEqualTo("关于公布权责清单的通知");
    }
  }

  @Nested
  class Typos {

    private final TinyIndex plans =
        new TinyIndex()
            .add("突发地质灾害应急预案", "地质灾害应急响应分为四级。")
            .add("地质灾害防治工作方案", "做好地质灾害防治工作。")
            .add("地质灾害隐患排查的通知", "开展地质灾害隐患排查。")
            .add("汛期地质灾害防范提示", "汛期注意防范地质灾害。")
            .add("心理危机干预工作方案", "突发事件后开展心理干预按应急流程处置。");

    @Test
    void aTypoIsCorrectedEvenWhenTheOtherWordsFindAPageWithoutIt() {
      assertThat(plans.correctionOf("地质灾害应急预按")).isEqualTo("地质灾害应急预案");
      assertThat(plans.answer("地质灾害应急预按")).first().isEqualTo("突发地质灾害应急预案");
    }

    private final TinyIndex accounts =
        new TinyIndex()
            .add("县民政局2022年度部门决算", "民政局部门决算公开。")
            .add("县文化局2022年度部门决算", "为民办实事，正是此时，由本局负责。部门决算公开。");

    private final TinyIndex epidemics =
        new TinyIndex()
            .add("突发重大动物疫情应急预案", "本预案适用于口蹄疫、疯牛病等重大动物疫情的应急处置。")
            .add("农作物病虫害防治方案", "做好小麦病虫害防治工作。");

    @Test
    void aSlipInAWordThatOnlyBodiesHoldIsCorrected() {
      assertThat(epidemics.correctionOf("风牛病 疫情")).isEqualTo("疯牛病 疫情");
      assertThat(epidemics.answer("风牛病 疫情")).first().isEqualTo("突发重大动物疫情应急预案");
    }

    @Test
    void aCorrectionFollowsTheIndexAsItChanges() {
      TinyIndex growing = new TinyIndex().add("农作物病虫害防治方案", "做好小麦病虫害防治工作。");
      assertThat(growing.correctionOf("风牛病 疫情")).as("no page knows the word yet").isNull();
      assertThat(growing.correctionOf("风牛病 疫情")).as("asked again").isNull();

      growing.add("突发重大动物疫情应急预案", "本预案适用于口蹄疫、疯牛病等重大动物疫情的应急处置。");

      assertThat(growing.correctionOf("风牛病 疫情")).isEqualTo("疯牛病 疫情");
      assertThat(growing.correctionOf("风牛病 疫情")).as("asked again").isEqualTo("疯牛病 疫情");
    }

    @Test
    void aSlipThatSplitsAWordIntoSingleCharactersIsCorrectedThoughTheyStandApartInAPage() {
      // 民正局 is 民 + 正 + 局 to the dictionary; the 文化局 page holds all three, never together
      assertThat(accounts.correctionOf("民正局 部门决算")).isEqualTo("民政局 部门决算");
      assertThat(accounts.answer("民正局 部门决算")).first().isEqualTo("县民政局2022年度部门决算");
    }
  }
}
