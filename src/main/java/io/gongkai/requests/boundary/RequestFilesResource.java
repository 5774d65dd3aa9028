package io.gongkai.requests.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.platform.ContentDisposition;
import io.gongkai.platform.Versions;
import io.gongkai.requests.control.RequestFiles;
import io.gongkai.requests.control.RequestFiles.Addition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;

/**
 * A disclosure request's files: its letter, the reply, notices. Personal data: answered to editors
 * of the request's organisation and above only, always as a download that no browser renders or
 * stores ({@code attachment}, a sandbox, {@code no-store}).
 */
@RequestScoped
@Path("manage/organisations/{slug}/requests/{id: [0-9]+}/files")
@Produces(MediaType.APPLICATION_JSON)
public class RequestFilesResource {

  @Context Request http;
  @Inject Caller caller;
  @Inject RequestFiles files;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @QueryParam("kind") String kind,
      @QueryParam("name") String name,
      @HeaderParam("If-Match") String ifMatch,
      InputStream body) {
    var kept =
        files.add(caller, slug, id, new Addition(kind, name, Versions.ifMatch(ifMatch)), body);
    RequestFileJson json = RequestFileJson.from(kept.file());
    return Response.created(URI.create(json.url()))
        .tag(Versions.tag(kept.request().version()))
        .entity(json)
        .build();
  }

  @GET
  @Path("{file: [0-9]+}")
  @Produces(MediaType.WILDCARD)
  public Response download(
      @PathParam("slug") String slug, @PathParam("id") long id, @PathParam("file") long file) {
    var d = files.download(caller, slug, id, file);
    EntityTag tag = new EntityTag(d.file().sha256());
    Response.ResponseBuilder unchanged = http.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).build();
    }
    return Response.ok(d.bytes(), d.file().contentType())
        .header("Content-Disposition", ContentDisposition.of("attachment", d.file().fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", "private, no-store")
        .tag(tag)
        .build();
  }

  @DELETE
  @Path("{file: [0-9]+}")
  public Response remove(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("file") long file,
      @HeaderParam("If-Match") String ifMatch) {
    var request = files.remove(caller, slug, id, Versions.ifMatch(ifMatch), file);
    return Response.noContent().tag(Versions.tag(request.version())).build();
  }
}
