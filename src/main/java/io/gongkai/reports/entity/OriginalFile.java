package io.gongkai.reports.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The file a report came from, as the agency supplied it; the name is only displayed. */
@Entity
@Table(name = "report_original")
public class OriginalFile {

  @Id
  @Column(name = "report_id")
  private Long reportId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Column(name = "created_at")
  private Instant createdAt;

  protected OriginalFile() {}

  public OriginalFile(
      Long reportId, String fileName, String contentType, byte[] content, String sha256) {
    this.reportId = reportId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = content.length;
    this.sha256 = sha256;
    this.content = content;
    this.createdAt = Instant.now();
  }

  public void replace(String fileName, String contentType, byte[] content, String sha256) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = content.length;
    this.sha256 = sha256;
    this.content = content;
    this.createdAt = Instant.now();
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

  public byte[] content() {
    return content;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
