package io.gongkai.items.boundary;

import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.BodyPictures;
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
      String validity,
      CoverJson cover) {

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
          label(i.validity()),
          CoverJson.of(i));
    }
  }

  /**
   * A file of an item; {@code url} downloads it. An image also has its displayed size and its
   * alternative text (null for other files).
   */
  public record AttachmentJson(
      long id,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String url,
      Integer width,
      Integer height,
      String alt) {
    static AttachmentJson from(Item i, Attachment a) {
      return new AttachmentJson(
          a.id(),
          a.fileName(),
          a.contentType(),
          a.size(),
          a.sha256(),
          BodyPictures.url(i, a, null),
          a.width(),
          a.height(),
          a.alt());
    }
  }

  /** One width of a picture: {@code src} gets it. */
  public record PictureSize(int width, String src) {}

  /** An item's cover picture: the original, its alternative text, size and every width. */
  public record CoverJson(String src, String alt, int width, int height, List<PictureSize> sizes) {
    static CoverJson of(Item i) {
      return i.cover()
          .filter(Attachment::isPicture)
          .map(
              a ->
                  new CoverJson(
                      BodyPictures.url(i, a, null),
                      a.alt(),
                      a.width(),
                      a.height(),
                      BodyPictures.sources(i, a).stream()
                          .map(s -> new PictureSize(s.width(), s.url()))
                          .toList()))
          .orElse(null);
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
      CoverJson cover,
      Instant updatedAt) {

    /** The public page: the item's own pictures in the body carry their widths (srcset). */
    public static ItemDetail from(Item i) {
      return of(i, BodyPictures.responsive(i));
    }

    /** The body as the editor saved it, for the editorial view. */
    static ItemDetail stored(Item i) {
      return of(i, i.body());
    }

    private static ItemDetail of(Item i, String body) {
      return new ItemDetail(
          i.id(),
          i.indexNumber(),
          i.title(),
          summaryOf(i),
          body,
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
          CoverJson.of(i),
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
          ItemDetail.stored(i),
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
