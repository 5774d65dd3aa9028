package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PublicAnswersTest {

  /** Written as text here: JSON needs the server's JSON-B. */
  private final PublicAnswers answers =
      new PublicAnswers(entity -> entity.toString().getBytes(StandardCharsets.UTF_8));

  private final AtomicInteger made = new AtomicInteger();
  private final Instant monday = Instant.parse("2026-12-07T01:00:00Z");

  record Page(List<String> items, PageLinks links) implements PageLinks.Paged {}

  private Supplier<Page> page(String... titles) {
    return () -> {
      made.incrementAndGet();
      return new Page(
          List.of(titles), new PageLinks("/items?page=1", null, "/items?page=2", "/items?page=3"));
    };
  }

  @Test
  void theSameRequestBeforeThePublicContentChangesIsAnsweredWithoutMakingTheAnswerAgain() {
    var first = answers.kept("/api/v1/items?organisation=a", 7, monday, page("通知一"));
    var second = answers.kept("/api/v1/items?organisation=a", 7, monday, page("通知二"));

    assertThat(made).hasValue(1);
    assertThat(second).isSameAs(first);
    assertThat(new String(second.body(), StandardCharsets.UTF_8)).contains("通知一");
  }

  @Test
  void aChangeOfThePublicContentIsANewKeySoTheNextRequestReadsAgain() {
    answers.kept("/api/v1/items?organisation=a", 7, monday, page("通知一"));
    var after =
        answers.kept("/api/v1/items?organisation=a", 7, monday.plusMillis(1), page("通知一", "通知二"));

    assertThat(made).hasValue(2);
    assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("通知二");
  }

  @Test
  void aChangeCommittedAfterAnotherButStampedBeforeItIsSeenAtOnce() {
    // B's publication (stamped 01:00:00.002) committed first; A's (stamped .001) commits after it:
    // the newest stamp stays B's, the change log's position moves
    answers.kept("/api/v1/items?organisation=a", 8, monday.plusMillis(2), page("通知二"));
    var after =
        answers.kept("/api/v1/items?organisation=a", 9, monday.plusMillis(2), page("通知一", "通知二"));

    assertThat(made).hasValue(2);
    assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("通知一");
  }

  @Test
  void anotherPageOrFilterIsAnotherAnswer() {
    answers.kept("/api/v1/items?organisation=a", 7, monday, page("通知一"));
    answers.kept("/api/v1/items?organisation=a&page=2", 7, monday, page("通知二"));
    answers.kept("/api/v1/items?organisation=b", 7, monday, page("通知三"));

    assertThat(made).hasValue(3);
  }

  @Test
  void theAnswerCarriesTheValidatorOfItsBytesAndTheLinksOfItsPage() {
    var answer = answers.kept("/api/v1/items", 7, monday, page("通知一"));

    assertThat(answer.tag()).isEqualTo(HttpCaching.hash(answer.body()));
    assertThat(answer.link())
        .isEqualTo(
            "</items?page=1>; rel=\"first\", </items?page=2>; rel=\"next\", </items?page=3>;"
                + " rel=\"last\"");
  }

  @Test
  void aProblemWhileMakingTheAnswerIsNotKept() {
    assertThatThrownBy(
            () ->
                answers.kept(
                    "/api/v1/items?organisation=gone",
                    7,
                    monday,
                    () -> {
                      throw new Problem.NotFound("organisations.not-found", "gone");
                    }))
        .isInstanceOf(Problem.NotFound.class);

    answers.kept("/api/v1/items?organisation=gone", 7, monday, page("通知一"));
    assertThat(made).hasValue(1);
  }
}
