package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/** Typed access to every Gongkai setting; the README lists them with their defaults. */
@ApplicationScoped
public class Settings {

  @Inject Config config;

  public Path dataDir() {
    return Path.of(string("gongkai.data-dir").orElse("./data")).toAbsolutePath().normalize();
  }

  public String databaseUrl() {
    return string("gongkai.db.url").orElseGet(() -> ConfiguredDataSource.embeddedUrl(dataDir()));
  }

  public String databaseUser() {
    return string("gongkai.db.user").orElse("sa");
  }

  public String databasePassword() {
    return string("gongkai.db.password").orElse("");
  }

  /** The most connections one instance's pool opens ({@code gongkai.db.pool-size}). */
  public int databasePoolSize() {
    return Math.max(1, integer("gongkai.db.pool-size", Database.POOL_MAX));
  }

  /** The connections the pool keeps open when idle ({@code gongkai.db.pool-min}). */
  public int databasePoolMin() {
    return Math.max(0, integer("gongkai.db.pool-min", Database.POOL_MIN));
  }

  public boolean demo() {
    return string("gongkai.demo").map(Boolean::parseBoolean).orElse(false);
  }

  public String demoPassword() {
    return string("gongkai.demo.password").orElse("gongkai-demo");
  }

  public Optional<String> adminUsername() {
    return string("gongkai.admin.username");
  }

  public Optional<String> adminPassword() {
    return string("gongkai.admin.password");
  }

  public Set<String> corsOrigins() {
    return list("gongkai.cors.origins").stream().collect(Collectors.toUnmodifiableSet());
  }

  /** Whether a browser page on this origin may use the API and load the theme. */
  public boolean corsAllows(String origin) {
    Set<String> origins = corsOrigins();
    return origins.contains("*") || origins.contains(origin);
  }

  /** How long a draft's preview link works ({@code gongkai.preview.ttl-minutes}). */
  public Duration previewTtl() {
    return Duration.ofMinutes(integer("gongkai.preview.ttl-minutes", 30));
  }

  /**
   * The portal's item page, which shows {@code <gk-item>} ({@code gongkai.preview.page}): a preview
   * link is this page with {@code ?preview=} the token. By default the demo site's item page.
   */
  public String previewPage() {
    return string("gongkai.preview.page").orElse("/demo/item.html");
  }

  public Duration tokenTtl() {
    return Duration.ofMinutes(integer("gongkai.token.ttl-minutes", 480));
  }

  public String tokenIssuer() {
    return string("gongkai.token.issuer").orElse("gongkai");
  }

  public Optional<String> tokenPrivateKey() {
    return string("gongkai.token.private-key");
  }

  public Optional<String> ssoIssuer() {
    return string("gongkai.sso.issuer");
  }

  public Optional<String> ssoJwksUrl() {
    return string("gongkai.sso.jwks-url");
  }

  public Optional<String> ssoAudience() {
    return string("gongkai.sso.audience");
  }

  public String ssoUsernameClaim() {
    return string("gongkai.sso.username-claim").orElse("preferred_username");
  }

  /** The console's client at the single sign-on (OpenID Connect, public client with PKCE). */
  public Optional<String> ssoClientId() {
    return string("gongkai.sso.client-id");
  }

  /** The SSO's authorisation endpoint, where the console sends the browser to log in. */
  public Optional<String> ssoAuthorizationUrl() {
    return string("gongkai.sso.authorization-url");
  }

  /** The SSO's token endpoint, where Gongkai exchanges the console's code for tokens. */
  public Optional<String> ssoTokenUrl() {
    return string("gongkai.sso.token-url");
  }

  public String ssoScope() {
    return string("gongkai.sso.scope").orElse("openid profile");
  }

  public String indexNumberPattern() {
    return string("gongkai.items.index-number-pattern").orElse("{orgCode}/{yyyy}-{seq:5}");
  }

  public long uploadMaxBytes() {
    return string("gongkai.uploads.max-bytes").map(Long::parseLong).orElse(50L * 1024 * 1024);
  }

  /** The largest import file (NDJSON or zip) accepted, in bytes. */
  public long importMaxBytes() {
    return string("gongkai.import.max-bytes").map(Long::parseLong).orElse(512L * 1024 * 1024);
  }

  /** An image with more pixels than this is refused before it is decoded (decompression bombs). */
  public long uploadMaxPixels() {
    return string("gongkai.uploads.max-pixels").map(Long::parseLong).orElse(40_000_000L);
  }

  /** Codes of the channels whose items are picture news, shown as a picture grid. */
  public Set<String> pictureChannels() {
    return Set.copyOf(list("gongkai.pictures.channels"));
  }

  public Set<String> uploadTypes() {
    return Set.copyOf(list("gongkai.uploads.types"));
  }

  /**
   * At most this many characters of an attachment's text are kept for search (the column holds a
   * million).
   */
  public int attachmentTextMaxChars() {
    return Math.max(
        0, Math.min(integer("gongkai.search.attachment-text-max-chars", 200_000), 1_000_000));
  }

  /** Extraction of one attachment's text is abandoned after this long. */
  public Duration attachmentTextTimeout() {
    return Duration.ofSeconds(integer("gongkai.search.attachment-text-timeout-seconds", 20));
  }

  /**
   * The address the public reaches Gongkai at ({@code https://gongkai.example.gov.cn}), used for
   * absolute links (feeds); empty: taken from trusted proxies' forwarded headers, else the
   * listener's own loopback address — never from a client's {@code Host} header.
   */
  public Optional<String> publicBaseUrl() {
    return string("gongkai.public.base-url")
        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
  }

  /**
   * Addresses or CIDR ranges that may read {@code /metrics} and {@code /openapi}; empty: everyone.
   */
  public List<String> monitoringNetworks() {
    return list("gongkai.monitoring.networks");
  }

  /**
   * Which headers the trusted proxies set: {@code x-forwarded} ({@code X-Forwarded-Proto}, {@code
   * -Host}, {@code -For}; nginx's usual set, the default) or {@code forwarded} (RFC 7239). Only
   * that kind is read, so a client's own header of the other kind, passed through, changes nothing.
   */
  public boolean proxiesUseForwarded() {
    return string("gongkai.proxies.headers").map("forwarded"::equalsIgnoreCase).orElse(false);
  }

  /** Addresses or CIDR ranges of reverse proxies whose forwarded headers are believed. */
  public List<String> trustedProxies() {
    return list("gongkai.proxies.trusted");
  }

  /**
   * The public portal page of an item, with {@code {organisation}}, {@code {channel}} and {@code
   * {id}} (e.g. {@code https://portal.example/xxgk/{organisation}/{id}.html}); {@code {base}} is
   * Gongkai's public base URL. By default Gongkai's own demo pages, which show the default theme.
   */
  public String publicItemUrl() {
    return string("gongkai.public.item-url").orElse("{base}/demo/item.html?item={id}");
  }

  /** The public portal page of a channel's list ({@code {organisation}}, {@code {channel}}). */
  public String publicChannelUrl() {
    return string("gongkai.public.channel-url")
        .orElse("{base}/demo/items.html?organisation={organisation}&channel={channel}");
  }

  /** The public portal page of an annual report ({@code {organisation}}, {@code {year}}). */
  public String publicReportUrl() {
    return string("gongkai.public.report-url")
        .orElse("{base}/demo/report.html?organisation={organisation}&year={year}");
  }

  public int publicMaxAgeSeconds() {
    return integer("gongkai.public.max-age-seconds", 60);
  }

  /** Where the search index lives on this instance's local disk. */
  public Path searchIndexDir() {
    return string("gongkai.search.index-dir")
        .map(p -> Path.of(p).toAbsolutePath().normalize())
        .orElseGet(() -> dataDir().resolve("index"));
  }

  /**
   * How often the indexer looks for changes written by other instances, in milliseconds: a
   * fallback, since on PostgreSQL every commit wakes every instance at once ({@link
   * ChangeNotices}).
   */
  public int searchPollMillis() {
    return integer("gongkai.search.poll-ms", 1000);
  }

  /**
   * How often the index commits (fsyncs) what it has applied, in milliseconds. Searches see a
   * change at once; the commit only bounds what is re-applied from the log after a crash.
   */
  public int searchCommitMillis() {
    return integer("gongkai.search.commit-ms", 1000);
  }

  /** A file of synonym groups (one group a line, members separated by commas); empty: built in. */
  public Optional<Path> searchSynonyms() {
    return string("gongkai.search.synonyms").map(Path::of);
  }

  /** A file of question and filler words that replaces the built-in list. */
  public Optional<Path> searchQuestionWords() {
    return string("gongkai.search.question-words").map(Path::of);
  }

  /** How long change-log entries are kept; an instance that falls further behind rebuilds. */
  public int searchLogRetentionDays() {
    return integer("gongkai.search.log-retention-days", 30);
  }

  /**
   * Threads one search may use on a large index (see {@code search.control.Searchers}); 1 searches
   * on the request's thread only. The default is one per core.
   */
  public int searchThreads() {
    return integer("gongkai.search.threads", Runtime.getRuntime().availableProcessors());
  }

  /** The documents from which an index is searched on several threads. */
  public int searchParallelMinDocs() {
    return integer("gongkai.search.parallel-min-docs", 50_000);
  }

  /** Threads that analyse documents during a rebuild. */
  public int searchRebuildThreads() {
    return integer("gongkai.search.rebuild-threads", 2);
  }

  /**
   * How long after start-up background work starts on an instance that has served no request yet
   * (the first request starts it sooner; see {@link Background}).
   */
  public Duration backgroundStartDelay() {
    return Duration.ofSeconds(integer("gongkai.background.start-seconds", 10));
  }

  private Optional<String> string(String key) {
    return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty());
  }

  private int integer(String key, int fallback) {
    return string(key).map(Integer::parseInt).orElse(fallback);
  }

  private List<String> list(String key) {
    return string(key).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
