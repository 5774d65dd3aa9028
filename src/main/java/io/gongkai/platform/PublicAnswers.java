package io.gongkai.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
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
 * Public answers kept as the bytes sent, each under the request's path and query and the moment the
 * public content it shows last changed (the answer's Last-Modified, read from the database on every
 * request). A publication, an edit of a public item, a withdrawal, a scheduled publication or an
 * expiry coming due moves that moment, so the next request on any instance asks under a new key and
 * reads the database again: nothing needs to be told to forget. An answer is kept at most {@link
 * #KEPT}, so that a change the moment would not show (two publications committed out of their
 * stamps' order, or stamped by instances whose clocks disagree) is seen within seconds, like the
 * public lists' own max-age. A hit costs the request its reads and its serialisation: a page of a
 * list reads the page and its items, and counts, before it writes JSON; kept, it writes bytes.
 */
@ApplicationScoped
public class PublicAnswers {

  static final Duration KEPT = Duration.ofSeconds(5);

  /** At most this many bytes of answers are kept; the least used go first. */
  static final long KEPT_BYTES = 32L << 20;

  record Key(String request, Instant changed) {}

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
  public Response answer(UriInfo uri, Instant changed, Supplier<?> entity) {
    Answer a = kept(request(uri), changed, entity);
    Response.ResponseBuilder b =
        Response.ok(a.body(), MediaType.APPLICATION_JSON_TYPE)
            .tag(new EntityTag(a.tag()))
            .lastModified(Date.from(changed));
    if (a.link() != null) {
      b.header("Link", a.link());
    }
    return b.build();
  }

  /** The answer to {@code request} (its raw path and query) as of {@code changed}. */
  Answer kept(String request, Instant changed, Supplier<?> entity) {
    return answers.get(new Key(request, changed), k -> Answer.of(entity.get(), writer));
  }

  private static String request(UriInfo uri) {
    var u = uri.getRequestUri();
    return u.getRawQuery() == null ? u.getRawPath() : u.getRawPath() + "?" + u.getRawQuery();
  }
}
