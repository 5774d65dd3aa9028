package io.gongkai.search.control;

import io.gongkai.items.entity.NumberKey;
import java.text.Normalizer;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.util.Version;

/**
 * How text becomes terms. Every text is indexed twice: as words (SmartChineseAnalyzer, so
 * dictionary words rank well) and as CJK bigrams (so names no dictionary knows — 句容, 机关服务中心,
 * people's names — are still found as exact substrings). Titles also feed a spelling field of words
 * and two-word shingles for "did you mean" and completions.
 */
public final class Analysis {

  /** Changes whenever a field or an analyser changes; an index with another stamp is rebuilt. */
  public static final String STAMP = "lucene-" + Version.LATEST + "/gongkai-analysis-1";

  static final Analyzer WORDS = new SmartChineseAnalyzer();
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

  private static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(source, new CJKBigramFilter(stream));
      }
    };
  }

  private static Analyzer spelling() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        HMMChineseTokenizer source = new HMMChineseTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setTokenSeparator("");
        shingles.setFillerToken("");
        return new TokenStreamComponents(source, shingles);
      }
    };
  }

  /** Folds full-width forms and compatibility characters so 〔２０１９〕 and [2019] compare. */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** The comparable form of a 文号 or 索引号 (see {@link NumberKey}). */
  public static String numberKey(String number) {
    return NumberKey.of(number);
  }
}
