package io.gongkai.search.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds of one public piece of content: an item or a report, as plain text and
 * catalogue data. Built from the database by {@link SearchSource}; turned into a Lucene document by
 * {@link Fields#document}.
 */
public record Indexable(
    String type,
    long id,
    long organisationId,
    List<Long> channelIds,
    String title,
    String text,
    String attachmentText,
    Instant publishedAt,
    Instant expiresAt,
    String genre,
    String theme,
    String validity,
    String indexNumber,
    String documentNumber,
    LocalDate writtenOn,
    Integer reportYear) {

  public static final String ITEM = "item";
  public static final String REPORT = "report";

  public String key() {
    return key(type, id);
  }

  public static String key(String type, long id) {
    return type + ":" + id;
  }
}
