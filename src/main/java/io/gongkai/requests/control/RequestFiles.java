package io.gongkai.requests.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Upload;
import io.gongkai.platform.Uploads;
import io.gongkai.platform.Versions;
import io.gongkai.requests.entity.Coded;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.FileKind;
import io.gongkai.requests.entity.RequestFile;
import io.gongkai.requests.entity.RequestFileContent;
import io.gongkai.requests.entity.RequestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.InputStream;
import java.time.Instant;

/**
 * The files kept with a request (its letter, the reply, notices): editors of the request's
 * organisation and above read, add and remove them, until the request is closed. Each upload is
 * checked by {@link Uploads} before its transaction; each change names the version read (If-Match)
 * and bumps the request's. The audit entry names the request, the file's kind and digest, never its
 * name: a file name may well carry the applicant's.
 */
@ApplicationScoped
public class RequestFiles {

  @Inject Transactions tx;
  @Inject RequestQueries queries;
  @Inject AuditLog audit;
  @Inject Uploads uploads;

  /** A file just kept, with its request as it now stands. */
  public record Kept(DisclosureRequest request, RequestFile file) {}

  /** A file with its bytes. */
  public record Download(RequestFile file, byte[] bytes) {}

  /** What is uploaded: its kind's code, its file name and the version of the request read. */
  public record Addition(String kind, String fileName, Long version) {}

  public Kept add(Caller caller, String slug, long id, Addition addition, InputStream body) {
    // refused before the body is read: the caller's right, the kind, the version named
    tx.read(em -> queries.organisation(em, caller, slug, Role.EDITOR));
    FileKind kind =
        FileKind.of(addition.kind() == null ? "" : addition.kind())
            .orElseThrow(
                () -> new Problem.Invalid("kind", "field.one-of", Coded.codes(FileKind.values())));
    if (addition.version() == null) {
      throw new Problem.PreconditionRequired();
    }
    Upload upload = uploads.read(addition.fileName(), body, "request-file");
    return tx.write(
        em -> {
          DisclosureRequest request = editable(em, caller, slug, id, addition.version());
          RequestFile file =
              request.keep(
                  kind,
                  new RequestFile.Facts(
                      upload.fileName(),
                      upload.contentType(),
                      upload.bytes().length,
                      upload.sha256()),
                  caller.username(),
                  Instant.now());
          em.persist(file);
          em.flush();
          em.persist(new RequestFileContent(file.id(), upload.bytes()));
          audit.record(
              em, caller, "request.file-add", target(request), kind.code() + " " + upload.sha256());
          return new Kept(request, file);
        });
  }

  public DisclosureRequest remove(Caller caller, String slug, long id, Long version, long fileId) {
    return tx.write(
        em -> {
          DisclosureRequest request = editable(em, caller, slug, id, version);
          RequestFile file = find(request, fileId);
          em.createQuery("delete from RequestFileContent c where c.fileId = :id")
              .setParameter("id", file.id())
              .executeUpdate();
          request.discard(file, Instant.now());
          em.flush();
          audit.record(
              em,
              caller,
              "request.file-remove",
              target(request),
              file.kind().code() + " " + file.sha256());
          return request;
        });
  }

  public Download download(Caller caller, String slug, long id, long fileId) {
    return tx.read(
        em -> {
          var organisation = queries.organisation(em, caller, slug, Role.EDITOR);
          RequestFile file = find(queries.get(em, organisation, id), fileId);
          return new Download(file, em.find(RequestFileContent.class, file.id()).content());
        });
  }

  /** A request the caller may change the files of: right, version, not closed; locked. */
  private DisclosureRequest editable(
      EntityManager em, Caller caller, String slug, long id, Long version) {
    DisclosureRequest request =
        queries.get(em, queries.organisation(em, caller, slug, Role.EDITOR), id);
    Versions.require(request.version(), version);
    if (request.state() == RequestState.CLOSED) {
      throw new Problem.Conflict("request-closed", "requests.problem.files-closed");
    }
    em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return request;
  }

  private static RequestFile find(DisclosureRequest request, long fileId) {
    return request.files().stream()
        .filter(f -> f.id() == fileId)
        .findFirst()
        .orElseThrow(() -> new Problem.NotFound("request-file", fileId));
  }

  private static AuditLog.Target target(DisclosureRequest r) {
    return new AuditLog.Target("request", r.id(), r.organisation().id());
  }
}
