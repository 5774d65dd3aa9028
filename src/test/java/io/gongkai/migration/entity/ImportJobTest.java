package io.gongkai.migration.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When an import job counts as interrupted: its instance stopped beating while it ran. */
class ImportJobTest {

  private final ImportJob job = new ImportJob(1, "admin", false);

  @Test
  void aRunningJobThatBeatsIsNotStalled() {
    job.start(10);

    assertThat(job.stalled(Instant.now().plus(ImportJob.STALL).minusSeconds(1))).isFalse();
  }

  @Test
  void aRunningJobSilentForLongerThanTheStallIsStalledAndEndsFailed() {
    job.start(10);
    Instant later = Instant.now().plus(ImportJob.STALL).plusSeconds(1);

    assertThat(job.stalled(later)).isTrue();
    job.interrupt(later, "[]");
    assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
    assertThat(job.stalled(later.plus(ImportJob.STALL))).isFalse();
  }

  @Test
  void aFinishedJobIsNeverStalled() {
    job.start(10);
    job.finish(ImportJob.State.DONE);

    assertThat(job.stalled(Instant.now().plus(ImportJob.STALL).plusSeconds(60))).isFalse();
  }
}
