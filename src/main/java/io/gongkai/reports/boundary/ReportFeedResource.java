package io.gongkai.reports.boundary;

import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.AtomFeed;
import io.gongkai.platform.PublicUrls;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.entity.Report;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The Atom feed of the 年度报告 channel: the organisation's published annual reports, newest year first
 * — past years brought over from an old site included. (The feed of any other channel lists items;
 * this literal path wins over that template.)
 */
@RequestScoped
@Path("organisations/{slug}/channels/annual-reports/feed")
public class ReportFeedResource {

  private static final int SUMMARY = 200;

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject Reports reports;
  @Inject PublicUrls urls;
  @Inject Settings settings;
  @Context HttpServletRequest request;

  @GET
  @Produces(AtomFeed.MEDIA_TYPE)
  public Response feed(@PathParam("slug") String slug) {
    return tx.read(
        em -> {
          Organisation org = organisations.get(em, slug);
          Channel channel = channels.byCode(em, org, "annual-reports");
          List<Report> published = reports.published(em, org);
          String base = urls.base(request);
          String xml =
              AtomFeed.write(
                  new AtomFeed.Head(
                      "urn:gongkai:channel:" + org.slug() + ":" + channel.code(),
                      org.name() + " - " + channel.name(),
                      org.name(),
                      channel.updatedAt(),
                      base
                          + "/api/v1/organisations/"
                          + org.slug()
                          + "/channels/"
                          + channel.code()
                          + "/feed",
                      urls.page(
                          request,
                          settings.publicChannelUrl(),
                          Map.of("organisation", org.slug(), "channel", channel.code()))),
                  published.stream()
                      .limit(50)
                      .map(
                          r ->
                              new AtomFeed.Entry(
                                  "urn:gongkai:report:" + org.slug() + ":" + r.year(),
                                  r.title(),
                                  urls.page(
                                      request,
                                      settings.publicReportUrl(),
                                      Map.of("organisation", org.slug(), "year", r.year())),
                                  base + "/api/v1/reports/" + org.slug() + "/" + r.year(),
                                  r.publishedAt(),
                                  r.updatedAt(),
                                  summary(r),
                                  List.of(new AtomFeed.Category(channel.code(), channel.name()))))
                      .toList());
          Response.ResponseBuilder ok = Response.ok(xml);
          var changed = reports.lastPublished(em, org);
          if (changed != null) {
            ok.lastModified(Date.from(changed));
          }
          return ok.build();
        });
  }

  private static String summary(Report r) {
    String text =
        r.structured()
            ? (r.content().overview() == null ? "" : Jsoup.parse(r.content().overview()).text())
            : r.originalText();
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SUMMARY ? flat : flat.substring(0, SUMMARY) + "…";
  }
}
