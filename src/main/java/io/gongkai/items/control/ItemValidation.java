package io.gongkai.items.control;

import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.channels.entity.ChannelKind;
import io.gongkai.items.entity.DisclosureMethod;
import io.gongkai.items.entity.DisclosureScope;
import io.gongkai.items.entity.Genre;
import io.gongkai.items.entity.ItemContent;
import io.gongkai.items.entity.Labelled;
import io.gongkai.items.entity.TimeLimit;
import io.gongkai.items.entity.Validity;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Problem.FieldError;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns an editor's {@link ItemInput} into checked, sanitised {@link ItemContent}, or refuses it
 * listing every offending field.
 */
final class ItemValidation {

  /** The checked content and the channels it names. */
  record Checked(ItemContent content, Channel primary, Set<Channel> extra) {}

  private final List<FieldError> errors = new ArrayList<>();

  static Checked check(EntityManager em, Channels channels, Organisation org, ItemInput in) {
    return new ItemValidation().run(code -> channels.byCode(em, org, code), org, in);
  }

  /**
   * As {@link #check(EntityManager, Channels, Organisation, ItemInput)}, with the organisation's
   * channels already at hand (a batch of imported lines looks each code up once).
   */
  static Checked check(Map<String, Channel> channelsByCode, Organisation org, ItemInput in) {
    return new ItemValidation()
        .run(
            code -> {
              Channel c = channelsByCode.get(code);
              if (c == null) {
                throw new Problem.NotFound("channel", org.slug() + "/" + code);
              }
              return c;
            },
            org,
            in);
  }

  private Checked run(
      java.util.function.Function<String, Channel> channels, Organisation org, ItemInput in) {
    String title = text("title", in.title(), 200, true);
    String summary = text("summary", in.summary(), 300, false);
    String body = text("body", in.body(), 1_000_000, false);
    String documentNumber = text("documentNumber", in.documentNumber(), 100, false);
    String theme = text("theme", in.theme(), 50, false);
    String publisher = text("publisher", in.publisher(), 200, false);
    if (org.name().equals(publisher)) {
      publisher = null;
    }
    List<String> keywords = keywords(in.keywords());
    Genre genre = label("genre", in.genre(), Genre::fromLabel, Genre.values(), null);
    DisclosureMethod method =
        label(
            "disclosureMethod",
            in.disclosureMethod(),
            DisclosureMethod::fromLabel,
            DisclosureMethod.values(),
            DisclosureMethod.PROACTIVE);
    DisclosureScope scope =
        label(
            "scope",
            in.scope(),
            DisclosureScope::fromLabel,
            DisclosureScope.values(),
            DisclosureScope.PUBLIC);
    TimeLimit timeLimit =
        label(
            "timeLimit",
            in.timeLimit(),
            TimeLimit::fromLabel,
            TimeLimit.values(),
            TimeLimit.LONG_TERM);
    Validity validity =
        label("validity", in.validity(), Validity::fromLabel, Validity.values(), Validity.VALID);
    if (validity == Validity.VALID && in.invalidSince() != null) {
      errors.add(new FieldError("invalidSince", "items.invalid-since"));
    }
    Channel primary = channel(channels, org, "channel", in.channel());
    Set<Channel> extra = new LinkedHashSet<>();
    for (String code : in.extraChannels() == null ? List.<String>of() : in.extraChannels()) {
      Channel c = channel(channels, org, "extraChannels", code);
      if (c != null && (primary == null || !c.id().equals(primary.id()))) {
        extra.add(c);
      }
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    ItemContent content =
        new ItemContent(
            title,
            summary,
            HtmlSanitiser.clean(body),
            primary.id(),
            extra.stream().map(Channel::id).sorted().toList(),
            documentNumber,
            in.writtenOn(),
            theme,
            genre,
            keywords,
            method,
            scope,
            timeLimit,
            validity,
            in.invalidSince(),
            in.expiresAt(),
            publisher);
    return new Checked(content, primary, extra);
  }

  private String text(String field, String value, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        errors.add(new FieldError(field, "field.required"));
      }
      return null;
    }
    if (v.length() > max) {
      errors.add(new FieldError(field, "field.max-length-got", max, v.length()));
    }
    return v;
  }

  private List<String> keywords(List<String> keywords) {
    if (keywords == null) {
      return List.of();
    }
    List<String> cleaned =
        keywords.stream()
            .filter(k -> k != null && !k.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
    if (cleaned.size() > 20 || cleaned.stream().anyMatch(k -> k.length() > 50)) {
      errors.add(new FieldError("keywords", "items.keywords"));
    }
    return cleaned;
  }

  private <E extends Labelled> E label(
      String field, String value, Function<String, Optional<E>> parse, E[] values, E fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return parse
        .apply(value.strip())
        .orElseGet(
            () -> {
              errors.add(
                  new FieldError(
                      field, "field.one-of", Arrays.stream(values).map(Labelled::label).toList()));
              return null;
            });
  }

  private Channel channel(
      java.util.function.Function<String, Channel> channels,
      Organisation org,
      String field,
      String code) {
    if (code == null || code.isBlank()) {
      errors.add(new FieldError(field, "field.required"));
      return null;
    }
    try {
      Channel c = channels.apply(code);
      if (c.kind() != ChannelKind.ITEM_LIST) {
        errors.add(new FieldError(field, "items.channel-lists-no-items", code));
      }
      return c;
    } catch (Problem.NotFound e) {
      errors.add(new FieldError(field, "items.no-channel", code, org.slug()));
      return null;
    }
  }
}
