package io.gongkai.items.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A smaller copy of an image attachment, {@code width} pixels wide, made once when the image was
 * uploaded and kept in the database beside the original so every instance serves the same bytes.
 * JPEG for pictures without transparency, PNG for those with it.
 */
@Entity
@Table(name = "attachment_variant")
@IdClass(AttachmentVariant.Key.class)
public class AttachmentVariant {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Id private int width;

  private int height;

  @Column(name = "content_type")
  private String contentType;

  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected AttachmentVariant() {}

  public AttachmentVariant(
      Long attachmentId, int width, int height, String contentType, byte[] content, String sha256) {
    this.attachmentId = attachmentId;
    this.width = width;
    this.height = height;
    this.contentType = contentType;
    this.content = content;
    this.sha256 = sha256;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public String contentType() {
    return contentType;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content;
  }

  /** The composite key: attachment and width. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long attachmentId;
    private int width;

    public Key() {}

    public Key(Long attachmentId, int width) {
      this.attachmentId = attachmentId;
      this.width = width;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(attachmentId, k.attachmentId) && width == k.width;
    }

    @Override
    public int hashCode() {
      return Objects.hash(attachmentId, width);
    }
  }
}
