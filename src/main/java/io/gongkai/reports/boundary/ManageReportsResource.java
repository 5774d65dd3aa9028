package io.gongkai.reports.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.platform.AcceptLanguage;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import io.gongkai.reports.boundary.ReportJson.ReportDetail;
import io.gongkai.reports.control.ReportInput;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.entity.Report;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;

/** Drafting, checking, publishing and correcting annual reports. */
@RequestScoped
@Path("manage/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManageReportsResource {

  /** A correction of a published report: the reason and the corrected content. */
  public record CorrectionInput(
      String reason,
      String overview,
      String problems,
      String other,
      Map<String, Map<String, Map<String, BigDecimal>>> tables) {}

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;
  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject Reports reports;
  @Inject io.gongkai.platform.Uploads uploads;
  @Inject io.gongkai.reports.control.DerivedFigures derivedFigures;
  @Inject io.gongkai.reports.control.ReportImports imports;

  @POST
  public Response create(ReportInput in) {
    Report r = reports.create(caller, Versions.body(in));
    return view(
        Response.created(
            URI.create("/api/v1/manage/reports/" + r.organisation().slug() + "/" + r.year())),
        r);
  }

  @POST
  @Path("parse")
  @Consumes(MediaType.WILDCARD)
  public ReportImportResource.Parsed parse(
      @HeaderParam("Content-Type") String type,
      @QueryParam("organisation") String organisation,
      @QueryParam("year") Integer year,
      java.io.InputStream body) {
    caller.username();
    return ReportImportResource.Parsed.from(
        imports.preview(
            caller,
            ReportFormatsOfFiles.kind(type),
            body,
            organisation,
            year,
            AcceptLanguage.of(headers)),
        AcceptLanguage.of(headers));
  }

  @GET
  public java.util.List<ReportJson.ReportSummary> list(
      @QueryParam("organisation") String organisation) {
    if (organisation == null || organisation.isBlank()) {
      throw new io.gongkai.platform.Problem.Invalid("organisation", "field.organisation-required");
    }
    return tx.read(
        em ->
            reports.all(em, caller, organisation).stream()
                .map(ReportJson.ReportSummary::from)
                .toList());
  }

  @GET
  @Path("{slug}/{year: [0-9]+}")
  public Response get(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(em -> view(Response.ok(), reports.forReading(em, caller, slug, year)));
  }

  @PUT
  @Path("{slug}/{year: [0-9]+}")
  public Response update(
      @PathParam("slug") String slug,
      @PathParam("year") int year,
      @HeaderParam("If-Match") String ifMatch,
      ReportInput in) {
    return view(
        Response.ok(),
        reports.update(caller, slug, year, Versions.ifMatch(ifMatch), Versions.body(in)));
  }

  @POST
  @Path("{slug}/{year: [0-9]+}/check")
  public Response check(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em ->
            Response.ok(
                    reports.check(
                        em, reports.forReading(em, caller, slug, year), AcceptLanguage.of(headers)))
                .header("Content-Language", AcceptLanguage.of(headers).toLanguageTag())
                .header("Vary", "Accept-Language")
                .build());
  }

  /** Which proposals to accept. */
  public record Acceptance(java.util.List<String> accept) {}

  @GET
  @Path("{slug}/{year: [0-9]+}/derived")
  public Response derived(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em -> {
          Report r = reports.forReading(em, caller, slug, year);
          return Response.ok(derivedFigures.propose(em, r.organisation(), year, r.format().id()))
              .build();
        });
  }

  @POST
  @Path("{slug}/{year: [0-9]+}/derived")
  public Response accept(
      @PathParam("slug") String slug,
      @PathParam("year") int year,
      @HeaderParam("If-Match") String ifMatch,
      Acceptance in) {
    return view(
        Response.ok(),
        reports.acceptDerived(
            caller, slug, year, Versions.ifMatch(ifMatch), Versions.body(in).accept()));
  }

  @PUT
  @Path("{slug}/{year: [0-9]+}/original")
  @Consumes(MediaType.WILDCARD)
  public Response original(
      @PathParam("slug") String slug,
      @PathParam("year") int year,
      @HeaderParam("If-Match") String ifMatch,
      @jakarta.ws.rs.QueryParam("name") String name,
      java.io.InputStream body) {
    long version = Versions.ifMatchRequired(ifMatch);
    var upload = uploads.read(name, body);
    return view(Response.ok(), reports.attachOriginal(caller, slug, year, version, upload));
  }

  @POST
  @Path("{slug}/{year: [0-9]+}/publish")
  public Response publish(
      @PathParam("slug") String slug,
      @PathParam("year") int year,
      @QueryParam("publishedOn") String publishedOn,
      @HeaderParam("If-Match") String ifMatch) {
    return view(
        Response.ok(), reports.publish(caller, slug, year, Versions.ifMatch(ifMatch), publishedOn));
  }

  @POST
  @Path("{slug}/{year: [0-9]+}/corrections")
  public Response correct(
      @PathParam("slug") String slug,
      @PathParam("year") int year,
      @HeaderParam("If-Match") String ifMatch,
      CorrectionInput in) {
    CorrectionInput c = Versions.body(in);
    ReportInput content =
        new ReportInput(slug, year, c.overview(), c.problems(), c.other(), c.tables());
    return view(
        Response.ok(),
        reports.correct(caller, slug, year, Versions.ifMatch(ifMatch), c.reason(), content));
  }

  private Response view(Response.ResponseBuilder builder, Report r) {
    ReportDetail detail =
        tx.read(
            em -> {
              Report fresh = reports.get(em, r.organisation().slug(), r.year());
              return ReportDetail.from(reports.facts(em, fresh, AcceptLanguage.of(headers)), true);
            });
    return builder.tag(Versions.tag(detail.version())).entity(detail).build();
  }
}
