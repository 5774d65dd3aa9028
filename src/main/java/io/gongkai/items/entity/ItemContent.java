package io.gongkai.items.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an editor sets on an item, already validated and sanitised. A revision stores one of
 * these as its snapshot, so restoring a revision is applying it again. {@code publisher} is the
 * 发布机构 as printed when it differs from the organisation (null: the organisation itself).
 */
public record ItemContent(
    String title,
    String summary,
    String body,
    long primaryChannelId,
    List<Long> extraChannelIds,
    String documentNumber,
    LocalDate writtenOn,
    String theme,
    Genre genre,
    List<String> keywords,
    DisclosureMethod disclosureMethod,
    DisclosureScope scope,
    TimeLimit timeLimit,
    Validity validity,
    LocalDate invalidSince,
    Instant expiresAt,
    String publisher) {

  public ItemContent {
    extraChannelIds = extraChannelIds == null ? List.of() : List.copyOf(extraChannelIds);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }
}
