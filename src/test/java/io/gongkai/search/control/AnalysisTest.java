package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How text becomes terms, and how 文号 and 索引号 are compared. */
class AnalysisTest {

  @Test
  void documentNumbersCompareAcrossBracketsWidthsAndSpaces() {
    String key = Analysis.numberKey("句机服〔2019〕3号");
    assertThat(Analysis.numberKey("句机服[2019]3号")).isEqualTo(key);
    assertThat(Analysis.numberKey("句机服（2019）3号")).isEqualTo(key);
    assertThat(Analysis.numberKey("句机服 (２０１９) 3 号")).isEqualTo(key);
    assertThat(Analysis.numberKey("句机服【2019】3号")).isEqualTo(key);
    assertThat(Analysis.numberKey("句机服 2019 3号")).isEqualTo(key);
    assertThat(Analysis.numberKey("句机服〔2019〕4号")).isNotEqualTo(key);
  }

  @Test
  void aSerialTypedWithTheOrdinalFindsTheNumberWithout() {
    String key = Analysis.numberKey("硕政办发〔2021〕34号");
    assertThat(Analysis.numberKey("硕政办发(2021)第34号")).isEqualTo(key);
    assertThat(Analysis.numberKey("硕政办发［2021］第 34 号")).isEqualTo(key);
    // and a number printed with it is found without it
    assertThat(Analysis.numberKey("县政府公告〔2021〕第3号")).isEqualTo(Analysis.numberKey("县政府公告[2021]3号"));
    // a 第 that is not between two numbers stays
    assertThat(Analysis.numberKey("第一号令")).isEqualTo("第一号令");
  }

  @Test
  void indexNumbersAreTheSameWithAnySeparator() {
    String key = Analysis.numberKey("11370104597024629Y-A/2023-6526360");
    assertThat(Analysis.numberKey("11370104597024629Y-A 2023-6526360")).isEqualTo(key);
    assertThat(Analysis.numberKey("11370104597024629y－a／2023—6526360")).isEqualTo(key);
    assertThat(Analysis.numberKey("11370104597024629YA20236526360")).isEqualTo(key);
    assertThat(Analysis.numberKey("11370104597024629Y-A/2023-6526361")).isNotEqualTo(key);
  }

  @Test
  void bigramsKeepNamesNoDictionaryKnows() {
    assertThat(SearchQueries.terms(Analysis.BIGRAMS, "句容市机关"))
        .containsExactly("句容", "容市", "市机", "机关");
    assertThat(SearchQueries.terms(Analysis.BIGRAMS, "ＡＢＣ 2019")).containsExactly("abc", "2019");
  }

  @Test
  void theSpellingFieldHoldsWordsAndTwoWordShingles() {
    assertThat(SearchQueries.terms(Analysis.SPELLING, "政府信息公开年度报告"))
        .contains("政府", "信息", "公开", "年度", "报告", "政府信息", "年度报告");
  }

  @Test
  void aQueryIsCleanedNeverRejected() {
    assertThat(SearchQueries.clean("  政府\t信息\u0000公开  ")).isEqualTo("政府 信息 公开");
    assertThat(SearchQueries.clean("x".repeat(500))).hasSize(QueryText.MAX_QUERY_CHARS);
  }
}
