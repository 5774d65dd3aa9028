package io.gongkai.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list that editors may replace per installation: built into the WAR, or read from a configured
 * file and read again whenever the file changes, so editing it needs no restart and no reindex. A
 * file that becomes unreadable keeps the list last read.
 *
 * @param <T> the parsed list
 */
final class WordList<T> {

  private static final System.Logger LOG = System.getLogger(WordList.class.getName());

  private final String builtIn;
  private final Supplier<Optional<Path>> configured;
  private final Function<String, T> parse;
  private volatile T value;
  private volatile FileTime loadedAt;

  WordList(String builtIn, Supplier<Optional<Path>> configured, Function<String, T> parse) {
    this.builtIn = builtIn;
    this.configured = configured;
    this.parse = parse;
  }

  /** Lines of a list file without blanks and {@code #} comments, stripped. */
  static java.util.List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  T get() {
    Optional<Path> file = configured.get();
    try {
      if (file.isPresent()) {
        FileTime modified = Files.getLastModifiedTime(file.get());
        if (value == null || !modified.equals(loadedAt)) {
          value = parse.apply(Files.readString(file.get(), StandardCharsets.UTF_8));
          loadedAt = modified;
          LOG.log(Level.INFO, "Search list loaded from {0}", file.get());
        }
      } else if (value == null) {
        try (InputStream in = WordList.class.getResourceAsStream(builtIn)) {
          value = parse.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      if (value == null) {
        throw new UncheckedIOException(e);
      }
      LOG.log(Level.WARNING, "Search list file unreadable, keeping the previous list: " + e);
    }
    return value;
  }
}
