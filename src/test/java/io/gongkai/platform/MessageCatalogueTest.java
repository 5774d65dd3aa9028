package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The message catalogues: one per language, the same keys and arguments in each. */
class MessageCatalogueTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @Test
  void everyKeyIsInEveryCatalogue() throws IOException {
    Map<String, String> chinese = catalogue("messages.properties");
    Map<String, String> english = catalogue("messages_en.properties");

    assertThat(english.keySet()).as("keys of the English catalogue").isEqualTo(chinese.keySet());
    assertThat(chinese).hasSizeGreaterThan(100);
  }

  @Test
  void eachKeyTakesTheSameArgumentsInEveryLanguage() throws IOException {
    Map<String, String> chinese = catalogue("messages.properties");
    Map<String, String> english = catalogue("messages_en.properties");
    List<String> differing = new ArrayList<>();

    chinese.forEach(
        (key, zh) -> {
          String en = english.getOrDefault(key, "");
          if (!arguments(zh).equals(arguments(en))) {
            differing.add(key + ": " + arguments(zh) + " / " + arguments(en));
          }
        });

    assertThat(differing).isEmpty();
  }

  @Test
  void noValueIsBlankOrABrokenPattern() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      catalogue(file)
          .forEach(
              (key, value) -> {
                if (value.isBlank()) {
                  wrong.add(file + " " + key + ": blank");
                } else if (LONE_APOSTROPHE.matcher(value).find()) {
                  wrong.add(file + " " + key + ": a lone apostrophe (write it twice)");
                } else {
                  try {
                    new MessageFormat(value);
                  } catch (IllegalArgumentException e) {
                    wrong.add(file + " " + key + ": " + e.getMessage());
                  }
                }
              });
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void theChineseCatalogueIsChinese() throws IOException {
    long chineseValues =
        catalogue("messages.properties").values().stream()
            .filter(
                v ->
                    v.codePoints()
                        .anyMatch(
                            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
            .count();

    assertThat(chineseValues).isGreaterThan(catalogue("messages.properties").size() * 9L / 10);
  }

  @Nested
  class Rendering {

    @Test
    void chineseIsTheDefaultAndEnglishIsAskedFor() {
      assertThat(Messages.text(Messages.DEFAULT, "problem.not-found.title")).isEqualTo("未找到");
      assertThat(Messages.text(Messages.ENGLISH, "problem.not-found.title")).isEqualTo("Not found");
      assertThat(Messages.text(Locale.FRENCH, "problem.not-found.title")).isEqualTo("未找到");
    }

    @Test
    void argumentsAreRenderedInTheSameLanguageAndNumbersAreNotGrouped() {
      Message missing = Message.of("problem.not-found.detail", Message.of("thing.item"), 12345);

      assertThat(Messages.text(Messages.CHINESE, missing)).isEqualTo("信息 12345 不存在");
      assertThat(Messages.text(Messages.ENGLISH, missing)).isEqualTo("Item 12345 does not exist");
    }

    @Test
    void listsAreJoinedTheLanguagesWay() {
      Message oneOf = Message.of("field.one-of", List.of("item", "report"));

      assertThat(Messages.text(Messages.CHINESE, oneOf)).isEqualTo("须为以下之一：item、report");
      assertThat(Messages.text(Messages.ENGLISH, oneOf)).isEqualTo("one of item, report");
    }

    @Test
    void anApostropheWrittenTwiceShowsOnce() {
      assertThat(Messages.text(Messages.ENGLISH, "channels.code-fixed"))
          .isEqualTo("a channel's code never changes (links depend on it)");
    }
  }

  @Nested
  class ProblemsCarryKeys {

    @Test
    void aProblemIsTitledByItsTypeElseByItsStatus() {
      Problem stale = new Problem.StaleVersion();
      Problem conflict = new Problem.Conflict("no-such-type-title", "items.not-deletable");

      assertThat(stale.title(Messages.CHINESE)).isEqualTo("版本已过期");
      assertThat(stale.title(Messages.ENGLISH)).isEqualTo("Stale version");
      assertThat(conflict.title(Messages.CHINESE)).isEqualTo("冲突");
      assertThat(conflict.title(Messages.ENGLISH)).isEqualTo("Conflict");
    }

    @Test
    void aValidationProblemListsEachFieldWithItsReason() {
      Problem invalid =
          new Problem.Invalid(
              List.of(
                  new Problem.FieldError("page", "field.range", 1, 100_000),
                  new Problem.FieldError("size", "field.range", 1, 100)));

      assertThat(invalid.detail(Messages.CHINESE))
          .isEqualTo("page：须在 1 至 100000 之间；size：须在 1 至 100 之间");
      assertThat(invalid.detail(Messages.ENGLISH))
          .isEqualTo("page: from 1 to 100000; size: from 1 to 100");
      assertThat(invalid.getMessage()).isEqualTo(invalid.detail(Messages.CHINESE));
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Map<String, String> catalogue(String name) throws IOException {
    try (InputStream in = MessageCatalogueTest.class.getResourceAsStream("/messages/" + name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> values = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
      return values;
    }
  }
}
