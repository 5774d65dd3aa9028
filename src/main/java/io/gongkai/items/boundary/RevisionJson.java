package io.gongkai.items.boundary;

import io.gongkai.items.entity.Revision;
import java.time.Instant;
import java.util.List;

/** One revision of an item: who saved what when. */
public record RevisionJson(
    int number, String author, Instant createdAt, List<String> changedFields) {

  static RevisionJson from(Revision r) {
    return new RevisionJson(r.number(), r.author(), r.createdAt(), r.changedFields());
  }
}
