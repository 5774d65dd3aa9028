package io.gongkai.access.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.gongkai.access.entity.SigningKey;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * Issues Gongkai's own signed tokens (RS256) and verifies them, and — when configured — tokens of
 * the portal's single sign-on, verified against its published keys (JWKS). Either way the token
 * only says who the caller is; what they may do comes from Gongkai's own grants.
 */
@ApplicationScoped
public class Tokens {

  /**
   * Who a verified token names, the account's token version it was issued under (null for single
   * sign-on tokens, which carry none) and when it was issued.
   */
  public record Subject(String username, Long tokenVersion, Instant issuedAt) {}

  /** The claim that carries the account's token version. */
  static final String TOKEN_VERSION = "gk_tv";

  /** A signed token and when it stops being accepted. */
  public record Issued(String token, Instant expiresAt) {}

  @Inject Settings settings;
  @Inject Transactions tx;

  private volatile RSAKey key;
  private volatile DefaultJWTProcessor<SecurityContext> own;
  private volatile DefaultJWTProcessor<SecurityContext> sso;
  private volatile DefaultJWTProcessor<SecurityContext> preview;

  /**
   * A token for {@code username}, valid while the account's token version stays {@code version}.
   */
  public Issued issue(String username, long tokenVersion) {
    Instant now = Instant.now();
    Instant expires = now.plus(settings.tokenTtl());
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.tokenIssuer())
            .subject(username)
            .audience("gongkai")
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .claim(TOKEN_VERSION, tokenVersion)
            .build();
    return new Issued(sign(claims), expires);
  }

  /** The audience of preview links: never accepted as an API token (whose audience is gongkai). */
  static final String PREVIEW = "gongkai-preview";

  /**
   * A link token that shows item {@code itemId} as the public would see it, draft or not, until
   * {@code expires}: signed like the API's tokens, with its own audience, so it is no login.
   */
  public String preview(long itemId, Instant expires) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.tokenIssuer())
            .subject(String.valueOf(itemId))
            .audience(PREVIEW)
            .issueTime(new Date())
            .expirationTime(Date.from(expires))
            .build();
    return sign(claims);
  }

  private String sign(JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key().getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign token", e);
    }
  }

  /** The item a preview token shows, if the token is genuine and unexpired. */
  public java.util.Optional<Long> previewed(String token) {
    try {
      if (preview == null) {
        preview =
            processor(
                new ImmutableJWKSet<>(new JWKSet(key().toPublicJWK())),
                settings.tokenIssuer(),
                PREVIEW);
      }
      return java.util.Optional.of(Long.parseLong(preview.process(token, null).getSubject()));
    } catch (Exception e) {
      return java.util.Optional.empty();
    }
  }

  public Subject verify(String token) {
    String issuer;
    try {
      issuer = SignedJWT.parse(token).getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new Problem.Unauthenticated("access.token-not-jwt");
    }
    boolean external = settings.ssoIssuer().map(i -> i.equals(issuer)).orElse(false);
    try {
      if (external) {
        JWTClaimsSet claims = ssoProcessor().process(token, null);
        Object name = claims.getClaim(settings.ssoUsernameClaim());
        if (!(name instanceof String s) || s.isBlank()) {
          throw new Problem.Unauthenticated("access.sso-no-user");
        }
        return new Subject(s, null, issued(claims));
      }
      JWTClaimsSet claims = ownProcessor().process(token, null);
      Object version = claims.getClaim(TOKEN_VERSION);
      return new Subject(
          claims.getSubject(), version instanceof Number n ? n.longValue() : 0L, issued(claims));
    } catch (Problem p) {
      throw p;
    } catch (Exception e) {
      throw new Problem.Unauthenticated("access.token-invalid");
    }
  }

  private static Instant issued(JWTClaimsSet claims) {
    return claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
  }

  private DefaultJWTProcessor<SecurityContext> ownProcessor() {
    if (own == null) {
      own =
          processor(
              new ImmutableJWKSet<>(new JWKSet(key().toPublicJWK())),
              settings.tokenIssuer(),
              "gongkai");
    }
    return own;
  }

  private DefaultJWTProcessor<SecurityContext> ssoProcessor() throws MalformedURLException {
    if (sso == null) {
      URL jwks =
          new URL(
              settings
                  .ssoJwksUrl()
                  .orElseThrow(() -> new Problem.Unauthenticated("access.sso-not-configured")));
      sso =
          processor(
              JWKSourceBuilder.create(jwks).build(),
              settings.ssoIssuer().orElseThrow(),
              settings.ssoAudience().orElse(null));
    }
    return sso;
  }

  private static DefaultJWTProcessor<SecurityContext> processor(
      JWKSource<SecurityContext> keys, String issuer, String audience) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.PS256), keys));
    p.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat")));
    return p;
  }

  private RSAKey key() {
    if (key == null) {
      synchronized (this) {
        if (key == null) {
          key = loadKey();
        }
      }
    }
    return key;
  }

  private RSAKey loadKey() {
    try {
      if (settings.tokenPrivateKey().isPresent()) {
        return RSAKey.parse(settings.tokenPrivateKey().get());
      }
      String stored =
          tx.read(
              em -> {
                SigningKey k = em.find(SigningKey.class, "default");
                return k == null ? null : k.jwk();
              });
      if (stored == null) {
        String generated =
            new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate().toJSONString();
        try {
          tx.write(
              em -> {
                em.persist(new SigningKey("default", generated));
                return null;
              });
        } catch (RuntimeException raceWithAnotherInstance) {
          // another instance stored its key first: use that one
        }
        stored = tx.read(em -> em.find(SigningKey.class, "default").jwk());
      }
      return RSAKey.parse(stored);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("gongkai.token.private-key is not an RSA JWK", e);
    }
  }
}
