package io.gongkai.items.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A file attached to an item. The file name is kept for display only; the bytes live in the
 * database ({@link AttachmentContent}) so every instance sharing it can serve them. An image also
 * has its displayed size, its alternative text and smaller copies ({@link AttachmentVariant}).
 */
@Entity
@jakarta.persistence.EntityListeners(ItemChanges.class)
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "item_id")
  private Item item;

  @Column(name = "sort_order")
  private int position;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "created_at")
  private Instant createdAt;

  /** Width and height of an image as displayed (after its EXIF orientation); null otherwise. */
  private Integer width;

  private Integer height;

  @Column(name = "alt_text")
  private String alt;

  protected Attachment() {}

  public Attachment(Item item, String fileName, String contentType, long size, String sha256) {
    this.item = item;
    this.position = item.attachments().size();
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.createdAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public Item item() {
    return item;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** True for an image Gongkai measured and made smaller copies of. */
  public boolean isPicture() {
    return width != null && height != null;
  }

  public Integer width() {
    return width;
  }

  public Integer height() {
    return height;
  }

  /** The image's alternative text, as the editor wrote it; null when none was given. */
  public String alt() {
    return alt;
  }

  public void measured(int width, int height) {
    this.width = width;
    this.height = height;
  }

  public void describe(String alt) {
    this.alt = alt == null || alt.isBlank() ? null : alt.strip();
  }
}
