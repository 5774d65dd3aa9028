package io.gongkai.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Search depends on the content features; they never depend on Lucene or on search. */
class SearchBoundaryTest {

  @Test
  void onlyTheSearchFeatureImportsLucene() throws IOException {
    Path sources = Path.of("src/main/java/io/gongkai");
    Path search = sources.resolve("search");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(sources)) {
      offenders =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(search))
              .filter(
                  p -> {
                    try {
                      String text = Files.readString(p);
                      return text.contains("org.apache.lucene")
                          || text.contains("io.gongkai.search");
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
    }
    assertThat(offenders).isEmpty();
  }
}
