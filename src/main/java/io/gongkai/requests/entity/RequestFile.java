package io.gongkai.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file kept with a request (its letter, the reply …): personal data, read by the organisation's
 * editors only. The name is only ever displayed; the bytes live apart ({@link RequestFileContent})
 * so the request's answer lists its files without loading them.
 */
@Entity
@Table(name = "disclosure_request_file")
public class RequestFile {

  /** What was uploaded, as checked: display name, detected type, size and digest. */
  public record Facts(String fileName, String contentType, long size, String sha256) {}

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private DisclosureRequest request;

  @Enumerated(EnumType.STRING)
  private FileKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  private String sha256;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected RequestFile() {}

  RequestFile(DisclosureRequest request, FileKind kind, Facts facts, String by, Instant at) {
    this.request = request;
    this.kind = kind;
    this.fileName = facts.fileName();
    this.contentType = facts.contentType();
    this.size = facts.size();
    this.sha256 = facts.sha256();
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public Long id() {
    return id;
  }

  public DisclosureRequest request() {
    return request;
  }

  public FileKind kind() {
    return kind;
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

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
