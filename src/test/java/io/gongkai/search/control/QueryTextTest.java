package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.search.control.QueryText.Chunk;
import io.gongkai.search.control.QueryText.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a typed query is understood: folded, question words dropped, cut into chunks. */
class QueryTextTest {

  private static final Set<String> QUESTION_WORDS = QuestionWords.builtIn().get();

  private static QueryText understand(String q) {
    return QueryText.of(q, QUESTION_WORDS);
  }

  @Test
  void questionWordsAreDroppedAsWordsNotAsCharacters() {
    assertThat(understand("养老保险怎么办理").chunks())
        .extracting(Chunk::text)
        .containsExactly("养老", "保险", "办理");
    assertThat(understand("目的是什么").chunks()).extracting(Chunk::text).contains("目的");
  }

  @Test
  void aQueryOfQuestionWordsOnlyHasNothingToMatch() {
    assertThat(understand("的的的了了").isEmpty()).isTrue();
  }

  @Test
  void lettersAndDigitsWrittenTogetherAreOneCode() {
    assertThat(understand("G318国道 5G基站 j79t4d9s7").chunks())
        .extracting(Chunk::text)
        .containsExactly("g318", "国道", "5g", "基站", "j79t4d9s7");
  }

  @Test
  void singleCharactersTheDictionaryDidNotJoinStayTogetherAsOneName() {
    QueryText q = understand("句容市机关服务中心");

    assertThat(q.chunks().get(0).text()).isEqualTo("句容市");
    assertThat(q.chunks().get(0).kind()).isEqualTo(Kind.RUN);
  }

  @Test
  void aQuotedPhraseIsOneChunkMatchedAsWritten() {
    QueryText q = understand("\"政府 信息\" 公开");

    assertThat(q.chunks().get(0).text()).isEqualTo("政府 信息");
    assertThat(q.chunks().get(0).kind()).isEqualTo(Kind.QUOTED);
    assertThat(q.chunks()).extracting(Chunk::text).endsWith("公开");
  }

  @Test
  void traditionalAndFullWidthFoldToSimplifiedAndHalfWidth() {
    assertThat(understand("應急預案").shown()).isEqualTo("应急预案");
    assertThat(understand("２０２３年部门预算").shown()).isEqualTo("2023年部门预算");
  }

  @Test
  void aSpaceTheUserTypedEndsAWord() {
    QueryText q = understand("年底没办完 结转");

    assertThat(q.chunks()).extracting(Chunk::text).doesNotContain("完结").endsWith("结转");
    assertThat(q.spans()).hasSize(2);
  }

  @Test
  void spansAreTheStretchesOfTouchingChunksWithoutTheDroppedWords() {
    assertThat(understand("养老保险怎么办理").spans()).containsExactly("养老保险", "办理");
  }

  @Test
  void anythingIsAQueryEvenControlCharactersAndHugeTexts() {
    assertThat(understand("  政府\t信息\u0000公开  ").shown()).isEqualTo("政府 信息 公开");
    assertThat(understand("x".repeat(500)).shown()).hasSize(QueryText.MAX_QUERY_CHARS);
    assertThat(understand("((\"").isEmpty()).isTrue();
  }
}
