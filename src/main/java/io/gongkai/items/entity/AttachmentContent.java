package io.gongkai.items.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart from its metadata so lists never load them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(Long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }

  public byte[] content() {
    return content;
  }
}
