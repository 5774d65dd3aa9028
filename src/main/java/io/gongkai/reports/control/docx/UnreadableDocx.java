package io.gongkai.reports.control.docx;

/**
 * A file that cannot be read as a Word (.docx) document: not a Word file at all, damaged,
 * password-protected, or expanding to far more than its size (a zip bomb). The reason says which;
 * the words an uploader reads are in the message catalogue ({@code reports.docx.<reason>}).
 */
public class UnreadableDocx extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public UnreadableDocx(String reason) {
    super(reason);
    this.reason = reason;
  }

  public UnreadableDocx(String reason, Throwable cause) {
    super(reason, cause);
    this.reason = reason;
  }

  /** Why, as a short identifier: {@code empty}, {@code not-docx}, {@code password} … */
  public String reason() {
    return reason;
  }
}
