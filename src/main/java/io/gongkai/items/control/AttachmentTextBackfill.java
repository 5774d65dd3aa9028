package io.gongkai.items.control;

import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.AttachmentContent;
import io.gongkai.platform.Background;
import io.gongkai.platform.ChangeLog;
import io.gongkai.platform.DatabaseReady;
import io.gongkai.platform.Transactions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text of attachments stored before text extraction existed, once, in the background
 * after start: a few at a time, each batch written in its own short transaction, the files read and
 * parsed outside it. Rows are found by their missing {@code text_extracted_at}, so a restart picks
 * up where it stopped; instances sharing a database may read the same file twice, which is
 * harmless.
 */
@ApplicationScoped
public class AttachmentTextBackfill {

  private static final System.Logger LOG = System.getLogger(AttachmentTextBackfill.class.getName());
  private static final int BATCH = 10;

  @Inject Transactions tx;
  @Inject AttachmentText attachmentText;
  @Inject Background background;

  private record Pending(long id, String contentType) {}

  /** Starts the backfill and returns at once. */
  void onReady(@Observes @Priority(DatabaseReady.BACKGROUND) DatabaseReady ready) {
    start();
  }

  public void start() {
    background.tasks().execute(this::run);
  }

  void run() {
    long after = 0;
    int done = 0;
    try {
      for (List<Pending> batch = next(after); !batch.isEmpty(); batch = next(after)) {
        Map<Long, Optional<String>> texts = new LinkedHashMap<>();
        for (Pending p : batch) {
          texts.put(p.id(), read(p));
        }
        done += record(texts);
        after = batch.get(batch.size() - 1).id();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Attachment text backfill stopped after " + done + " files", e);
      return;
    }
    if (done > 0) {
      LOG.log(Level.INFO, "Attachment text backfill: read {0} files stored earlier", done);
    }
  }

  private Optional<String> read(Pending p) {
    if (!attachmentText.reads(p.contentType())) {
      return Optional.empty();
    }
    return attachmentText.extract("attachment " + p.id(), p.contentType(), bytes(p.id()));
  }

  private List<Pending> next(long after) {
    return tx.read(
        em ->
            em
                .createQuery(
                    "select c.attachmentId, a.contentType from AttachmentContent c, Attachment a"
                        + " where a.id = c.attachmentId and c.textExtractedAt is null"
                        + " and c.attachmentId > :after order by c.attachmentId",
                    Object[].class)
                .setParameter("after", after)
                .setMaxResults(BATCH)
                .getResultList()
                .stream()
                .map(row -> new Pending(((Number) row[0]).longValue(), (String) row[1]))
                .toList());
  }

  private byte[] bytes(long id) {
    return tx.read(
        em ->
            em.createQuery(
                    "select c.content from AttachmentContent c where c.attachmentId = :id",
                    byte[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(new byte[0]));
  }

  /**
   * Writes a batch's texts. An update rather than {@link AttachmentContent#recordText}: loading the
   * entity would load its bytes again (no lazy loading without weaving). Only rows still unread are
   * written, so an attachment removed or read meanwhile is left alone.
   */
  private int record(Map<Long, Optional<String>> texts) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    return tx.write(
        em -> {
          int written = 0;
          for (var entry : texts.entrySet()) {
            written +=
                em.createNativeQuery(
                        "UPDATE attachment_content SET text_content = ?1, text_extracted_at = ?2"
                            + " WHERE attachment_id = ?3 AND text_extracted_at IS NULL")
                    .setParameter(1, entry.getValue().filter(t -> !t.isEmpty()).orElse(null))
                    .setParameter(2, now)
                    .setParameter(3, entry.getKey())
                    .executeUpdate();
            // the item's search document now has more text: re-index it
            Attachment attachment = em.find(Attachment.class, entry.getKey());
            if (attachment != null) {
              ChangeLog.changed(ChangeLog.Kind.ITEM, attachment.item().id());
            }
          }
          return written;
        });
  }
}
