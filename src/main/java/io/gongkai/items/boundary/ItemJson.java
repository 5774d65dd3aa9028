package io.gongkai.items.boundary;

import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.HtmlSanitiser;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.Labelled;
import io.gongkai.platform.PageLinks;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of items: a list entry, the public page, and the editorial view. */
public final class ItemJson {

  private ItemJson() {}

  /** A channel reference. */
  public record ChannelRef(String code, String name) {
    static ChannelRef from(Channel c) {
      return new ChannelRef(c.code(), c.name());
    }
  }

  /** An organisation reference. */
  public record OrganisationRef(String slug, String name) {}

  /** One entry of a list. */
  public record ItemSummary(
      long id,
      String indexNumber,
      String title,
      String summary,
      OrganisationRef organisation,
      String publisher,
      ChannelRef channel,
      String documentNumber,
      LocalDate writtenOn,
      LocalDate publishedOn,
      String genre,
      String validity) {

    public static ItemSummary from(Item i) {
      return new ItemSummary(
          i.id(),
          i.indexNumber(),
          i.title(),
          summaryOf(i),
          new OrganisationRef(i.organisation().slug(), i.organisation().name()),
          i.publisher(),
          ChannelRef.from(i.primaryChannel()),
          i.documentNumber(),
          i.writtenOn(),
          publishedOnOf(i),
          label(i.genre()),
          label(i.validity()));
    }
  }

  /** A file of an item; {@code url} downloads it. */
  public record AttachmentJson(
      long id, String fileName, String contentType, long size, String sha256, String url) {
    static AttachmentJson from(Item i, Attachment a) {
      return new AttachmentJson(
          a.id(),
          a.fileName(),
          a.contentType(),
          a.size(),
          a.sha256(),
          "/api/v1/items/" + i.id() + "/attachments/" + a.id());
    }
  }

  /** The public page of an item: every catalogue field. */
  public record ItemDetail(
      long id,
      String indexNumber,
      String title,
      String summary,
      String body,
      OrganisationRef organisation,
      String publisher,
      ChannelRef channel,
      List<ChannelRef> extraChannels,
      String documentNumber,
      LocalDate writtenOn,
      LocalDate publishedOn,
      String theme,
      String genre,
      List<String> keywords,
      String disclosureMethod,
      String scope,
      String timeLimit,
      String validity,
      LocalDate invalidSince,
      List<AttachmentJson> attachments,
      Instant updatedAt) {

    public static ItemDetail from(Item i) {
      return new ItemDetail(
          i.id(),
          i.indexNumber(),
          i.title(),
          summaryOf(i),
          i.body(),
          new OrganisationRef(i.organisation().slug(), i.organisation().name()),
          i.publisher(),
          ChannelRef.from(i.primaryChannel()),
          i.extraChannels().stream().map(ChannelRef::from).toList(),
          i.documentNumber(),
          i.writtenOn(),
          publishedOnOf(i),
          i.theme(),
          label(i.genre()),
          i.keywords(),
          label(i.disclosureMethod()),
          label(i.scope()),
          label(i.timeLimit()),
          label(i.validity()),
          i.invalidSince(),
          i.attachments().stream().map(a -> AttachmentJson.from(i, a)).toList(),
          i.updatedAt());
    }
  }

  /** The editorial view: the public page plus workflow state and the version to send back. */
  public record ItemView(
      ItemDetail item,
      String state,
      boolean scheduled,
      Instant publishedAt,
      Instant expiresAt,
      String withdrawnReason,
      String createdBy,
      Instant createdAt,
      String externalId,
      String originalUrl,
      long version) {

    public static ItemView from(Item i) {
      return new ItemView(
          ItemDetail.from(i),
          i.state().name(),
          i.isScheduledAt(Instant.now()),
          i.publishedAt(),
          i.expiresAt(),
          i.withdrawnReason(),
          i.createdBy(),
          i.createdAt(),
          i.externalId(),
          i.originalUrl(),
          i.version());
    }
  }

  /** A page of a list. */
  public record PageJson<T>(List<T> items, int page, int size, long total, PageLinks links)
      implements PageLinks.Paged {

    /** A page of {@code items}, linked to the others of the list the request asked for. */
    public static <T> PageJson<T> of(List<T> items, int page, int size, long total, UriInfo uri) {
      return new PageJson<>(items, page, size, total, PageLinks.of(uri, page, size, total));
    }
  }

  static String summaryOf(Item i) {
    if (i.summary() != null && !i.summary().isBlank()) {
      return i.summary();
    }
    String text = HtmlSanitiser.text(i.body()).strip();
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }

  static LocalDate publishedOnOf(Item i) {
    return i.publishedAt() == null ? null : i.publishedAt().atZone(ItemQueries.CHINA).toLocalDate();
  }

  static String label(Labelled value) {
    return value == null ? null : value.label();
  }
}
