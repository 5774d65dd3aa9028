package io.gongkai.migration.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.migration.control.ImportJobs;
import io.gongkai.migration.entity.ImportJob;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/**
 * Migration of an agency's existing items: upload NDJSON (one item a line) or a zip of {@code
 * items.ndjson} and its attachment files; follow the job it starts.
 */
@RequestScoped
@Path("manage/organisations/{slug}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  @Inject Caller caller;
  @Inject ImportJobs jobs;

  @POST
  @Consumes({"application/x-ndjson", "application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public Response start(
      @PathParam("slug") String slug,
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("defaultChannel") String defaultChannel,
      InputStream body) {
    ImportJob job = jobs.start(caller, new ImportJobs.Request(slug, dryRun, defaultChannel), body);
    ImportJson json = ImportJson.from(slug, job);
    return Response.accepted(json).location(URI.create(json.url())).build();
  }

  @GET
  @Path("{id: [0-9]+}")
  public ImportJson get(@PathParam("slug") String slug, @PathParam("id") long id) {
    return ImportJson.from(slug, jobs.find(caller, slug, id));
  }

  @GET
  public List<ImportJson> list(@PathParam("slug") String slug) {
    return jobs.recent(caller, slug).stream().map(j -> ImportJson.from(slug, j)).toList();
  }
}
