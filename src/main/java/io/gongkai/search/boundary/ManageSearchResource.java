package io.gongkai.search.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.platform.AcceptLanguage;
import io.gongkai.platform.Message;
import io.gongkai.platform.Problem;
import io.gongkai.search.control.SearchIndex;
import io.gongkai.search.control.SearchMisses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The search index for editors: its state, a rebuild, and the queries that found nothing. */
@RequestScoped
@Path("manage/search")
@Produces(MediaType.APPLICATION_JSON)
public class ManageSearchResource {

  @Inject Caller caller;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;
  @Inject SearchIndex index;
  @Inject SearchMisses misses;

  @GET
  @Path("status")
  public SearchIndex.Status status() {
    requireEditor();
    return index.status(AcceptLanguage.of(headers));
  }

  @POST
  @Path("rebuild")
  public Response rebuild() {
    // the index holds every organisation's content: rebuilding it is the installation's business
    caller.requireInstallationAdministrator();
    SearchIndex.Rebuild started =
        index.rebuild(
            Message.of("search.rebuild.requested", caller.username()), AcceptLanguage.of(headers));
    return Response.accepted(started).build();
  }

  @GET
  @Path("misses")
  public List<SearchMisses.Miss> misses(
      @QueryParam("days") Integer days, @QueryParam("limit") Integer limit) {
    requireEditor();
    int d = days == null ? 30 : days;
    int l = limit == null ? 50 : limit;
    if (d < 1 || d > 366) {
      throw new Problem.Invalid("days", "field.range", 1, 366);
    }
    if (l < 1 || l > 500) {
      throw new Problem.Invalid("limit", "field.range", 1, 500);
    }
    misses.flush();
    return misses.top(d, l);
  }

  private void requireEditor() {
    caller.username();
    if (caller.grants().isEmpty()) {
      throw new Problem.Forbidden("access.no-editorial-role", caller.username());
    }
  }
}
