package io.gongkai.platform;

/** Rules for the text people send. */
public final class Text {

  private Text() {}

  /**
   * The text without C0 and C1 control characters (tab, line feed and carriage return stay), DEL,
   * unpaired surrogates and the non-characters U+FFFE and U+FFFF.
   */
  public static String withoutControls(String s) {
    if (s == null || clean(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (!unwanted(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean clean(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (unwanted(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unwanted(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7f && c <= 0x9f)
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
