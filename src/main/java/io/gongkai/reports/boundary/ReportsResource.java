package io.gongkai.reports.boundary;

import io.gongkai.organisations.control.Organisations;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.boundary.ReportJson.ReportDetail;
import io.gongkai.reports.boundary.ReportJson.ReportSummary;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Published annual reports, for everyone. */
@RequestScoped
@Timed(description = "Requests served, by endpoint")
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Reports reports;

  @GET
  @Operation(summary = "An organisation's published annual reports, newest year first")
  public List<ReportSummary> list(@QueryParam("organisation") String organisation) {
    if (organisation == null || organisation.isBlank()) {
      throw new Problem.Invalid("organisation", "required");
    }
    return tx.read(
        em ->
            reports.published(em, organisations.get(em, organisation)).stream()
                .map(ReportSummary::from)
                .toList());
  }

  @GET
  @Path("{slug}/{year: [0-9]{4}}")
  @Operation(
      summary = "One published report: sections, tables with labels and keys, checks, corrections")
  public Response get(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em -> {
          Report report = reports.get(em, slug, year);
          if (report.state() != ReportState.PUBLISHED) {
            throw new Problem.NotFound("Report", slug + "/" + year);
          }
          return Response.ok(
                  ReportDetail.from(
                      report, reports.check(em, report), reports.corrections(em, report), false))
              .lastModified(Date.from(report.updatedAt()))
              .build();
        });
  }
}
