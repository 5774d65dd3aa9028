package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question asking for an amount is answered only by pages that state one near its subject. */
class AmountsTest {

  private final TinyIndex index =
      new TinyIndex()
          .add("出生医学证明办理指南", "父母携带身份证件到助产机构办理出生医学证明，当场发放。")
          .add("城乡居民最低生活保障标准的通知", "自2024年1月起，农村低保标准提高到每人每月520元。")
          .add("关于做好低保工作的通知", "各乡镇要做好农村低保对象的动态管理，按月发放。")
          .add("关于做好防汛工作的通知", "各乡镇要做好防汛抗旱准备工作。");

  @Test
  void aPageOnTheSubjectThatStatesNoAmountDoesNotAnswerHowMuch() {
    assertThat(index.answer("出生医学证明")).containsExactly("出生医学证明办理指南");
    assertThat(index.answer("补办出生医学证明要交多少钱")).isEmpty();
  }

  @Test
  void aPageStatingTheAmountNearItsSubjectAnswersIt() {
    assertThat(index.answer("农村低保标准每人每月多少钱")).containsExactly("城乡居民最低生活保障标准的通知");
  }

  @Test
  void onlyQuestionsAskingForMoneyAreHeldToAnAmount() {
    assertThat(Amounts.asked("农村改厕每户能补贴多少钱")).isTrue();
    assertThat(Amounts.asked("燃气公司上门安检收不收费")).isTrue();
    assertThat(Amounts.asked("镇里有多少户低保户")).isFalse();
    assertThat(Amounts.asked("粮食 抢购 脱销 价格暴涨 应急")).isFalse();
  }
}
