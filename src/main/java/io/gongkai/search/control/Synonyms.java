package io.gongkai.search.control;

import io.gongkai.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The synonym list, applied to queries (never to the index): a query that contains a member of a
 * group is also run with each other member in its place. The built-in list ships in the WAR; a
 * configured file replaces it and is re-read when it changes, so editing it needs no reindex.
 */
@ApplicationScoped
public class Synonyms {

  private static final int MAX_VARIANTS = 8;

  @Inject Settings settings;

  private volatile WordList<List<List<String>>> list;

  /**
   * The query text with one synonym substituted at a time, the original first; at most a few. Where
   * members overlap in the text, the longest wins (医保局 is not 医保 + 局).
   */
  public List<String> variants(String text) {
    Set<String> out = new LinkedHashSet<>();
    out.add(text);
    for (Occurrence o : occurrences(text)) {
      for (String other : o.group()) {
        if (!other.equals(o.member()) && !text.contains(other)) {
          out.add(
              text.substring(0, o.start())
                  + other
                  + text.substring(o.start() + o.member().length()));
        }
      }
    }
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_VARIANTS));
  }

  /** Where a member of a group stands in a text. */
  public record Occurrence(int start, String member, List<String> group) {
    public int end() {
      return start + member.length();
    }
  }

  /** Where members of groups occur in the text, longest first, none inside an earlier one. */
  public List<Occurrence> occurrences(String text) {
    List<Occurrence> all = new ArrayList<>();
    for (List<String> group : groups()) {
      for (String member : group) {
        for (int at = text.indexOf(member); at >= 0; at = text.indexOf(member, at + 1)) {
          all.add(new Occurrence(at, member, group));
        }
      }
    }
    all.sort(java.util.Comparator.comparingInt((Occurrence o) -> -o.member().length()));
    List<Occurrence> kept = new ArrayList<>();
    for (Occurrence o : all) {
      if (kept.stream().noneMatch(k -> o.start() < k.end() && k.start() < o.end())) {
        kept.add(o);
      }
    }
    return kept;
  }

  /** The built-in list, for use outside the server (tests, benchmarks). */
  public static Synonyms builtIn() {
    return new Synonyms();
  }

  public List<List<String>> groups() {
    return list().get();
  }

  private WordList<List<List<String>>> list() {
    WordList<List<List<String>>> l = list;
    if (l == null) {
      l =
          new WordList<>(
              "/search/synonyms.txt",
              () -> settings == null ? java.util.Optional.empty() : settings.searchSynonyms(),
              Synonyms::parse);
      list = l;
    }
    return l;
  }

  static List<List<String>> parse(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String trimmed : WordList.lines(text)) {
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
