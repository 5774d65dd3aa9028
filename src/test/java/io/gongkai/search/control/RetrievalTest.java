package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.gongkai.search.control.Retrieval.Plan;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Which way of answering a query answers it, told by how many pages each way finds. */
class RetrievalTest {

  private final Query narrow = new TermQuery(new Term("plan", "narrow"));
  private final Query wide = new TermQuery(new Term("plan", "wide"));

  private Query answered(long narrowFinds, long wideFinds) {
    Map<Query, Long> found = Map.of(narrow, narrowFinds, wide, wideFinds);
    Plan plan = new Plan(narrow, false, null, () -> new Plan(wide, false, null, null, null), null);
    return Retrieval.answer(List.of(() -> plan), Plan::query, found::get);
  }

  @Test
  void aPlanThatFindsAFewIsWidenedToFillThePage() {
    assertThat(answered(3, 40)).isEqualTo(wide);
  }

  @Test
  void aWideningThatFindsFewerKeepsTheAnswerItWidens() {
    assertThat(answered(3, 1)).isEqualTo(narrow);
    assertThat(answered(3, 0)).isEqualTo(narrow);
  }

  @Test
  void aPlanThatFillsThePageIsNotWidened() {
    assertThat(answered(Retrieval.FILL, 400)).isEqualTo(narrow);
  }
}
