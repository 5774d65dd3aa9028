package io.gongkai.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the portal's single sign-on: publishes a JWKS on loopback and signs tokens, and
 * plays an OpenID Connect provider for the console (authorisation code with PKCE): {@code
 * /authorize} logs in whoever the test named with {@link #nextLogin} and sends the browser back
 * with a code; {@code /token} gives tokens for that code only with the right client, redirect URI
 * and a code verifier whose S256 hash is the challenge.
 */
public final class SsoIssuer {

  public static final String ISSUER = "https://sso.portal.example.gov.cn";
  public static final String CLIENT_ID = "gongkai-console";
  private static SsoIssuer instance;

  private final RSAKey key;
  private final HttpServer server;
  private final Map<String, Authorisation> codes = new ConcurrentHashMap<>();
  private final AtomicInteger exchanges = new AtomicInteger();
  private final AtomicInteger refusals = new AtomicInteger();
  private volatile String nextUser;

  /** What /authorize was asked for, kept under the code it issued. */
  private record Authorisation(
      String user, String clientId, String redirectUri, String challenge, String nonce) {}

  private SsoIssuer() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("sso-" + UUID.randomUUID()).generate();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.setExecutor(
        java.util.concurrent.Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "sso-jwks");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  static synchronized SsoIssuer get() {
    if (instance == null) {
      try {
        instance = new SsoIssuer();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  String jwksUrl() {
    return url("/jwks");
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Who the next visit to the authorisation endpoint logs in as. */
  public void nextLogin(String username) {
    nextUser = username;
  }

  /** How many codes were exchanged, and how many exchanges were refused (e.g. a wrong verifier). */
  public int exchanges() {
    return exchanges.get();
  }

  public int refusals() {
    return refusals.get();
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
    String user = nextUser;
    boolean valid =
        user != null
            && "code".equals(q.get("response_type"))
            && CLIENT_ID.equals(q.get("client_id"))
            && "S256".equals(q.get("code_challenge_method"))
            && q.get("code_challenge") != null
            && q.get("state") != null
            && q.get("nonce") != null
            && q.getOrDefault("scope", "").contains("openid");
    if (!valid) {
      send(exchange, 400, "text/plain", "invalid authorisation request");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(
        code,
        new Authorisation(
            user, CLIENT_ID, q.get("redirect_uri"), q.get("code_challenge"), q.get("nonce")));
    String back =
        q.get("redirect_uri")
            + "?code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&state="
            + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Location", back);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> f =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Authorisation a = f.get("code") == null ? null : codes.remove(f.get("code"));
    if (a == null
        || !"authorization_code".equals(f.get("grant_type"))
        || !a.clientId().equals(f.get("client_id"))
        || !a.redirectUri().equals(f.get("redirect_uri"))
        || f.get("code_verifier") == null
        || !a.challenge().equals(s256(f.get("code_verifier")))) {
      refusals.incrementAndGet();
      send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
      return;
    }
    exchanges.incrementAndGet();
    String access = token(a.user(), 300);
    String id = idToken(a.user(), a.nonce());
    send(
        exchange,
        200,
        "application/json",
        "{\"access_token\":\""
            + access
            + "\",\"id_token\":\""
            + id
            + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
  }

  private String idToken(String username, String nonce) {
    try {
      Instant now = Instant.now();
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(ISSUER)
              .subject(username)
              .audience(CLIENT_ID)
              .claim("preferred_username", username)
              .claim("nonce", nonce)
              .issueTime(Date.from(now))
              .expirationTime(Date.from(now.plusSeconds(300)))
              .build();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** A token of the SSO naming {@code username}, valid for {@code seconds} (negative: expired). */
  public String token(String username, long seconds) {
    return sign(key, ISSUER, username, seconds, "preferred_username");
  }

  /** A token of the SSO naming {@code username}, issued at {@code issuedAt}. */
  public String token(String username, long seconds, Instant issuedAt) {
    return sign(key, ISSUER, username, seconds, "preferred_username", issuedAt);
  }

  static String sign(RSAKey key, String issuer, String username, long seconds, String nameClaim) {
    return sign(
        key,
        issuer,
        username,
        seconds,
        nameClaim,
        Instant.now().minusSeconds(Math.max(0, -seconds) + 60));
  }

  static String sign(
      RSAKey key,
      String issuer,
      String username,
      long seconds,
      String nameClaim,
      Instant issuedAt) {
    try {
      Instant now = Instant.now();
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer)
              .subject(username)
              .claim(nameClaim, username)
              .audience("gongkai")
              .issueTime(Date.from(issuedAt))
              .expirationTime(Date.from(now.plusSeconds(seconds)))
              .build();
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token signed with Gongkai's own configured key (to test expiry without waiting hours). */
  public static String ownToken(RSAKey key, String username, long seconds) {
    return sign(key, "gongkai", username, seconds, "sub");
  }
}
