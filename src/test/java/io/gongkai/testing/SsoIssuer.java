package io.gongkai.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** A stand-in for the portal's single sign-on: publishes a JWKS on loopback and signs tokens. */
public final class SsoIssuer {

  public static final String ISSUER = "https://sso.portal.example.gov.cn";
  private static SsoIssuer instance;

  private final RSAKey key;
  private final HttpServer server;

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
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
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
