package io.gongkai.requests.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a request's file, apart from its metadata so lists never load them. */
@Entity
@Table(name = "disclosure_request_file_content")
public class RequestFileContent {

  @Id
  @Column(name = "file_id")
  private Long fileId;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected RequestFileContent() {}

  public RequestFileContent(Long fileId, byte[] content) {
    this.fileId = fileId;
    this.content = content;
  }

  public byte[] content() {
    return content;
  }
}
