package io.gongkai.search.control;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a correction only swaps characters for others of the same sound (拼音, tones ignored): the
 * slip of a pinyin input method — 预按 for 预案, 抗汗 for 抗旱 — and not another word that merely shares a
 * character (社保 is not a typo of 社会, nor 居住证 of 居住的). Readings come from ICU's Han-Latin transform
 * (one reading a character: a slip on a character's rarer reading is missed).
 */
final class Homophones {

  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  private static final Map<Integer, String> READINGS = new ConcurrentHashMap<>();

  private Homophones() {}

  /**
   * Same length, and every character that differs is a Chinese character read like the one it
   * replaces; characters of other scripts may differ freely (a Latin typo is a spelling slip).
   */
  static boolean sameSound(String typed, String candidate) {
    int[] a = typed.codePoints().toArray();
    int[] b = candidate.codePoints().toArray();
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        continue;
      }
      boolean hanA = han(a[i]);
      boolean hanB = han(b[i]);
      if (hanA != hanB || (hanA && !reading(a[i]).equals(reading(b[i])))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text holds a Chinese character (then only same-sound swaps correct it). */
  static boolean chinese(String text) {
    return text.codePoints().anyMatch(Homophones::han);
  }

  /** Whether a character is a Chinese one. */
  static boolean han(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /**
   * The characters read like this one (itself excluded), among the 6,763 of GB 2312 — those an
   * input method offers first, and those pages are written in. Built once, on first use (about a
   * third of a second).
   */
  static List<Integer> of(int codePoint) {
    return Table.BY_READING.getOrDefault(reading(codePoint), List.of()).stream()
        .filter(c -> c != codePoint)
        .toList();
  }

  /** Characters by reading; a holder class, so that only a correction pays for building it. */
  private static final class Table {
    static final Map<String, List<Integer>> BY_READING = build();

    private static Map<String, List<Integer>> build() {
      CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
      Map<String, List<Integer>> out = new HashMap<>();
      for (int c = 0x4E00; c <= 0x9FA5; c++) {
        if (gb2312.canEncode((char) c)) {
          out.computeIfAbsent(reading(c), r -> new ArrayList<>()).add(c);
        }
      }
      return Map.copyOf(out);
    }
  }

  private static String reading(int codePoint) {
    return READINGS.computeIfAbsent(codePoint, Homophones::transliterate);
  }

  private static String transliterate(int codePoint) {
    synchronized (PINYIN) {
      return PINYIN.transliterate(new String(Character.toChars(codePoint))).strip();
    }
  }
}
