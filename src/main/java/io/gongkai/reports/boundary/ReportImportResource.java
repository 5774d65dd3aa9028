package io.gongkai.reports.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.reports.control.ReportImports;
import io.gongkai.reports.control.importing.ImportNote;
import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.entity.Report;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Importing a report file as a draft: the file is the request body and its Content-Type says what
 * it is (text/plain, text/markdown, text/html).
 */
@RequestScoped
@Timed(description = "Requests served, by endpoint")
@Path("manage/organisations/{slug}/reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ReportImportResource {

  /** What was read: the report JSON and every note about what could not be. */
  public record Parsed(
      Integer year,
      String format,
      Map<String, String> sections,
      Map<String, Map<String, Map<String, BigDecimal>>> tables,
      List<ImportNote> notes) {
    static Parsed from(ImportResult r) {
      return new Parsed(r.year(), r.format(), r.sections(), r.tables().values(), r.notes());
    }
  }

  @Inject Caller caller;
  @Inject ReportImports imports;

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Read a report file and store it as a draft of the organisation (year from ?year= or the file)")
  public Response importDraft(
      @PathParam("slug") String slug,
      @QueryParam("year") Integer year,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    ReportImports.Imported imported =
        imports.importDraft(caller, slug, year, ReportFormatsOfFiles.kind(type), name, body);
    Report r = imported.report();
    return Response.created(URI.create("/api/v1/manage/reports/" + slug + "/" + r.year()))
        .tag(io.gongkai.platform.Versions.tag(r.version()))
        .entity(Parsed.from(imported.result()))
        .build();
  }
}
