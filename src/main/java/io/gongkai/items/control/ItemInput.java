package io.gongkai.items.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item as an editor sends it. Closed lists (genre, 公开方式 …) are given by their Chinese labels;
 * channels by code within the item's organisation.
 */
public record ItemInput(
    String organisation,
    String title,
    String summary,
    String body,
    String channel,
    List<String> extraChannels,
    String documentNumber,
    LocalDate writtenOn,
    String theme,
    String genre,
    List<String> keywords,
    String disclosureMethod,
    String scope,
    String timeLimit,
    String validity,
    LocalDate invalidSince,
    Instant expiresAt,
    String publisher) {}
