package io.gongkai.platform;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The message catalogue: every text an editor or a citizen reads, one properties file per language
 * under {@code src/main/resources/messages/} — {@code messages.properties} is Chinese, the default;
 * {@code messages_en.properties} is English. Values are {@link MessageFormat} patterns, so a
 * literal apostrophe is written twice. Numbers are written as digits (no grouping: a year stays
 * 2019).
 */
public final class Messages {

  public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** The languages there is a catalogue for; the first is the default. */
  public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

  public static final Locale DEFAULT = CHINESE;

  static final String BUNDLE = "messages.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String text(Locale locale, String key, Object... args) {
    return text(locale, Message.of(key, args));
  }

  /** The message in {@code locale}; a key missing from the catalogue shows as the key itself. */
  public static String text(Locale locale, Message message) {
    String pattern;
    try {
      pattern = bundle(locale).getString(message.key());
    } catch (MissingResourceException e) {
      System.getLogger(Messages.class.getName())
          .log(System.Logger.Level.WARNING, "No message " + message.key() + " for " + locale);
      return message.key();
    }
    if (message.args().isEmpty()) {
      return new MessageFormat(pattern, locale).format(new Object[0]);
    }
    Object[] args = message.args().stream().map(a -> argument(locale, a)).toArray();
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Whether the catalogue has {@code key} (in the default language, which every key must have). */
  public static boolean has(String key) {
    return bundle(DEFAULT).containsKey(key);
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
  }

  private static Object argument(Locale locale, Object a) {
    if (a instanceof Message m) {
      return text(locale, m);
    }
    if (a instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (a instanceof Number n) {
      return String.valueOf(n);
    }
    if (a instanceof Collection<?> list) {
      return list.stream()
          .map(e -> String.valueOf(argument(locale, e)))
          .collect(Collectors.joining(text(locale, "list.separator")));
    }
    return a == null ? "" : a;
  }
}
