package io.gongkai.items.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexNumbersTest {

  @Test
  void defaultPatternGivesTheFamiliarIndexNumber() {
    assertThat(IndexNumbers.format("{orgCode}/{yyyy}-{seq:5}", "014119467", 2020, 556))
        .isEqualTo("014119467/2020-00556");
  }

  @Test
  void sequenceWiderThanItsPaddingIsKeptWhole() {
    assertThat(IndexNumbers.format("{orgCode}-{yyyy}-{seq:3}", "11320000", 2024, 12345))
        .isEqualTo("11320000-2024-12345");
  }

  @Test
  void unpaddedSequence() {
    assertThat(IndexNumbers.format("{yyyy}{seq}", "x", 2021, 7)).isEqualTo("20217");
  }
}
