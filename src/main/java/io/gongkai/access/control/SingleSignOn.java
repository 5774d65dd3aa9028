package io.gongkai.access.control;

import com.nimbusds.jwt.JWTParser;
import io.gongkai.access.entity.Account;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The console's side of the portal's single sign-on (OpenID Connect, authorisation code with PKCE):
 * what the login screen needs to send the browser to the SSO, and the exchange of the code that
 * comes back for a token the API accepts. The exchange runs here rather than in the browser because
 * the console's Content-Security-Policy allows no other origin and most SSOs send no CORS headers;
 * Gongkai holds no client secret, the code verifier comes from the browser, and the token is handed
 * to the browser as the API would accept it (it is verified like any SSO token).
 */
@ApplicationScoped
public class SingleSignOn {

  /** What the login screen needs; {@code configured} false when the console cannot use the SSO. */
  public record Configuration(
      boolean configured, String authorizationUrl, String clientId, String scope) {}

  /** What the browser brought back from the SSO, and what it kept to prove the flow is its own. */
  public record Callback(String code, String codeVerifier, String redirectUri, String nonce) {}

  /** A token the API accepts, and whose it is. */
  public record Exchanged(String token, String username) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Inject Settings settings;
  @Inject Tokens tokens;
  @Inject Transactions tx;

  public Configuration configuration() {
    if (!usable()) {
      return new Configuration(false, null, null, null);
    }
    return new Configuration(
        true,
        settings.ssoAuthorizationUrl().orElseThrow(),
        settings.ssoClientId().orElseThrow(),
        settings.ssoScope());
  }

  private boolean usable() {
    return settings.ssoIssuer().isPresent()
        && settings.ssoJwksUrl().isPresent()
        && settings.ssoClientId().isPresent()
        && settings.ssoAuthorizationUrl().isPresent()
        && settings.ssoTokenUrl().isPresent();
  }

  /**
   * Exchanges the code at the SSO's token endpoint and returns the access token if the API accepts
   * it, else the ID token; the ID token's nonce must be the browser's. The ID token comes straight
   * from the token endpoint, so its nonce is read without checking its signature (OpenID Connect
   * Core 3.1.3.7); the token handed on is verified in full, and its account must be enabled.
   */
  public Exchanged exchange(Callback callback) {
    if (!usable()) {
      throw new Problem(404, "sso-not-configured", "access.sso-not-configured");
    }
    JsonObject answer = tokenEndpoint(callback);
    String idToken = string(answer, "id_token").orElse(null);
    if (idToken != null && !callback.nonce().equals(claim(idToken, "nonce"))) {
      throw new Problem.Unauthenticated("access.sso-nonce");
    }
    for (String candidate : new String[] {string(answer, "access_token").orElse(null), idToken}) {
      if (candidate == null) {
        continue;
      }
      Tokens.Subject subject;
      try {
        subject = tokens.verify(candidate);
      } catch (Problem notThisOne) {
        continue;
      }
      requireEnabled(subject);
      return new Exchanged(candidate, subject.username());
    }
    throw new Problem.Unauthenticated("access.sso-token-refused");
  }

  private JsonObject tokenEndpoint(Callback callback) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", callback.code());
    form.put("redirect_uri", callback.redirectUri());
    form.put("client_id", settings.ssoClientId().orElseThrow());
    form.put("code_verifier", callback.codeVerifier());
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response;
    try {
      response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(settings.ssoTokenUrl().orElseThrow()))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Accept", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw new Problem(502, "sso-unavailable", "access.sso-unavailable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem(502, "sso-unavailable", "access.sso-unavailable");
    }
    if (response.statusCode() >= 400 && response.statusCode() < 500) {
      throw new Problem.Unauthenticated("access.sso-code-refused");
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException("status " + response.statusCode());
      }
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Problem(502, "sso-unavailable", "access.sso-unavailable");
    }
  }

  private void requireEnabled(Tokens.Subject subject) {
    boolean accepted =
        tx.read(
            em ->
                em.createQuery("select a from Account a where a.username = :u", Account.class)
                    .setParameter("u", subject.username())
                    .getResultStream()
                    .anyMatch(
                        a -> a.enabled() && a.accepts(subject.tokenVersion(), subject.issuedAt())));
    if (!accepted) {
      throw new Problem.Unauthenticated("access.sso-no-account", subject.username());
    }
  }

  private static Optional<String> string(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
  }

  private static Object claim(String jwt, String name) {
    try {
      return JWTParser.parse(jwt).getJWTClaimsSet().getClaim(name);
    } catch (ParseException e) {
      throw new Problem.Unauthenticated("access.token-not-jwt");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
