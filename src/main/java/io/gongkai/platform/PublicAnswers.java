package io.gongkai.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Public answers kept as the bytes sent, each under the request's path and query, the position of
 * the last change committed to the change log, and the moment the public content it shows last
 * changed (the answer's Last-Modified); both are read from the database on every request. Every
 * committed change to an item or a report — a publication, an edit, a withdrawal — moves the
 * position, in commit order whichever instance committed it, so the next request on any instance
 * asks under a new key: nothing needs to be told to forget, and no change is missed because its
 * time stamp was older than another's. The moment adds what no transaction writes: a scheduled
 * publication or an expiry coming due, and edits of channels and organisations. An answer is kept
 * at most {@link #KEPT}, which bounds the one case left (a channel or organisation edit stamped by
 * an instance whose clock is behind). A hit costs the request two small reads instead of the page's
 * reads, its count and its serialisation.
 */
@ApplicationScoped
public class PublicAnswers {

  static final Duration KEPT = Duration.ofSeconds(5);

  /** At most this many bytes of answers are kept; the least used go first. */
  static final long KEPT_BYTES = 32L << 20;

  record Key(String request, long head, Instant changed) {}

  /**
   * An answer as sent: its JSON, its strong validator (an ETag's value) and its {@code Link}
   * header, if any.
   */
  record Answer(byte[] body, String tag, String link) {

    static Answer of(Object entity, Function<Object, byte[]> writer) {
      byte[] body = writer.apply(entity);
      String link =
          entity instanceof PageLinks.Paged paged && paged.links() != null
              ? paged.links().header()
              : null;
      return new Answer(body, HttpCaching.hash(body), link);
    }
  }

  private final Function<Object, byte[]> writer;

  /** Answers written as JSON, as JAX-RS would write the entity. */
  public PublicAnswers() {
    this(entity -> JsonbSettings.jsonb().toJson(entity).getBytes(StandardCharsets.UTF_8));
  }

  PublicAnswers(Function<Object, byte[]> writer) {
    this.writer = writer;
  }

  private final Cache<Key, Answer> answers =
      Caffeine.newBuilder()
          .maximumWeight(KEPT_BYTES)
          .<Key, Answer>weigher((k, a) -> a.body().length + 2 * k.request().length())
          .expireAfterWrite(KEPT)
          .build();

  /**
   * The answer to this request as of {@code changed}: the one kept, or the {@code entity} made now
   * (in the caller's transaction), written as JSON and kept. A problem the entity throws is not
   * kept.
   */
  public Response answer(EntityManager em, UriInfo uri, Instant changed, Supplier<?> entity) {
    Answer a = kept(request(uri), ChangeLog.head(em), changed, entity);
    Response.ResponseBuilder b =
        Response.ok(a.body(), MediaType.APPLICATION_JSON_TYPE)
            .tag(new EntityTag(a.tag()))
            .lastModified(Date.from(changed));
    if (a.link() != null) {
      b.header("Link", a.link());
    }
    return b.build();
  }

  /**
   * The answer to {@code request} (its raw path and query) as of the change log's {@code head} and
   * the public content's {@code changed}.
   */
  Answer kept(String request, long head, Instant changed, Supplier<?> entity) {
    return answers.get(new Key(request, head, changed), k -> Answer.of(entity.get(), writer));
  }

  private static String request(UriInfo uri) {
    var u = uri.getRequestUri();
    return u.getRawQuery() == null ? u.getRawPath() : u.getRawPath() + "?" + u.getRawQuery();
  }
}
