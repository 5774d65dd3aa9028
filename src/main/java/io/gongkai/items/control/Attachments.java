package io.gongkai.items.control;

import io.gongkai.access.control.Caller;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.AttachmentContent;
import io.gongkai.items.entity.AttachmentVariant;
import io.gongkai.items.entity.Item;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Upload;
import io.gongkai.platform.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Uploads and serves attachments. Each upload is read and checked by {@link Uploads} (bounded size,
 * type from the bytes agreeing with the name, a clean display name). The text is read ({@link
 * AttachmentText}) before the transaction that stores it, and a file without readable text is
 * stored all the same.
 */
@ApplicationScoped
public class Attachments {

  /** The longest alternative text of a picture. */
  static final int ALT_MAX = 500;

  @Inject Transactions tx;
  @Inject Settings settings;
  @Inject Uploads uploads;
  @Inject ItemAccess access;
  @Inject AuditLog audit;
  @Inject AttachmentText attachmentText;

  public Attachment add(
      Caller caller, long itemId, Long version, String fileName, InputStream body) {
    Upload upload = uploads.read(fileName, body);
    Optional<Pictures.Picture> picture = picture(upload);
    Optional<String> text =
        attachmentText.extract(upload.fileName(), upload.contentType(), upload.bytes());
    return tx.write(
        em -> {
          Item item = access.forEdit(em, caller, itemId, version);
          Attachment attachment = store(em, item, upload, text, picture);
          audit.record(
              em,
              caller,
              "attachment.add",
              ItemEditor.target(item),
              upload.fileName() + " " + upload.sha256());
          return attachment;
        });
  }

  /** Checks and stores a file outside any request (demo content, imports). */
  public Attachment importFile(EntityManager em, Item item, String fileName, InputStream body) {
    return store(em, item, uploads.read(fileName, body));
  }

  /** Stores a file already read and checked by {@link Uploads}, with its text for search. */
  public Attachment store(EntityManager em, Item item, Upload upload) {
    return store(
        em,
        item,
        upload,
        attachmentText.extract(upload.fileName(), upload.contentType(), upload.bytes()),
        picture(upload));
  }

  /** An image measured and copied ({@link Pictures}); nothing for other files. */
  private Optional<Pictures.Picture> picture(Upload upload) {
    return Pictures.isPicture(upload.contentType())
        ? Optional.of(
            Pictures.make(upload.bytes(), upload.contentType(), settings.uploadMaxPixels()))
        : Optional.empty();
  }

  private static Attachment store(
      EntityManager em,
      Item item,
      Upload upload,
      Optional<String> text,
      Optional<Pictures.Picture> picture) {
    Attachment attachment =
        new Attachment(
            item, upload.fileName(), upload.contentType(), upload.bytes().length, upload.sha256());
    picture.ifPresent(p -> attachment.measured(p.width(), p.height()));
    item.attachments().add(attachment);
    item.touch(item.isVisibleAt(java.time.Instant.now()));
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.id(), upload.bytes(), text));
    for (Pictures.Copy c : picture.map(Pictures.Picture::copies).orElse(List.of())) {
      em.persist(
          new AttachmentVariant(
              attachment.id(),
              c.width(),
              c.height(),
              c.contentType(),
              c.bytes(),
              Upload.sha256(c.bytes())));
    }
    return attachment;
  }

  public void remove(Caller caller, long itemId, Long version, long attachmentId) {
    tx.write(
        em -> {
          Item item = access.forEdit(em, caller, itemId, version);
          Attachment attachment = find(item, attachmentId);
          AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
          if (content != null) {
            em.remove(content);
          }
          em.createQuery("delete from AttachmentVariant v where v.attachmentId = :id")
              .setParameter("id", attachmentId)
              .executeUpdate();
          if (item.cover().filter(attachment::equals).isPresent()) {
            item.coverWith(null);
          }
          item.attachments().remove(attachment);
          item.touch(item.isVisibleAt(java.time.Instant.now()));
          audit.record(
              em, caller, "attachment.remove", ItemEditor.target(item), attachment.fileName());
          return null;
        });
  }

  /** Sets an image attachment's alternative text and whether it is the item's cover. */
  public Item describe(
      Caller caller, long itemId, Long version, long attachmentId, PictureInput input) {
    return tx.write(
        em -> {
          Item item = access.forEdit(em, caller, itemId, version);
          Attachment attachment = find(item, attachmentId);
          if (!attachment.isPicture()) {
            throw new Problem.Invalid("attachment", "items.cover-not-picture");
          }
          if (input.alt() != null) {
            if (input.alt().strip().length() > ALT_MAX) {
              throw new Problem.Invalid("alt", "items.alt-too-long", ALT_MAX);
            }
            attachment.describe(input.alt());
          }
          if (Boolean.TRUE.equals(input.cover())) {
            item.coverWith(attachment);
          } else if (Boolean.FALSE.equals(input.cover())
              && item.cover().filter(attachment::equals).isPresent()) {
            item.coverWith(null);
          } else {
            item.touch(item.isVisibleAt(java.time.Instant.now()));
          }
          audit.record(
              em,
              caller,
              "attachment.describe",
              ItemEditor.target(item),
              attachment.fileName()
                  + (item.cover().filter(attachment::equals).isPresent() ? " cover" : ""));
          return item;
        });
  }

  public static Attachment find(Item item, long attachmentId) {
    return item.attachments().stream()
        .filter(a -> a.id() == attachmentId)
        .findFirst()
        .orElseThrow(() -> new Problem.NotFound("attachment", attachmentId));
  }

  public byte[] content(EntityManager em, Attachment attachment) {
    return em.find(AttachmentContent.class, attachment.id()).content();
  }

  /** The copy of an image {@code width} pixels wide; 404 when it has none of that width. */
  public static AttachmentVariant variant(EntityManager em, Attachment attachment, int width) {
    AttachmentVariant v =
        em.find(AttachmentVariant.class, new AttachmentVariant.Key(attachment.id(), width));
    if (v == null) {
      throw new Problem.NotFound("picture-width", width);
    }
    return v;
  }

  /**
   * The text read from an attachment for search: empty when it has none, or when it was stored
   * before text extraction existed and the backfill has not reached it yet.
   */
  public static Optional<String> text(EntityManager em, long attachmentId) {
    return em.createQuery(
            "select c.text from AttachmentContent c where c.attachmentId = :id", String.class)
        .setParameter("id", attachmentId)
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst();
  }
}
