package io.gongkai.requests.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.platform.Paging;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import io.gongkai.requests.boundary.RequestJson.RequestPage;
import io.gongkai.requests.control.Register;
import io.gongkai.requests.control.RegisterCsv;
import io.gongkai.requests.control.RegisterCsv.Applicants;
import io.gongkai.requests.control.RequestInput;
import io.gongkai.requests.control.RequestQueries;
import io.gongkai.requests.control.RequestQueries.Filter;
import io.gongkai.requests.control.RequestRules;
import io.gongkai.requests.control.Steps;
import io.gongkai.requests.entity.DisclosureRequest;
import io.gongkai.requests.entity.Outcomes;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;

/** An organisation's register of disclosure requests (依申请公开), for its editors and reviewers. */
@RequestScoped
@Path("manage/organisations/{slug}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

  /** The most rows one export holds: a register of one agency is far smaller. */
  static final int EXPORT_MAX = 50_000;

  @Context UriInfo uri;
  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject RequestQueries queries;
  @Inject Register register;

  @GET
  public RequestPage list(
      @PathParam("slug") String slug,
      @QueryParam("state") String state,
      @QueryParam("dueWithin") Integer dueWithin,
      @QueryParam("overdue") boolean overdue,
      @QueryParam("year") Integer year,
      @QueryParam("applicantType") String applicantType,
      @QueryParam("outcome") String outcome,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Paging paging = Paging.of(page, size);
    Filter filter =
        new Filter(
            FilterParams.state(state),
            FilterParams.dueWithin(dueWithin),
            overdue,
            year,
            FilterParams.applicantType(applicantType),
            outcome);
    RequestRules rules = register.rules();
    var days = register.calendar().workingDays();
    LocalDate today = LocalDate.now(Register.CHINA);
    return tx.read(
        em -> {
          var organisation = queries.organisation(em, caller, slug, Role.EDITOR);
          var result =
              queries.list(em, organisation, filter, days, today, paging.page(), paging.size());
          return RequestPage.of(
              result.requests().stream()
                  .map(r -> RequestJson.from(r, rules.read(r), days, today))
                  .toList(),
              paging.page(),
              paging.size(),
              result.total(),
              uri);
        });
  }

  /**
   * The choices of a request's fields with their official wording; the outcomes are those of the
   * report format of {@code year} (default: this year), the year a reply counts in.
   */
  @GET
  @Path("choices")
  public ChoicesJson choices(@PathParam("slug") String slug, @QueryParam("year") Integer year) {
    int asked = year == null ? LocalDate.now(Register.CHINA).getYear() : year;
    tx.read(em -> queries.organisation(em, caller, slug, Role.EDITOR));
    if (Outcomes.formatId(asked).isEmpty()) {
      throw new Problem.Invalid("year", "requests.field.year-without-format", asked);
    }
    return ChoicesJson.of(asked);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv; charset=UTF-8")
  public Response export(
      @PathParam("slug") String slug,
      @QueryParam("year") Integer year,
      @QueryParam("applicantDetails") boolean applicantDetails) {
    RequestRules rules = register.rules();
    var days = register.calendar().workingDays();
    LocalDate today = LocalDate.now(Register.CHINA);
    Filter filter = new Filter(null, null, false, year, null, null);
    String csv =
        tx.read(
            em -> {
              var organisation = queries.organisation(em, caller, slug, Role.EDITOR);
              var all = queries.list(em, organisation, filter, days, today, 1, EXPORT_MAX);
              return RegisterCsv.of(
                  all.requests(),
                  rules,
                  applicantDetails ? Applicants.INCLUDED : Applicants.LEFT_OUT);
            });
    String name = slug + "-requests" + (year == null ? "" : "-" + year) + ".csv";
    return Response.ok(csv)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  @POST
  public Response create(@PathParam("slug") String slug, RequestInput input) {
    DisclosureRequest r = register.register(caller, slug, Versions.body(input));
    return view(
        Response.created(
            URI.create("/api/v1/manage/organisations/" + slug + "/requests/" + r.id())),
        r);
  }

  @GET
  @Path("{id: [0-9]+}")
  public Response get(@PathParam("slug") String slug, @PathParam("id") long id) {
    return tx.read(
        em ->
            view(
                Response.ok(),
                queries.get(em, queries.organisation(em, caller, slug, Role.EDITOR), id)));
  }

  @PUT
  @Path("{id: [0-9]+}")
  public Response update(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      RequestInput input) {
    return view(
        Response.ok(),
        register.update(caller, slug, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/pauses")
  public Response pause(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      Steps.PauseInput input) {
    return view(
        Response.ok(),
        register.pause(caller, slug, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/pauses/end")
  public Response endPause(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      Steps.PauseEnd input) {
    return view(
        Response.ok(),
        register.endPause(caller, slug, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/extension")
  public Response extend(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      Steps.ExtensionInput input) {
    return view(
        Response.ok(),
        register.extend(caller, slug, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/answer")
  public Response answer(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      Steps.AnswerInput input) {
    return view(
        Response.ok(),
        register.answer(caller, slug, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/appeals")
  public Response appeal(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      Steps.AppealInput input) {
    return view(
        Response.ok(),
        register.appeal(caller, slug, id, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/appeals/{appeal: [0-9]+}/result")
  public Response decide(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("appeal") long appeal,
      @HeaderParam("If-Match") String ifMatch,
      Steps.AppealDecision input) {
    return view(
        Response.ok(),
        register.decide(caller, slug, id, appeal, Versions.ifMatch(ifMatch), Versions.body(input)));
  }

  @POST
  @Path("{id: [0-9]+}/close")
  public Response close(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch) {
    return view(Response.ok(), register.close(caller, slug, id, Versions.ifMatch(ifMatch)));
  }

  private Response view(Response.ResponseBuilder builder, DisclosureRequest r) {
    var days = register.calendar().workingDays();
    return builder
        .tag(Versions.tag(r.version()))
        .entity(RequestJson.from(r, register.rules().read(r), days, LocalDate.now(Register.CHINA)))
        .build();
  }
}
