package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gongkai.platform.Problem;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The next cursor carries a hit's sort values, typed, and nothing else decodes. */
class CursorsTest {

  private static final Sort RELEVANCE =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
          new SortField(Fields.KEY, SortField.Type.STRING));
  private static final Sort NEWEST =
      new Sort(
          new SortField(Fields.PUBLISHED, SortField.Type.LONG, true),
          new SortField(Fields.KEY, SortField.Type.STRING));

  @Test
  void aCursorDecodesToTheSortValuesItWasMadeOf() {
    FieldDoc last =
        new FieldDoc(7, 3.25f, new Object[] {3.25f, 1_700_000_000_000L, new BytesRef("item:42")});

    FieldDoc back = Cursors.decode(Cursors.encode(last), RELEVANCE);

    assertThat(back.score).isEqualTo(3.25f);
    assertThat(back.fields).containsExactly(3.25f, 1_700_000_000_000L, new BytesRef("item:42"));
  }

  @Test
  void aCursorOfAnotherSortIsRefused() {
    String relevance =
        Cursors.encode(new FieldDoc(1, 1f, new Object[] {1f, 5L, new BytesRef("item:1")}));

    assertThatThrownBy(() -> Cursors.decode(relevance, NEWEST)).isInstanceOf(Problem.Invalid.class);
  }

  @Test
  void somethingThatIsNotACursorIsRefused() {
    for (String garbage : new String[] {"", "abc", "!!!", "c2FsdA"}) {
      assertThatThrownBy(() -> Cursors.decode(garbage, NEWEST))
          .as(garbage)
          .isInstanceOf(Problem.Invalid.class);
    }
  }
}
