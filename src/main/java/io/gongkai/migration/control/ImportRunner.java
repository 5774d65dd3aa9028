package io.gongkai.migration.control;

import io.gongkai.items.control.Attachments;
import io.gongkai.items.control.MigratedItems;
import io.gongkai.items.control.MigratedItems.Outcome;
import io.gongkai.migration.control.ImportFile.Raw;
import io.gongkai.migration.entity.ImportJob;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.PastReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one import job: reads the lines, checks each, and writes them in batches of one transaction
 * each. A batch that fails as a whole is written again line by line, so only the line at fault is
 * lost; progress is saved after every batch for the job resource to show.
 */
@ApplicationScoped
public class ImportRunner {

  private static final System.Logger LOG = System.getLogger(ImportRunner.class.getName());
  static final int BATCH = 200;
  private static final long BATCH_FILE_BYTES = 64L * 1024 * 1024;

  @Inject Transactions tx;
  @Inject MigratedItems items;
  @Inject Attachments attachments;
  @Inject ImportJobs jobs;
  @Inject ImportLines lines;
  @Inject PastReports reports;

  /** A line ready to write, with its number for errors: an item, or a past year's report. */
  record Pending(int number, MigratedItems.Line line, PastReports.Page report) {

    static Pending item(int number, MigratedItems.Line line) {
      return new Pending(number, line, null);
    }

    static Pending report(int number, PastReports.Page report) {
      return new Pending(number, null, report);
    }
  }

  public void run(ImportJobs.Started started) {
    Tally tally = new Tally();
    long jobId = started.jobId();
    try (ImportFile file = ImportFile.open(started.upload())) {
      jobs.start(jobId, count(file, () -> jobs.beat(jobId)));
      ImportLines.Reading reading = lines.reading(started, file);
      List<Pending> batch = new ArrayList<>();
      long bytes = 0;
      try (ImportFile.Lines in = file.lines()) {
        for (Raw raw; (raw = in.next()) != null; ) {
          Pending p = reading.read(raw, tally);
          if (p == null) {
            continue;
          }
          if (p.report() != null) {
            writeReport(started, p, tally);
            continue;
          }
          batch.add(p);
          bytes += p.line().files().stream().mapToLong(f -> f.bytes().length).sum();
          if (batch.size() >= BATCH || bytes > BATCH_FILE_BYTES) {
            write(started, batch, tally);
            batch.clear();
            bytes = 0;
          }
        }
      }
      write(started, batch, tally);
      jobs.finish(jobId, tally, ImportJob.State.DONE);
    } catch (ImportFile.TooLarge e) {
      tally.fail(new RowError(0, null, "file", "文件解压后超过 " + ImportFile.MAX_UNPACKED_BYTES + " 字节"));
      jobs.finish(jobId, tally, ImportJob.State.FAILED);
    } catch (Problem e) {
      tally.fail(new RowError(0, null, "file", e.getMessage()));
      jobs.finish(jobId, tally, ImportJob.State.FAILED);
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "import job " + jobId + " failed", e);
      tally.fail(new RowError(0, null, null, "导入中断：服务器读取文件失败"));
      jobs.finish(jobId, tally, ImportJob.State.FAILED);
    }
  }

  /** The lines to import, beating every few seconds: a large file takes a while to count. */
  private static int count(ImportFile file, Runnable beat) throws IOException {
    int n = 0;
    long next = System.nanoTime() + BEAT_NANOS;
    try (ImportFile.Lines in = file.lines()) {
      for (Raw raw; (raw = in.next()) != null; ) {
        if (raw.tooLong() || !raw.text().isBlank()) {
          n++;
        }
        if (System.nanoTime() > next) {
          beat.run();
          next = System.nanoTime() + BEAT_NANOS;
        }
      }
    }
    return n;
  }

  private static final long BEAT_NANOS = 10_000_000_000L;

  private void write(ImportJobs.Started started, List<Pending> batch, Tally tally) {
    if (batch.isEmpty()) {
      jobs.advance(started.jobId(), tally);
      return;
    }
    List<RowError> errors = new ArrayList<>();
    List<Outcome> outcomes;
    Function<Function<EntityManager, List<Outcome>>, List<Outcome>> unit =
        started.dryRun() ? tx::read : tx::write;
    try {
      outcomes = unit.apply(em -> each(em, started, batch, errors));
    } catch (RuntimeException batchFailed) {
      errors.clear();
      outcomes = new ArrayList<>();
      for (Pending p : batch) {
        try {
          outcomes.addAll(unit.apply(em -> each(em, started, List.of(p), errors)));
        } catch (RuntimeException e) {
          errors.addAll(ImportLines.failure(p.number(), p.line().externalId(), e));
        }
      }
    }
    outcomes.forEach(tally::count);
    errors.forEach(tally::fail);
    jobs.advance(started.jobId(), tally);
  }

  /** A report is one transaction of its own: there are a few a site, one a year. */
  private void writeReport(ImportJobs.Started started, Pending p, Tally tally) {
    try {
      Function<Function<EntityManager, PastReports.Outcome>, PastReports.Outcome> unit =
          started.dryRun() ? tx::read : tx::write;
      PastReports.Outcome o =
          unit.apply(
              em ->
                  reports.apply(
                      em,
                      em.find(Organisation.class, started.organisationId()),
                      started.author(),
                      p.report(),
                      started.dryRun()));
      tally.count(Outcome.valueOf(o.name()));
    } catch (RuntimeException e) {
      ImportLines.failure(p.number(), p.report().externalId(), e).forEach(tally::fail);
    }
  }

  private List<Outcome> each(
      EntityManager em, ImportJobs.Started started, List<Pending> batch, List<RowError> errors) {
    Organisation org = em.find(Organisation.class, started.organisationId());
    MigratedItems.Batch lines =
        items.batch(em, org, started.author(), batch.stream().map(Pending::line).toList());
    Function<Pending, Outcome> step =
        started.dryRun() ? p -> lines.check(p.line()) : p -> lines.apply(p.line());
    List<Outcome> outcomes = new ArrayList<>();
    for (Pending p : batch) {
      try {
        outcomes.add(step.apply(p));
      } catch (Problem.Invalid e) {
        errors.addAll(ImportLines.errors(p.number(), p.line().externalId(), e));
      }
    }
    return outcomes;
  }

  /** The counts and errors of a running job. */
  static final class Tally {
    static final int MAX_ERRORS = 1000;
    int done;
    int created;
    int updated;
    int unchanged;
    int failed;
    final List<RowError> errors = new ArrayList<>();
    private int lastFailedLine = -1;

    void count(Outcome o) {
      done++;
      switch (o) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }

    void fail(RowError e) {
      if (e.line() > 0 && e.line() != lastFailedLine) {
        done++;
        failed++;
        lastFailedLine = e.line();
      }
      if (errors.size() < MAX_ERRORS) {
        errors.add(e);
      }
    }

    ImportJob.Progress progress(int total) {
      return new ImportJob.Progress(total, done, created, updated, unchanged, failed);
    }

    String errorsJson() {
      try {
        return JsonbSettings.jsonb().toJson(errors);
      } catch (JsonbException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
