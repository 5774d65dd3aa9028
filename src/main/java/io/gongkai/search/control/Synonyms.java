package io.gongkai.search.control;

import io.gongkai.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The synonym list, applied to queries (never to the index): a query that contains a member of a
 * group is also run with each other member in its place. The built-in list ships in the WAR; a
 * configured file replaces it and is re-read when it changes, so editing it needs no reindex.
 */
@ApplicationScoped
public class Synonyms {

  private static final System.Logger LOG = System.getLogger(Synonyms.class.getName());
  private static final int MAX_VARIANTS = 8;

  @Inject Settings settings;

  private volatile List<List<String>> groups;
  private volatile FileTime loadedAt;

  /** The query text with each synonym substituted, the original first; at most a few. */
  public List<String> variants(String text) {
    Set<String> out = new LinkedHashSet<>();
    out.add(text);
    for (List<String> group : groups()) {
      for (String member : group) {
        if (text.contains(member)) {
          for (String other : group) {
            if (!other.equals(member) && !text.contains(other)) {
              out.add(text.replace(member, other));
            }
          }
        }
      }
      if (out.size() >= MAX_VARIANTS) {
        break;
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_VARIANTS));
  }

  public List<List<String>> groups() {
    Optional<Path> file = settings.searchSynonyms();
    try {
      if (file.isPresent()) {
        FileTime modified = Files.getLastModifiedTime(file.get());
        if (groups == null || !modified.equals(loadedAt)) {
          groups = parse(Files.readString(file.get(), StandardCharsets.UTF_8));
          loadedAt = modified;
          LOG.log(
              Level.INFO, "Search synonyms loaded from {0}: {1} groups", file.get(), groups.size());
        }
      } else if (groups == null) {
        try (InputStream in = Synonyms.class.getResourceAsStream("/search/synonyms.txt")) {
          groups = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      if (groups == null) {
        throw new UncheckedIOException(e);
      }
      LOG.log(Level.WARNING, "Synonym file unreadable, keeping the previous list: " + e);
    }
    return groups;
  }

  static List<List<String>> parse(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> group =
          Arrays.stream(trimmed.split("[,，]"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .distinct()
              .toList();
      if (group.size() > 1) {
        out.add(group);
      }
    }
    return List.copyOf(out);
  }
}
