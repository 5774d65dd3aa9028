package io.gongkai.migration.boundary;

import io.gongkai.migration.control.RowError;
import io.gongkai.migration.entity.ImportJob;
import io.gongkai.platform.JsonbSettings;
import java.time.Instant;
import java.util.List;

/**
 * An import job as the API shows it: state (QUEUED, RUNNING, DONE, FAILED), the line counts and the
 * row errors ({@code line} 0 is about the file as a whole).
 */
public record ImportJson(
    long id,
    String url,
    String state,
    boolean dryRun,
    int total,
    int done,
    int created,
    int updated,
    int unchanged,
    int failed,
    List<RowError> errors,
    String createdBy,
    Instant createdAt,
    Instant finishedAt) {

  private static final java.lang.reflect.Type ERRORS =
      new java.util.ArrayList<RowError>() {}.getClass().getGenericSuperclass();

  static ImportJson from(String organisation, ImportJob job) {
    var p = job.progress();
    List<RowError> errors =
        job.errors() == null ? List.of() : JsonbSettings.jsonb().fromJson(job.errors(), ERRORS);
    return new ImportJson(
        job.id(),
        "/api/v1/manage/organisations/" + organisation + "/imports/" + job.id(),
        job.state().name(),
        job.dryRun(),
        p.total(),
        p.done(),
        p.created(),
        p.updated(),
        p.unchanged(),
        p.failed(),
        errors,
        job.createdBy(),
        job.createdAt(),
        job.finishedAt());
  }
}
