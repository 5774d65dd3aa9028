package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which corrections are the slip of a pinyin input method. */
class HomophonesTest {

  @Test
  void aCharacterReadTheSameIsASlip() {
    assertThat(Homophones.sameSound("预按", "预案")).isTrue();
    assertThat(Homophones.sameSound("防汛抗汗", "防汛抗旱")).isTrue();
    assertThat(Homophones.sameSound("词职", "辞职")).isTrue();
  }

  @Test
  void aWordSharingACharacterIsAnotherWord() {
    assertThat(Homophones.sameSound("社保", "社会")).isFalse();
    assertThat(Homophones.sameSound("公租", "公住")).isFalse();
    assertThat(Homophones.sameSound("居住证", "居住的")).isFalse();
  }

  @Test
  void droppingOrAddingACharacterIsNoSlip() {
    assertThat(Homophones.sameSound("地震应急预按", "地震应急")).isFalse();
  }

  @Test
  void lettersMayDifferFreely() {
    assertThat(Homophones.sameSound("covd", "covid")).isFalse();
    assertThat(Homophones.sameSound("iso9001", "iso9002")).isTrue();
    assertThat(Homophones.chinese("iso9001")).isFalse();
    assertThat(Homophones.chinese("预案")).isTrue();
  }

  @Test
  void theCharactersReadAlikeAreThoseAnInputMethodOffersForTheSameSyllable() {
    assertThat(Homophones.of("录".codePointAt(0))).contains("路".codePointAt(0), "陆".codePointAt(0));
    assertThat(Homophones.of("湖".codePointAt(0))).contains("糊".codePointAt(0), "胡".codePointAt(0));
    assertThat(Homophones.of("湖".codePointAt(0)))
        .doesNotContain("湖".codePointAt(0), "河".codePointAt(0));
  }
}
