package io.gongkai.access.boundary;

import io.gongkai.access.control.Accounts;
import io.gongkai.access.control.Caller;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the current token belongs to. */
@RequestScoped
@Path("manage/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller and their grants. */
  public record Me(String username, List<GrantJson> grants) {}

  @Inject Transactions tx;
  @Inject Accounts accounts;
  @Inject Caller caller;

  @GET
  public Me me() {
    String username = caller.username();
    return tx.read(
        em ->
            new Me(
                username,
                accounts.get(em, username).grants().stream().map(GrantJson::from).toList()));
  }
}
