package io.gongkai.search.control;

import io.gongkai.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * The words a question is asked with (怎么, 如何, 哪些, 是否, 请问, 的 …): dropped from a query as whole words
 * before it is matched, so "养老保险怎么办理" searches 养老 保险 办理. The built-in list ships in the WAR; a
 * configured file replaces it and is re-read when it changes.
 */
@ApplicationScoped
public class QuestionWords {

  @Inject Settings settings;

  private volatile WordList<Set<String>> list;

  public Set<String> get() {
    WordList<Set<String>> l = list;
    if (l == null) {
      l =
          new WordList<>(
              "/search/question-words.txt",
              () -> settings == null ? Optional.empty() : settings.searchQuestionWords(),
              text -> Set.copyOf(WordList.lines(text)));
      list = l;
    }
    return l.get();
  }

  /** The built-in list, for use outside the server (tests, benchmarks). */
  public static QuestionWords builtIn() {
    return new QuestionWords();
  }
}
