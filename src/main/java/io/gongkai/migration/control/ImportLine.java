package io.gongkai.migration.control;

import java.util.List;

/**
 * One line of an import file as sent: the old site's item. Dates are text here so that a bad one is
 * reported as a row error naming its field, not as an unreadable line. Unknown keys are ignored.
 * {@code kind} {@code annual-report} (or a channel that is the 年度报告 channel) makes the line a past
 * year's annual report, of {@code year} or the year its title prints.
 */
public record ImportLine(
    String externalId,
    String title,
    String body,
    String summary,
    String channel,
    String documentNumber,
    String indexNumber,
    String writtenOn,
    String publishedAt,
    String publisher,
    String subject,
    String genre,
    String validity,
    String validityDate,
    List<String> keywords,
    String originalUrl,
    String state,
    List<AttachmentRef> attachments,
    String kind,
    String year) {

  /**
   * The kind of line that is an annual report of a past year (as is a line of the 年度报告 channel).
   */
  public static final String ANNUAL_REPORT = "annual-report";

  /** A file of the zip that belongs to the item, with the name to show (defaults to the file's). */
  public record AttachmentRef(String file, String name) {}

  /** The first line of a file may be this instead of an item: names of old channels → codes. */
  public record Header(java.util.Map<String, String> channelMap) {}
}
