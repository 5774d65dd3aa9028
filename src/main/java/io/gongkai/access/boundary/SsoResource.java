package io.gongkai.access.boundary;

import io.gongkai.access.control.SingleSignOn;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's login through the portal's single sign-on: whether it is offered, and the exchange
 * of the authorisation code (with the PKCE verifier) for a bearer token.
 */
@RequestScoped
@Path("auth/sso")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SsoResource {

  /** Whether the console offers the SSO, and where it sends the browser to log in. */
  public record SsoConfiguration(
      boolean configured, String authorizationUrl, String clientId, String scope) {}

  /** What the browser brought back from the SSO and what it kept for the exchange. */
  public record SsoCallback(String code, String codeVerifier, String redirectUri, String nonce) {}

  /** A bearer token from the SSO that the API accepts, and whose it is. */
  public record SsoToken(String token, String tokenType, String username) {}

  @Inject SingleSignOn sso;

  @GET
  public SsoConfiguration configuration() {
    SingleSignOn.Configuration c = sso.configuration();
    return new SsoConfiguration(c.configured(), c.authorizationUrl(), c.clientId(), c.scope());
  }

  @POST
  @Path("token")
  public SsoToken token(SsoCallback in) {
    if (in == null) {
      throw new Problem.Invalid("body", "field.body.required");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    required(errors, "code", in.code());
    required(errors, "codeVerifier", in.codeVerifier());
    required(errors, "redirectUri", in.redirectUri());
    required(errors, "nonce", in.nonce());
    if (in.codeVerifier() != null
        && !in.codeVerifier().isBlank()
        && !in.codeVerifier().matches("[A-Za-z0-9._~-]{43,128}")) {
      errors.add(new Problem.FieldError("codeVerifier", "access.sso-verifier-format"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    SingleSignOn.Exchanged t =
        sso.exchange(
            new SingleSignOn.Callback(in.code(), in.codeVerifier(), in.redirectUri(), in.nonce()));
    return new SsoToken(t.token(), "Bearer", t.username());
  }

  private static void required(List<Problem.FieldError> errors, String name, String value) {
    if (value == null || value.isBlank()) {
      errors.add(new Problem.FieldError(name, "field.required"));
    }
  }
}
