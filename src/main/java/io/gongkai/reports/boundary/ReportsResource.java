package io.gongkai.reports.boundary;

import io.gongkai.items.boundary.ItemsResource;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.platform.AcceptLanguage;
import io.gongkai.platform.Message;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.boundary.ReportJson.ReportDetail;
import io.gongkai.reports.boundary.ReportJson.ReportSummary;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.control.docx.ReportDocx;
import io.gongkai.reports.control.html.Embedding;
import io.gongkai.reports.control.html.ReportHtml;
import io.gongkai.reports.control.layout.OfficialLayout;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** Published annual reports, for everyone; drafts are 404. */
@RequestScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;
  @Inject io.gongkai.platform.ThemeVersion themes;
  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Reports reports;

  @GET
  public Response list(@QueryParam("organisation") String organisation) {
    if (organisation == null || organisation.isBlank()) {
      throw new Problem.Invalid("organisation", "required");
    }
    return tx.read(
        em -> {
          List<Report> published = reports.published(em, organisations.get(em, organisation));
          Response.ResponseBuilder ok =
              Response.ok(published.stream().map(ReportSummary::from).toList());
          published.stream()
              .map(Report::updatedAt)
              .max(java.time.Instant::compareTo)
              .ifPresent(t -> ok.lastModified(Date.from(t)));
          return ok.build();
        });
  }

  @GET
  @Path("{slug}/{year: [0-9]+}")
  public Response get(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em -> {
          Report report = published(em, slug, year);
          Locale language = AcceptLanguage.of(headers);
          ReportDetail detail = ReportDetail.from(reports.facts(em, report, language), false);
          // the rule findings are in the request's language: caches keep one copy per language
          return Response.ok(detail)
              .lastModified(Date.from(report.updatedAt()))
              .header("Content-Language", language.toLanguageTag())
              .header("Vary", "Accept-Language")
              .build();
        });
  }

  @GET
  @Path("{slug}/{year: [0-9]+}/html")
  @Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
  public Response html(@PathParam("slug") String slug, @PathParam("year") int year) {
    // a path, never an address built from the request's Host: the answer is cached publicly; the
    // versioned one, so the stylesheet is cached as long as this theme lasts
    String stylesheet = themes.address(Embedding.STYLESHEET);
    Embedding embedding = Embedding.of(slug, year, stylesheet);
    return tx.read(
        em -> {
          Report report = published(em, slug, year);
          String title = report.title();
          String html =
              report.structured()
                  ? ReportHtml.render(title, layout(report), report.content(), embedding)
                  : ReportHtml.renderText(title, report.originalText(), embedding);
          return Response.ok(html).lastModified(Date.from(report.updatedAt())).build();
        });
  }

  @GET
  @Path("{slug}/{year: [0-9]+}/layout")
  public Response layout(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em -> {
          Report report = published(em, slug, year);
          OfficialLayout layout = structuredLayout(report, "reports.not-structured.layout");
          return Response.ok(layout).lastModified(Date.from(report.updatedAt())).build();
        });
  }

  @GET
  @Path("{slug}/{year: [0-9]+}/docx")
  @Produces(ReportFormatsOfFiles.DOCX)
  public Response docx(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em -> {
          Report report = published(em, slug, year);
          OfficialLayout layout = structuredLayout(report, "reports.not-structured.docx");
          String title = report.title();
          byte[] file = ReportDocx.write(title, layout, report.content());
          return Response.ok(file)
              .header(
                  "Content-Disposition", ItemsResource.disposition("attachment", title + ".docx"))
              .lastModified(Date.from(report.updatedAt()))
              .build();
        });
  }

  @GET
  @Path("{slug}/{year: [0-9]+}/original")
  @Produces(MediaType.WILDCARD)
  public Response original(@PathParam("slug") String slug, @PathParam("year") int year) {
    return tx.read(
        em -> {
          Report report = published(em, slug, year);
          var file =
              reports
                  .original(em, report)
                  .orElseThrow(() -> new Problem.NotFound("report-original", slug + "/" + year));
          return Response.ok(file.content(), file.contentType())
              .header(
                  "Content-Disposition", ItemsResource.disposition("attachment", file.fileName()))
              .tag(new jakarta.ws.rs.core.EntityTag(file.sha256()))
              .lastModified(Date.from(file.createdAt()))
              .build();
        });
  }

  private static OfficialLayout layout(Report report) {
    return OfficialLayout.of(report.format(), report.content().reportTables());
  }

  /** The layout of a structured report; a past report kept as text is refused (409). */
  private static OfficialLayout structuredLayout(Report report, String instead) {
    if (!report.structured()) {
      throw new Problem(
          409, "report-not-structured", "reports.not-structured", Message.of(instead));
    }
    return layout(report);
  }

  private Report published(EntityManager em, String slug, int year) {
    Report report = reports.get(em, slug, year);
    if (report.state() != ReportState.PUBLISHED) {
      throw new Problem.NotFound("report", slug + "/" + year);
    }
    return report;
  }
}
