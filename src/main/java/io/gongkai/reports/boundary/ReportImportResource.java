package io.gongkai.reports.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.platform.AcceptLanguage;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.ReportImports;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.control.importing.ImportNote;
import io.gongkai.reports.control.importing.ImportResult;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.Violation;
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
import java.util.Locale;
import java.util.Map;

/**
 * Importing a report file as a draft: the file is the request body and its Content-Type says what
 * it is (text/plain, text/markdown, text/html).
 */
@RequestScoped
@Path("manage/organisations/{slug}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportImportResource {

  /**
   * What was read: the report JSON, every note about what could not be, the findings of the rules
   * R1–R9 on it (the report's own arithmetic errors, before anything is stored) and the layout of
   * its year's format with every label ({@code layout} null and no findings when no year is known).
   */
  public record Parsed(
      Integer year,
      String format,
      Map<String, String> sections,
      Map<String, Map<String, Map<String, BigDecimal>>> tables,
      List<ImportNote.Shown> notes,
      List<Violation> findings,
      ReportFormat layout) {
    static Parsed from(
        ImportResult r, ReportFormat layout, List<Violation> findings, Locale language) {
      return new Parsed(
          r.year(),
          r.format(),
          r.sections(),
          r.tables().values(),
          r.notes().stream().map(n -> n.shown(language)).toList(),
          findings,
          layout);
    }

    static Parsed from(ReportImports.Preview p, Locale language) {
      return from(p.result(), p.format(), p.findings(), language);
    }
  }

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;
  @Inject Caller caller;
  @Inject ReportImports imports;
  @Inject Reports reports;
  @Inject Transactions tx;

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  public Response importDraft(
      @PathParam("slug") String slug,
      @QueryParam("year") Integer year,
      @QueryParam("name") String name,
      @QueryParam("publishedOn") String publishedOn,
      @HeaderParam("Content-Type") String type,
      InputStream body) {
    ReportImports.Imported imported =
        imports.importDraft(
            caller, slug, year, publishedOn, ReportFormatsOfFiles.kind(type), name, body);
    Report r = imported.report();
    List<Violation> findings =
        tx.read(
            em -> reports.check(em, reports.get(em, slug, r.year()), AcceptLanguage.of(headers)));
    return Response.created(URI.create("/api/v1/manage/reports/" + slug + "/" + r.year()))
        .tag(io.gongkai.platform.Versions.tag(r.version()))
        .entity(Parsed.from(imported.result(), r.format(), findings, AcceptLanguage.of(headers)))
        .build();
  }
}
