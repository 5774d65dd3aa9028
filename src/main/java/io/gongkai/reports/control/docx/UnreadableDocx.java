package io.gongkai.reports.control.docx;

/**
 * A file that cannot be read as a Word (.docx) document: not a Word file at all, damaged,
 * password-protected, or expanding to far more than its size (a zip bomb). The message says which,
 * in words an uploader understands.
 */
public class UnreadableDocx extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableDocx(String message) {
    super(message);
  }

  public UnreadableDocx(String message, Throwable cause) {
    super(message, cause);
  }
}
