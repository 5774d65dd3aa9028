package io.gongkai.items.control;

import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the characters a Tika parser reports, up to a bound, and stops the parse when the bound
 * is reached or time is up. The bound is signalled with Tika's own {@link
 * WriteLimitReachedException}, which its parsers pass on instead of treating it as a damaged page.
 */
final class BoundedText extends DefaultHandler {

  /** The parse ran out of time (or its thread was interrupted). */
  static final class OutOfTime extends SAXException {
    OutOfTime() {
      super("out of time");
    }
  }

  private final StringBuilder text = new StringBuilder();
  private final int maxChars;
  private final long deadlineNanos;
  private boolean full;

  BoundedText(int maxChars, long deadlineNanos) {
    this.maxChars = maxChars;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
      throw new OutOfTime();
    }
    if (full) {
      throw new WriteLimitReachedException(maxChars);
    }
    int room = maxChars - text.length();
    if (length > room) {
      text.append(ch, start, room);
      full = true;
      throw new WriteLimitReachedException(maxChars);
    }
    text.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  boolean full() {
    return full;
  }

  /**
   * The text with NULs and other control characters removed (PostgreSQL refuses NUL in text),
   * trailing spaces and runs of blank lines collapsed, never ending in half a surrogate pair.
   */
  String text() {
    int end = text.length();
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end)
        .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]", "")
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceAll("[ \\t\\u3000]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
