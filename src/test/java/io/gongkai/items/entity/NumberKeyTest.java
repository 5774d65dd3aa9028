package io.gongkai.items.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A 文号 or 索引号 is found however it is typed. */
class NumberKeyTest {

  @Test
  void bracketsOfEveryKindOrNoneGiveTheSameKey() {
    assertThat(NumberKey.of("句机服〔2019〕3号"))
        .isEqualTo(NumberKey.of("句机服[2019]3号"))
        .isEqualTo(NumberKey.of("句机服（2019） 3号"))
        .isEqualTo(NumberKey.of("句机服2019 3号"));
  }

  @Test
  void separatorsAndWidthsDoNotMatter() {
    assertThat(NumberKey.of("014119467/2020-00556"))
        .isEqualTo(NumberKey.of("014119467 / 2020－00556"))
        .isEqualTo(NumberKey.of("０１４１１９４６７-2020-00556"));
  }

  @Test
  void aNullPrintedByASiteTemplateIsNotPartOfTheNumber() {
    assertThat(NumberKey.of("000014349null/2022-00087"))
        .isEqualTo(NumberKey.of("000014349/2022-00087"));
    assertThat(NumberKey.of("NULL-2022-00087")).isEqualTo(NumberKey.of("2022-00087"));
  }
}
