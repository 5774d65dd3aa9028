package io.gongkai.migration.control;

import io.gongkai.items.control.ItemInput;
import io.gongkai.items.control.MigratedItems;
import io.gongkai.items.control.MigratedItems.Arrival;
import io.gongkai.items.entity.Genre;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import io.gongkai.reports.control.PastReports;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a line as sent into what the item store takes, or refuses it naming every bad field. Values
 * an old site prints in its own words (体裁 such as 通知公告, 有效性 such as 现行有效) are mapped to the closest
 * catalogue value, or left empty; they never fail a line.
 */
final class LineReader {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final String organisation;
  private final ChannelNames channels;
  private final String defaultChannel;
  private final Instant now;
  private final List<FieldError> errors = new ArrayList<>();

  private LineReader(String organisation, ChannelNames channels, String defaultChannel) {
    this.organisation = organisation;
    this.channels = channels;
    this.defaultChannel = defaultChannel;
    this.now = Instant.now();
  }

  /** Where the lines go: the organisation, its channels and the channel for lines naming none. */
  record Target(String organisation, ChannelNames channels, String defaultChannel) {}

  static MigratedItems.Line read(Target target, ImportLine in) {
    return new LineReader(target.organisation(), target.channels(), target.defaultChannel())
        .run(in);
  }

  private MigratedItems.Line run(ImportLine in) {
    String externalId = bounded("externalId", in.externalId(), 500, true);
    String indexNumber = bounded("indexNumber", in.indexNumber(), 100, false);
    String originalUrl = address(in.originalUrl());
    LocalDate writtenOn = date("writtenOn", in.writtenOn());
    LocalDate invalidSince = date("validityDate", in.validityDate());
    Instant publishedAt = published(instant("publishedAt", in.publishedAt()), writtenOn);
    Arrival arrival = arrival(in.state());
    String channel = channel(in.channel());
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    ItemInput input =
        new ItemInput(
            organisation,
            in.title(),
            in.summary(),
            in.body(),
            channel,
            List.of(),
            in.documentNumber(),
            writtenOn,
            in.subject(),
            genre(in.genre()),
            in.keywords(),
            null,
            null,
            null,
            validity(in.validity()),
            invalidSince,
            null,
            in.publisher());
    return new MigratedItems.Line(
        input, externalId, originalUrl, indexNumber, publishedAt, arrival, List.of());
  }

  /** Whether the line is a past year's annual report rather than an item. */
  static boolean isReport(Target target, ImportLine in) {
    return ImportLine.ANNUAL_REPORT.equals(in.kind()) || target.channels().reports(in.channel());
  }

  static PastReports.Page readReport(ImportLine in) {
    return new LineReader(null, null, null).report(in);
  }

  private PastReports.Page report(ImportLine in) {
    String externalId = bounded("externalId", in.externalId(), 500, true);
    String title = bounded("title", in.title(), 500, true);
    String originalUrl = address(in.originalUrl());
    Instant publishedAt = instant("publishedAt", in.publishedAt());
    publishedAt = published(publishedAt, date("writtenOn", in.writtenOn()));
    Integer year = null;
    if (in.year() != null && !in.year().isBlank()) {
      try {
        year = Integer.valueOf(in.year().strip());
      } catch (NumberFormatException e) {
        errors.add(new FieldError("year", "migration.year-digits"));
      }
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    return new PastReports.Page(externalId, year, title, in.body(), publishedAt, originalUrl);
  }

  /** When the old site published it: as given, else the day it was written. */
  private static Instant published(Instant publishedAt, LocalDate writtenOn) {
    return publishedAt == null && writtenOn != null
        ? writtenOn.atStartOfDay(CHINA).toInstant()
        : publishedAt;
  }

  /** The old page's address: absolute http(s), or a path of the old site; never a script. */
  private String address(String value) {
    String v = bounded("originalUrl", value, 1000, false);
    if (v != null && !v.matches("(?i)^(https?://[^\\s]+|/[^\\s]*)$")) {
      errors.add(new FieldError("originalUrl", "migration.original-url"));
    }
    return v;
  }

  private String channel(String printed) {
    if (printed == null || printed.isBlank()) {
      if (defaultChannel == null) {
        errors.add(new FieldError("channel", "migration.channel-required"));
      }
      return defaultChannel;
    }
    Optional<String> code = channels.code(printed);
    if (code.isEmpty()) {
      errors.add(new FieldError("channel", "migration.channel-unknown", printed.strip()));
    }
    return code.orElse(null);
  }

  private Arrival arrival(String state) {
    if (state == null || state.isBlank() || state.equals("published")) {
      return Arrival.PUBLISHED;
    }
    if (state.equals("withdrawn")) {
      return Arrival.WITHDRAWN;
    }
    errors.add(new FieldError("state", "field.one-of", List.of("published", "withdrawn")));
    return null;
  }

  private String bounded(String field, String value, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, "field.required"));
      }
      return null;
    }
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "migration.max-length-no-controls", max));
    }
    return v;
  }

  private LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d =
          LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
      if (d.isAfter(LocalDate.now(CHINA))) {
        errors.add(new FieldError(field, "migration.date-future", d));
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "migration.date-format"));
      return null;
    }
  }

  private Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().replace(' ', 'T');
    Instant at = null;
    try {
      at = OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        at =
            v.length() <= 10
                ? LocalDate.parse(v).atStartOfDay(CHINA).toInstant()
                : LocalDateTime.parse(v).atZone(CHINA).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(new FieldError(field, "migration.date-time-format"));
        return null;
      }
    }
    if (at.isAfter(now.plusSeconds(60))) {
      errors.add(new FieldError(field, "migration.time-future", value.strip()));
    }
    return at;
  }

  /** The catalogue 体裁 a printed one stands for: itself, else the longest label it ends with. */
  static String genre(String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    String p = printed.strip();
    if (p.endsWith("规范性文件")) {
      return Genre.NORMATIVE_DOCUMENT.label();
    }
    return Arrays.stream(Genre.values())
        .map(Genre::label)
        .filter(p::endsWith)
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
  }

  /** 有效 / 失效 / 废止 from what a site prints (现行有效, 已废止, 已失效 …), else unset. */
  static String validity(String printed) {
    if (printed == null) {
      return null;
    }
    if (printed.contains("废止")) {
      return "废止";
    }
    if (printed.contains("失效")) {
      return "失效";
    }
    return printed.contains("有效") ? "有效" : null;
  }
}
