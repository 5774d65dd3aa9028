package io.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule that wording lives in the message catalogue, not in code: the arguments of every
 * call that makes a problem, a field error, an importer's note or a message in {@code
 * src/main/java} hold no prose — their string literals are catalogue keys, field names, problem
 * types or other identifiers (no spaces, no capitals first, nothing but ASCII) — and every key they
 * name is in the catalogue.
 */
class WordingInCatalogueTest {

  private static final Path MAIN = Path.of("src/main/java");

  /** The start of a call whose arguments the client may end up reading. */
  private static final Pattern CALL =
      Pattern.compile(
          "new\\s+(?:io\\.gongkai\\.platform\\.)?(?:Problem(?:\\.\\w+)?|FieldError)\\s*\\("
              + "|Message\\.of\\s*\\(|Messages\\.text\\s*\\(|BoundedBody\\.read\\s*\\("
              + "|ImportNote\\.(?:info|warning|error)\\s*\\(");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** A key, field name, problem type or other identifier, or punctuation joining such parts. */
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9._-]*|[./:#-]?");

  private static final Pattern KEY_GROUPS =
      Pattern.compile(
          "(?:list|problem|field|thing|access|organisations|channels|items|search|reports|report"
              + "|migration)\\.[a-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]");

  @Test
  void problemsAndMessagesInTheCodeCarryKeysNotWords() throws IOException {
    List<String> prose = new ArrayList<>();
    for (Call call : calls()) {
      for (String literal : literals(call.arguments())) {
        if (!IDENTIFIER.matcher(literal).matches()) {
          prose.add(call.where() + ": \"" + literal + "\"");
        }
      }
    }

    assertThat(prose).as("wording outside the message catalogue").isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesIsInTheCatalogue() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Call call : calls()) {
      for (String literal : literals(call.arguments())) {
        if (KEY_GROUPS.matcher(literal).matches() && !Messages.has(literal)) {
          missing.add(call.where() + ": " + literal);
        }
      }
      Matcher thing = Pattern.compile("^\\s*\"([a-z-]+)\"").matcher(call.arguments());
      if (call.name().contains("NotFound")
          && thing.find()
          && !Messages.has("thing." + thing.group(1))) {
        missing.add(call.where() + ": thing." + thing.group(1));
      }
    }

    assertThat(missing).as("keys missing from messages.properties").isEmpty();
  }

  record Call(String where, String name, String arguments) {}

  private static List<Call> calls() throws IOException {
    List<Call> calls = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher m = CALL.matcher(source);
        while (m.find()) {
          int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count();
          calls.add(
              new Call(
                  MAIN.relativize(file) + ":" + (line + 1), m.group(), arguments(source, m.end())));
        }
      }
    }
    assertThat(calls).as("calls found (the scan works)").hasSizeGreaterThan(100);
    return calls;
  }

  /** The text from {@code start} to the parenthesis that closes the call, strings skipped over. */
  static String arguments(String source, int start) {
    int depth = 1;
    for (int i = start; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(source, i, c);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return source.substring(start, i);
      }
    }
    return source.substring(start);
  }

  private static int endOfLiteral(String source, int open, char quote) {
    for (int i = open + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return source.length();
  }

  private static List<String> literals(String arguments) {
    List<String> found = new ArrayList<>();
    Matcher m = LITERAL.matcher(arguments);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
