package io.gongkai.requests.boundary;

import io.gongkai.requests.entity.RequestFile;
import java.time.Instant;

/**
 * A file of a request (its letter, the reply …) as the organisation's editors see it; {@code url}
 * downloads it, for them only.
 */
public record RequestFileJson(
    long id,
    String kind,
    String kindLabel,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    String url) {

  static RequestFileJson from(RequestFile f) {
    return new RequestFileJson(
        f.id(),
        f.kind().code(),
        f.kind().label(),
        f.fileName(),
        f.contentType(),
        f.size(),
        f.sha256(),
        f.uploadedBy(),
        f.uploadedAt(),
        "/api/v1/manage/organisations/"
            + f.request().organisation().slug()
            + "/requests/"
            + f.request().id()
            + "/files/"
            + f.id());
  }
}
