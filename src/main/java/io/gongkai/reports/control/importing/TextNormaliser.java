package io.gongkai.reports.control.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps text to the form the importer matches labels in, one character for one character (so offsets
 * stay valid): full-width ASCII to half-width, ideographic and no-break spaces to spaces, common
 * Traditional characters to Simplified.
 */
final class TextNormaliser {

  private static final String TRADITIONAL =
      "內動務區參則員單嚴國執堅報學實審將尋對屬崗廢廣強復徹態應戶採據數暢會條棲業極構標機檔檢權歷決況為無熱獨現發監眾確礎積穩級組結網線總織罰習聞職華萬處號製見規計訓訪設許詢認談請識護讀財貫責費資質購輸輿轉辦這進運過遷針長門開關階際預額類體點範與訴維糾訊濟統問題個時從後邊雙衛專書產傳價億優來們給錄響經續繼獲補舉險禮辭廳藥醫環譯鄉鎮縣項頁內畫齊惡條劃屆並證據護壞盡龍涼減稅務處災賬";
  private static final String SIMPLIFIED =
      "内动务区参则员单严国执坚报学实审将寻对属岗废广强复彻态应户采据数畅会条栖业极构标机档检权历决况为无热独现发监众确础积稳级组结网线总织罚习闻职华万处号制见规计训访设许询认谈请识护读财贯责费资质购输舆转办这进运过迁针长门开关阶际预额类体点范与诉维纠讯济统问题个时从后边双卫专书产传价亿优来们给录响经续继获补举险礼辞厅药医环译乡镇县项页内画齐恶条划届并证据护坏尽龙凉减税务处灾账";

  private static final char[] MAP = buildMap();
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

  private TextNormaliser() {}

  private static char[] buildMap() {
    if (TRADITIONAL.length() != SIMPLIFIED.length()) {
      throw new IllegalStateException("Traditional/Simplified tables differ in length");
    }
    char[] map = new char[0x10000];
    for (int c = 0; c < map.length; c++) {
      map[c] = (char) c;
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      map[c] = (char) (c - 0xFEE0);
    }
    map['\u3000'] = ' ';
    map['\u00A0'] = ' ';
    map['\u2002'] = ' ';
    map['\u2003'] = ' ';
    map['\u200B'] = ' ';
    map['\uFEFF'] = ' ';
    map['\r'] = ' ';
    map['\t'] = ' ';
    for (int i = 0; i < TRADITIONAL.length(); i++) {
      map[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
    }
    return map;
  }

  /**
   * Removes Word bookmarks, makes line ends uniform, and writes a line whose cells are separated by
   * tabs (a table copied from a browser or a spreadsheet: {@code 行政许可⇥71⇥⇥0}) as a {@code |} row,
   * so that two tabs keep the blank cell between them; the result is what offsets refer to.
   */
  static String clean(String text) {
    String s = text == null ? "" : text;
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    return tabRows(BOOKMARK.matcher(s).replaceAll(""));
  }

  /** A tab after a cell's content, on a line without bars: a cell boundary. */
  private static final Pattern TAB_ROW = Pattern.compile("(?m)^(?=[^|\\n]*\\S\\t)[^|\\n]*$");

  /**
   * Each line whose cells are separated by tabs written as a {@code |} row, one cell between each
   * pair of bars: an empty cell (two tabs, or a tab at the end) becomes a blank cell that holds a
   * space, which the tokenizer takes as certainly blank, not as separators run together.
   */
  static String tabRows(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    Matcher m = TAB_ROW.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append('|');
      // leading indentation is not a cell; a tab at the end is: an empty last cell
      String line = m.group().stripLeading().replaceAll(" +$", "");
      for (String cell : line.split("\t", -1)) {
        out.append(' ').append(cell.strip()).append(" |");
      }
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The same text, character for character, in matching form. */
  static String normalise(String cleaned) {
    char[] chars = cleaned.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = MAP[chars[i]];
    }
    // A Traditional mirror renders 文件 as 檔案 (档案) in 规范性文件.
    return new String(chars).replace("规范性档案", "规范性文件");
  }

  /** A label or text run reduced to what identifies it: no spaces, no punctuation. */
  static String compact(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = MAP[s.charAt(i)];
      if (!Character.isWhitespace(c) && PUNCTUATION.indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static final String PUNCTUATION = "、，,。.：:;；“”\"'‘’「」『』（）()[]【】《》<>·・_|/\\-—–－~～〔〕{}*#`";
}
