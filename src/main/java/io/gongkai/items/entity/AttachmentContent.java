package io.gongkai.items.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The bytes of an attachment, apart from its metadata so lists never load them, and the text read
 * from them for search. {@code textExtractedAt} says whether reading the text was attempted: a row
 * without it is still to be read (rows stored before text extraction existed).
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "text_content")
  private String text;

  @Column(name = "text_extracted_at")
  private Instant textExtractedAt;

  protected AttachmentContent() {}

  /** The content with the outcome of extracting its text: empty when it has none to read. */
  public AttachmentContent(Long attachmentId, byte[] content, Optional<String> text) {
    this.attachmentId = attachmentId;
    this.content = content;
    recordText(text);
  }

  public byte[] content() {
    return content;
  }

  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  public boolean textExtracted() {
    return textExtractedAt != null;
  }

  public void recordText(Optional<String> text) {
    this.text = text.filter(t -> !t.isEmpty()).orElse(null);
    this.textExtractedAt = Instant.now();
  }
}
