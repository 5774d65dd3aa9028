package io.gongkai.migration.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.ChannelKind;
import io.gongkai.migration.entity.ImportJob;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.platform.Message;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Accepts an upload as a job, runs it in the background on the server's managed executor, and keeps
 * its progress in the database so that any instance can answer for it.
 */
@ApplicationScoped
public class ImportJobs {

  private static final System.Logger LOG = System.getLogger(ImportJobs.class.getName());

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject ImportRunner runner;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /** What a request asks for. */
  public record Request(String organisation, boolean dryRun, String defaultChannel) {}

  /** A job accepted: what the background run needs. */
  public record Started(
      long jobId,
      long organisationId,
      String author,
      boolean dryRun,
      String defaultChannel,
      Path upload) {}

  /** Checks the request, stores the upload and queues the job; the upload is read afterwards. */
  public ImportJob start(Caller caller, Request request, InputStream body) {
    Organisation org = authorised(caller, request.organisation());
    requireItemChannel(org, request.defaultChannel());
    Path upload = store(body);
    try {
      ImportFile.open(upload).close();
      long size = Files.size(upload);
      ImportJob job =
          tx.write(
              em -> {
                ImportJob j = new ImportJob(org.id(), caller.username(), request.dryRun());
                em.persist(j);
                em.flush();
                audit.record(
                    em,
                    caller,
                    request.dryRun() ? "items.import-check" : "items.import",
                    new AuditLog.Target("import", j.id(), org.id()),
                    size + " bytes");
                return j;
              });
      Started started =
          new Started(
              job.id(),
              org.id(),
              caller.username(),
              request.dryRun(),
              request.defaultChannel(),
              upload);
      executor.execute(() -> runAndClean(started));
      return job;
    } catch (IOException e) {
      delete(upload);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      delete(upload);
      throw e;
    }
  }

  private void runAndClean(Started started) {
    try {
      runner.run(started);
    } finally {
      delete(started.upload());
    }
  }

  public ImportJob find(Caller caller, String organisation, long id) {
    Organisation org = authorised(caller, organisation);
    ImportJob job =
        tx.read(
            em -> {
              ImportJob found = em.find(ImportJob.class, id);
              if (found == null || found.organisationId() != org.id()) {
                throw new Problem.NotFound("import", id);
              }
              return found;
            });
    return job.stalled(Instant.now()) ? interrupt(id) : job;
  }

  /**
   * Ends a job whose instance stopped beating (stopped or crashed mid-import) as failed, saying so:
   * what it wrote is kept, and importing the same file again skips those lines (unchanged).
   */
  private ImportJob interrupt(long id) {
    return tx.write(
        em -> {
          ImportJob job = em.find(ImportJob.class, id);
          Instant now = Instant.now();
          if (job.stalled(now)) {
            List<RowError> errors =
                new java.util.ArrayList<>(
                    job.errors() == null
                        ? List.of()
                        : JsonbSettings.jsonb().fromJson(job.errors(), ROW_ERRORS));
            errors.add(new RowError(0, null, null, "导入中断：运行导入的服务器已停止。已写入的行已保存，再次导入同一文件会跳过它们"));
            job.interrupt(now, JsonbSettings.jsonb().toJson(errors));
          }
          return job;
        });
  }

  private static final java.lang.reflect.Type ROW_ERRORS =
      new java.util.ArrayList<RowError>() {}.getClass().getGenericSuperclass();

  /** Keeps a job alive while a long step (counting a large file's lines) runs. */
  void beat(long jobId) {
    tx.write(
        em -> {
          em.find(ImportJob.class, jobId).beat();
          return null;
        });
  }

  public List<ImportJob> recent(Caller caller, String organisation) {
    Organisation org = authorised(caller, organisation);
    List<ImportJob> jobs =
        tx.read(
            em ->
                em.createQuery(
                        "select j from ImportJob j where j.organisationId = :o"
                            + " order by j.createdAt desc, j.id desc",
                        ImportJob.class)
                    .setParameter("o", org.id())
                    .setMaxResults(50)
                    .getResultList());
    Instant now = Instant.now();
    return jobs.stream().map(j -> j.stalled(now) ? interrupt(j.id()) : j).toList();
  }

  void start(long jobId, int total) {
    tx.write(
        em -> {
          em.find(ImportJob.class, jobId).start(total);
          return null;
        });
  }

  void advance(long jobId, ImportRunner.Tally tally) {
    tx.write(
        em -> {
          ImportJob job = em.find(ImportJob.class, jobId);
          job.advance(tally.progress(job.progress().total()), tally.errorsJson());
          return null;
        });
  }

  void finish(long jobId, ImportRunner.Tally tally, ImportJob.State end) {
    tx.write(
        em -> {
          ImportJob job = em.find(ImportJob.class, jobId);
          job.advance(tally.progress(job.progress().total()), tally.errorsJson());
          job.finish(end);
          return null;
        });
  }

  private Organisation authorised(Caller caller, String slug) {
    Organisation org = tx.read(em -> organisations.get(em, slug));
    caller.require(Role.ADMINISTRATOR, org.id(), org.slug());
    return org;
  }

  private void requireItemChannel(Organisation org, String code) {
    if (code == null) {
      return;
    }
    tx.read(
        em -> {
          try {
            if (channels.byCode(em, org, code).kind() != ChannelKind.ITEM_LIST) {
              throw new Problem.Invalid("defaultChannel", "items.channel-lists-no-items", code);
            }
          } catch (Problem.NotFound e) {
            throw new Problem.Invalid("defaultChannel", "migration.no-channel", code);
          }
          return null;
        });
  }

  /** Copies the body to a file under the data directory, refusing it past the size limit. */
  private Path store(InputStream body) {
    long max = settings.importMaxBytes();
    try {
      Path dir = Files.createDirectories(settings.dataDir().resolve("imports"));
      Path file = dir.resolve("upload-" + UUID.randomUUID());
      long total = 0;
      try (InputStream in = body;
          OutputStream out = Files.newOutputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > max) {
            out.close();
            delete(file);
            in.transferTo(OutputStream.nullOutputStream());
            throw new Problem(
                413,
                "upload-too-large",
                "problem.upload-too-large.detail",
                Message.of("thing.import-file"),
                max);
          }
          out.write(buffer, 0, n);
        }
      }
      if (total == 0) {
        delete(file);
        throw new Problem.Invalid("file", "upload.empty");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "could not delete " + file, e);
    }
  }
}
