package io.gongkai.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What a citizen typed, understood: folded ({@link Analysis#fold}), cut into the chunks that are
 * matched one by one, with question and filler words dropped. A chunk is a dictionary word, or a
 * run of single characters the dictionary did not join (names it does not know: 句容市 → 句容市, not 句 /
 * 容 / 市), or a phrase the user put in quotes.
 */
public record QueryText(String shown, List<QueryText.Chunk> chunks) {

  static final int MAX_QUERY_CHARS = 200;
  private static final int MAX_CHUNKS = 12;

  /** How a chunk came about. */
  public enum Kind {
    /** A word of the dictionary, or one character standing alone. */
    WORD,
    /** Single characters the dictionary did not join: an unknown name, matched as written. */
    RUN,
    /** What the user put in quotes, matched as written. */
    QUOTED
  }

  /** A piece of the query, with where it stood in {@link #shown}. */
  public record Chunk(String text, int start, int end, Kind kind) {

    boolean isSingleCharacter() {
      return text.codePointCount(0, text.length()) == 1;
    }

    /** True when the other chunk followed this one directly (no space or dropped word between). */
    boolean touches(Chunk next) {
      return end == next.start;
    }
  }

  /** The query text as searched: folded, control characters gone, spaces collapsed, bounded. */
  public static String clean(String q) {
    if (q == null) {
      return "";
    }
    String folded = Analysis.fold(q).replaceAll("[\\p{Cc}\\p{Cf}]", " ").strip();
    folded = folded.replaceAll("\\s+", " ");
    return folded.length() > MAX_QUERY_CHARS ? folded.substring(0, MAX_QUERY_CHARS) : folded;
  }

  public static QueryText of(String q, Set<String> questionWords) {
    String shown = clean(q);
    List<Chunk> chunks = new ArrayList<>();
    int from = 0;
    boolean quoted = false;
    for (int i = 0; i <= shown.length(); i++) {
      char c = i < shown.length() ? shown.charAt(i) : '"';
      if (c == '"' || c == '“' || c == '”') {
        if (quoted) {
          phrase(shown, from, i, chunks);
        } else {
          words(shown, from, i, questionWords, chunks);
        }
        quoted = !quoted && i < shown.length();
        from = i + 1;
      }
    }
    if (chunks.isEmpty()) {
      return new QueryText(shown, List.of());
    }
    return new QueryText(
        shown, List.copyOf(chunks.subList(0, Math.min(MAX_CHUNKS, chunks.size()))));
  }

  /** The stretches of the query made of chunks that touch: what is marked in the results. */
  public List<String> spans() {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < chunks.size(); i++) {
      if (i + 1 == chunks.size() || !chunks.get(i).touches(chunks.get(i + 1))) {
        out.add(shown.substring(chunks.get(from).start(), chunks.get(i).end()));
        from = i + 1;
      }
    }
    return out;
  }

  /** True when nothing is left to match (an empty query browses instead). */
  public boolean isEmpty() {
    return chunks.isEmpty();
  }

  private static void phrase(String shown, int from, int to, List<Chunk> chunks) {
    String text = shown.substring(from, to).strip();
    if (!text.isEmpty() && !SearchQueries.terms(Analysis.BIGRAMS, text).isEmpty()) {
      chunks.add(new Chunk(text, from, to, Kind.QUOTED));
    }
  }

  /**
   * The words of an unquoted stretch; runs of single characters joined into one chunk. A space the
   * user typed ends a word: the segmenter alone would join 办完 结转 into 完结.
   */
  private static void words(
      String shown, int from, int to, Set<String> questionWords, List<Chunk> chunks) {
    if (from >= to) {
      return;
    }
    List<Chunk> tokens = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || shown.charAt(i) == ' ') {
        if (i > start) {
          tokens.addAll(tokens(shown.substring(start, i), start));
        }
        start = i + 1;
      }
    }
    List<Chunk> kept = tokens.stream().filter(t -> !questionWords.contains(t.text())).toList();
    List<Chunk> coded =
        joined(kept, (last, t) -> isLatinOrDigits(last) && isLatinOrDigits(t), Kind.WORD);
    chunks.addAll(
        joined(coded, (last, t) -> isRunOfSingles(last) && isSingleIdeograph(t), Kind.RUN));
  }

  /**
   * The chunks, each joined to the one before it into one chunk of the given kind where the two
   * touch and {@code joins} holds for them.
   */
  private static List<Chunk> joined(
      List<Chunk> tokens, BiPredicate<Chunk, Chunk> joins, Kind kind) {
    List<Chunk> out = new ArrayList<>();
    for (Chunk t : tokens) {
      Chunk last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.touches(t) && joins.test(last, t)) {
        out.set(out.size() - 1, new Chunk(last.text() + t.text(), last.start(), t.end(), kind));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Letters and digits written together (G318, 5G, j79t4d9s7) are one chunk: the segmenter cuts
   * them into letters and numbers of one or two characters, which count for little beside longer
   * words, so a code would be found by the query's other words alone, and a code no page holds
   * would not empty the answer. The bigram fields hold such a code whole.
   */
  private static boolean isLatinOrDigits(Chunk c) {
    return c.text().chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch));
  }

  private static boolean isSingleIdeograph(Chunk c) {
    return c.isSingleCharacter() && Character.isIdeographic(c.text().codePointAt(0));
  }

  private static boolean isRunOfSingles(Chunk c) {
    return c.kind() == Kind.RUN || (c.kind() == Kind.WORD && isSingleIdeograph(c));
  }

  private static List<Chunk> tokens(String text, int offset) {
    List<Chunk> out = new ArrayList<>();
    try (TokenStream ts = Analysis.WORDS.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute at = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            new Chunk(
                term.toString(), offset + at.startOffset(), offset + at.endOffset(), Kind.WORD));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
