package io.gongkai.items.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a 文号 or 索引号: full-width forms folded, brackets, separators (slashes,
 * dashes of every width, underscores) and spaces dropped, case folded. 句机服〔2019〕3号, 句机服[2019]3号 and
 * 句机服（2019） 3号 give the same key, and so do {@code 014119467/2020-00556}, {@code 014119467 /
 * 2020－00556} and {@code 014119467-2020-00556}. A literal {@code null} is dropped: sites print it
 * where their template had no value ({@code 000014349null/2022-00087}), and nobody types it.
 */
public final class NumberKey {

  private NumberKey() {}

  public static String of(String number) {
    if (number == null) {
      return null;
    }
    String folded =
        Normalizer.normalize(number, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace("null", "");
    StringBuilder key = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '〔',
            '[',
            '(',
            '【',
            '［',
            '〖',
            '{',
            '<',
            '《',
            '〕',
            ']',
            ')',
            '】',
            '］',
            '〗',
            '}',
            '>',
            '》' -> {
          // brackets are typed every way, or left out
        }
        case '/', '\\', '-', '_', '－', '—', '–', '‐', '―', '·', '、' -> {
          // separators too: 014119467/2020-00556 is typed 014119467-2020-00556 or with spaces
        }
        default -> {
          if (!Character.isWhitespace(c) && c != '\u3000') {
            key.append(c);
          }
        }
      }
    }
    return key.toString();
  }
}
