package io.gongkai.requests.boundary;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.platform.JsonBodies;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Versions;
import io.gongkai.requests.control.RequestQueries;
import io.gongkai.requests.control.SubmissionDesk;
import io.gongkai.requests.entity.SubmissionState;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Requests sent through the online form (网上申请) that wait for an editor of the organisation:
 * accepting one registers it (第三十一条: received on the day of confirmation), voiding one ends it.
 */
@RequestScoped
@Path("manage/organisations/{slug}/requests/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionsResource {

  /** The optional body of accepting: the receipt day, if not today. */
  public record AcceptInput(LocalDate receivedOn) {}

  /** Why a submission is voided: {@code spam}, {@code test}, {@code duplicate} or {@code other}. */
  public record VoidInput(String reason, String note) {}

  @Inject Caller caller;
  @Inject Transactions tx;
  @Inject RequestQueries queries;
  @Inject SubmissionDesk desk;

  @GET
  public List<SubmissionJson> list(
      @PathParam("slug") String slug, @QueryParam("state") String state) {
    SubmissionState wanted = state(state);
    return tx.read(
        em ->
            desk.list(em, queries.organisation(em, caller, slug, Role.EDITOR), wanted).stream()
                .map(SubmissionJson::from)
                .toList());
  }

  @POST
  @Path("{id: [0-9]+}/accept")
  public SubmissionJson accept(
      @PathParam("slug") String slug, @PathParam("id") long id, String body) {
    AcceptInput in = JsonBodies.readOptional(body, AcceptInput.class);
    return SubmissionJson.from(desk.accept(caller, slug, id, in == null ? null : in.receivedOn()));
  }

  @POST
  @Path("{id: [0-9]+}/void")
  public SubmissionJson voidIt(
      @PathParam("slug") String slug, @PathParam("id") long id, VoidInput input) {
    VoidInput in = Versions.body(input);
    return SubmissionJson.from(desk.voidIt(caller, slug, id, in.reason(), in.note()));
  }

  private static SubmissionState state(String state) {
    if (state == null || state.isBlank()) {
      return SubmissionState.PENDING;
    }
    return Arrays.stream(SubmissionState.values())
        .filter(s -> s.name().equals(state))
        .findFirst()
        .orElseThrow(
            () ->
                new Problem.Invalid(
                    "state",
                    "field.one-of",
                    Arrays.stream(SubmissionState.values()).map(Enum::name).toList()));
  }
}
