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

  @Test
  void whenNoWayFindsAnythingTheAnswerIsTheQuerysOwnNeitherRelaxedNorCorrected() {
    Query relaxed = new TermQuery(new Term("plan", "relaxed"));
    Map<Query, Long> found = Map.of(narrow, 0L, wide, 0L, relaxed, 0L);
    Plan answer =
        Retrieval.answer(
            List.of(
                () -> new Plan(narrow, false, null, null, null),
                () -> new Plan(wide, false, "更正", null, null),
                () -> new Plan(relaxed, true, null, null, null)),
            p -> p,
            p -> found.get(p.query()));
    assertThat(answer.query()).isEqualTo(narrow);
    assertThat(answer.relaxed()).isFalse();
    assertThat(answer.correctedQuery()).isNull();
  }

  @Test
  void theFirstWayThatFindsSomethingAnswers() {
    Query relaxed = new TermQuery(new Term("plan", "relaxed"));
    Map<Query, Long> found = Map.of(narrow, 0L, relaxed, 12L);
    Plan answer =
        Retrieval.answer(
            List.of(
                () -> new Plan(narrow, false, null, null, null),
                () -> new Plan(relaxed, true, null, null, null)),
            p -> p,
            p -> found.get(p.query()));
    assertThat(answer.relaxed()).isTrue();
  }
}
