package io.gongkai.search.control;

import com.ibm.icu.text.Transliterator;
import io.gongkai.items.entity.NumberKey;
import java.io.Reader;
import java.text.Normalizer;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.Version;

/**
 * How text becomes terms. Every text is indexed twice: as words (smartcn's HMM segmenter, so
 * dictionary words rank well) and as CJK bigrams (so names no dictionary knows — 句容, 机关服务中心,
 * people's names — are still found as exact substrings). Titles also feed a spelling field of words
 * and two-word shingles for "did you mean" and completions.
 *
 * <p>Every analyser folds the same way, at index and at query time: Traditional to Simplified
 * (ICU's {@code Traditional-Simplified} transform), full-width to half-width, case, and Roman level
 * numerals to Chinese ones (Ⅳ级 and IV级 are 四级), so each spelling finds the others.
 */
public final class Analysis {

  /** Changes whenever a field or an analyser changes; an index with another stamp is rebuilt. */
  public static final String STAMP = "lucene-" + Version.LATEST + "/gongkai-analysis-5";

  private static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";

  /** Roman numerals of emergency-response and warning levels, spelled as the Chinese ones. */
  private static final NormalizeCharMap LEVELS = levels();

  private static final ThreadLocal<Transliterator> SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED));

  static final Analyzer WORDS = words();
  static final Analyzer BIGRAMS = bigrams();
  static final Analyzer SPELLING = spelling();

  /** The analyser for every text field, by field name. */
  static final Analyzer INDEXING =
      new PerFieldAnalyzerWrapper(
          BIGRAMS,
          Map.of(
              Fields.TITLE_WORDS, WORDS,
              Fields.BODY_WORDS, WORDS,
              Fields.ATTACHMENT_WORDS, WORDS,
              Fields.SPELLING, SPELLING));

  private Analysis() {}

  /** An analyser whose reader maps level numerals and whose tokens are folded. */
  private abstract static class Folding extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(LEVELS, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }

    static TokenStream fold(TokenStream source) {
      TokenStream stream =
          new ICUTransformFilter(source, Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED));
      stream = new CJKWidthFilter(stream);
      return new LowerCaseFilter(stream);
    }
  }

  private static Analyzer words() {
    return new Folding() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        HMMChineseTokenizer source = new HMMChineseTokenizer();
        TokenStream stream = new StopFilter(fold(source), SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  private static Analyzer bigrams() {
    return new Folding() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new CJKBigramFilter(fold(source)));
      }
    };
  }

  private static Analyzer spelling() {
    return new Folding() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        HMMChineseTokenizer source = new HMMChineseTokenizer();
        TokenStream stream = new StopFilter(fold(source), SmartChineseAnalyzer.getDefaultStopSet());
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setTokenSeparator("");
        shingles.setFillerToken("");
        return new TokenStreamComponents(source, shingles);
      }
    };
  }

  /**
   * Folds a query as the analysers fold texts: full-width forms and compatibility characters (so
   * 〔２０１９〕 and [2019] compare), then Traditional to Simplified (so the segmenter sees the words it
   * knows).
   */
  public static String fold(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return SIMPLIFIED.get().transliterate(nfkc);
  }

  private static NormalizeCharMap levels() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    String[][] numerals = {
      {"Ⅰ", "I", "一"}, {"Ⅱ", "II", "二"}, {"Ⅲ", "III", "三"}, {"Ⅳ", "IV", "四"}, {"Ⅴ", "V", "五"}
    };
    for (String[] n : numerals) {
      for (String suffix : new String[] {"级", "类"}) {
        map.add(n[0] + suffix, n[2] + suffix);
        map.add(n[1] + suffix, n[2] + suffix);
        map.add(n[1].toLowerCase(java.util.Locale.ROOT) + suffix, n[2] + suffix);
      }
    }
    return map.build();
  }

  /**
   * Where the words of a text start: for every word the segmenter finds, its first two characters
   * (a one-character word with the character that follows it directly), folded as the words are.
   */
  public static java.util.Set<String> wordStarts(String text) {
    record Token(String term, int start, int end) {}
    java.util.List<Token> tokens = new java.util.ArrayList<>();
    try (TokenStream ts = WORDS.tokenStream("", text)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var at = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Token(term.toString(), at.startOffset(), at.endOffset()));
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    java.util.Set<String> starts = new java.util.LinkedHashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).term();
      if (t.codePointCount(0, t.length()) >= 2) {
        starts.add(t.substring(0, t.offsetByCodePoints(0, 2)));
      } else if (i + 1 < tokens.size() && tokens.get(i).end() == tokens.get(i + 1).start()) {
        String next = tokens.get(i + 1).term();
        starts.add(t + next.substring(0, next.offsetByCodePoints(0, 1)));
      }
    }
    return starts;
  }

  /**
   * The comparable form of a 文号 or 索引号 (see {@link NumberKey}), and for searching also without the
   * 第 people put before a serial: 硕政办发(2021)第34号 finds 硕政办发〔2021〕34号, and the other way round.
   */
  public static String numberKey(String number) {
    String key = NumberKey.of(number);
    return key == null ? null : ORDINAL.matcher(key).replaceAll("");
  }

  /** 第 between the year (or another number) and a serial. */
  private static final java.util.regex.Pattern ORDINAL =
      java.util.regex.Pattern.compile("(?<=\\d)第(?=\\d)");
}
