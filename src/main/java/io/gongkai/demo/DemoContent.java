package io.gongkai.demo;

import io.gongkai.access.control.Accounts;
import io.gongkai.access.entity.Role;
import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.Attachments;
import io.gongkai.items.control.IndexNumbers;
import io.gongkai.items.control.ItemEditor;
import io.gongkai.items.control.ItemInput;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import io.gongkai.organisations.boundary.OrganisationJson;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.ClusterLock;
import io.gongkai.platform.DatabaseReady;
import io.gongkai.platform.Settings;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.ReportImports;
import io.gongkai.reports.control.ReportInput;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.control.importing.ReportTextParser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** Loads {@code demo/demo-content.json} into an empty database. */
@ApplicationScoped
public class DemoContent {

  private static final System.Logger LOG = System.getLogger(DemoContent.class.getName());

  /** The demo file. */
  public record DemoFile(List<DemoOrganisation> organisations, List<DemoItem> items) {}

  /** An organisation of the demo file. */
  public record DemoOrganisation(
      String slug,
      String code,
      String name,
      String shortName,
      String parent,
      OrganisationJson.ContactJson contact,
      Boolean requestsOnline,
      List<DemoChannel> extraChannels) {}

  /** A channel beyond the standard catalogue. */
  public record DemoChannel(String code, String name, String parent) {}

  /** An attachment of a demo item: a resource file and the name shown. */
  public record DemoAttachment(String file, String fileName) {}

  /** An item of the demo file, with the state it should end in. */
  public record DemoItem(
      String org,
      String channel,
      List<String> extraChannels,
      String title,
      String summary,
      String bodyHtml,
      String documentNumber,
      LocalDate writtenOn,
      LocalDate publishedOn,
      String theme,
      String genre,
      List<String> keywords,
      String disclosureMethod,
      String scope,
      String timeLimit,
      String validity,
      LocalDate invalidSince,
      String state,
      List<DemoAttachment> attachments) {}

  @Inject ClusterLock cluster;
  @Inject Transactions tx;
  @Inject Settings settings;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject Accounts accounts;
  @Inject ItemEditor editor;
  @Inject IndexNumbers indexNumbers;
  @Inject Attachments attachments;
  @Inject Reports reports;

  /** In demo mode, loads the demo content into an empty database and says how to log in. */
  void onReady(@Observes @Priority(DatabaseReady.CONTENT) DatabaseReady ready) {
    if (settings.demo()) {
      loadIfEmpty();
      System.getLogger(DemoContent.class.getName())
          .log(
              System.Logger.Level.INFO,
              "Gongkai demo mode: log in as demo-admin, demo-editor, demo-reviewer or"
                  + " demo-editor2 with the demo password (POST /api/v1/auth/token)");
    }
  }

  public void loadIfEmpty() {
    tx.write(
        em -> {
          cluster.await(em, "demo-content"); // instances starting together load it once
          if (!organisations.all(em).isEmpty()) {
            return null;
          }
          DemoFile file = read();
          file.organisations().forEach(o -> organisation(em, o));
          users(em);
          file.items().stream()
              .sorted(Comparator.comparing(DemoItem::publishedOn))
              .forEach(i -> item(em, i));
          reports(em);
          LOG.log(
              Level.INFO,
              "Loaded demo content: {0} organisations, {1} items",
              file.organisations().size(),
              file.items().size());
          return null;
        });
  }

  private static DemoFile read() {
    try (InputStream in = DemoContent.class.getResourceAsStream("/demo/demo-content.json");
        var jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(in, DemoFile.class);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the demo content", e);
    }
  }

  private void organisation(EntityManager em, DemoOrganisation o) {
    Organisation org =
        organisations.create(
            em,
            new Organisations.Description(
                o.slug(),
                o.code(),
                o.name(),
                o.shortName(),
                o.parent(),
                o.contact() == null ? null : o.contact().toContact(),
                o.requestsOnline()));
    int position = 100;
    for (DemoChannel c : o.extraChannels() == null ? List.<DemoChannel>of() : o.extraChannels()) {
      Channel channel = new Channel(org, null, c.code(), c.name());
      channel.place(c.parent() == null ? null : channels.byCode(em, org, c.parent()), position++);
      em.persist(channel);
    }
    em.flush();
  }

  private void users(EntityManager em) {
    String password = settings.demoPassword();
    Organisation centre = organisations.get(em, "jrjgfwzx");
    Organisation education = organisations.get(em, "jrjyj");
    accounts.grant(
        em, accounts.create(em, "demo-admin", "演示管理员", password), centre, Role.ADMINISTRATOR);
    accounts.grant(em, accounts.create(em, "demo-editor", "演示编辑", password), centre, Role.EDITOR);
    accounts.grant(
        em, accounts.create(em, "demo-reviewer", "演示审核", password), centre, Role.REVIEWER);
    accounts.grant(
        em, accounts.create(em, "demo-editor2", "教育局编辑", password), education, Role.EDITOR);
  }

  private void item(EntityManager em, DemoItem d) {
    Organisation org = organisations.get(em, d.org());
    Item item =
        editor.importDraft(
            em,
            org,
            new ItemInput(
                d.org(),
                d.title(),
                d.summary(),
                d.bodyHtml(),
                d.channel(),
                d.extraChannels(),
                d.documentNumber(),
                d.writtenOn(),
                d.theme(),
                d.genre(),
                d.keywords(),
                d.disclosureMethod(),
                d.scope(),
                d.timeLimit(),
                d.validity(),
                d.invalidSince(),
                null,
                null),
            "demo-editor");
    for (DemoAttachment a : d.attachments() == null ? List.<DemoAttachment>of() : d.attachments()) {
      try (InputStream in =
          DemoContent.class.getResourceAsStream("/demo/attachments/" + a.file())) {
        attachments.importFile(em, item, a.fileName(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (settings.pictureChannels().contains(d.channel())) {
      cover(em, item, d.title());
    }
    Instant at = d.publishedOn().atTime(LocalTime.of(9, 0)).atZone(ItemQueries.CHINA).toInstant();
    switch (d.state()) {
      case "DRAFT" -> {}
      case "PENDING_REVIEW" -> item.moveTo(ItemState.PENDING_REVIEW);
      case "WITHDRAWN" -> {
        publish(em, item, at);
        item.withdraw("内容已过时，撤回");
      }
      default -> publish(em, item, at);
    }
  }

  /** Picture news gets a picture drawn for it, as its cover with the alt text of what is drawn. */
  private void cover(EntityManager em, Item item, String title) {
    DemoPictures.Picture picture = DemoPictures.draw(title.hashCode());
    Attachment a =
        attachments.importFile(
            em, item, "配图.jpg", new java.io.ByteArrayInputStream(picture.jpeg()));
    a.describe(picture.alt());
    item.coverWith(a);
  }

  /**
   * The seed report (句容市机关服务中心 2019, imported from the text of its Word file) and a 2021-format
   * report written for the demo, both published.
   */
  private void reports(EntityManager em) {
    try (InputStream seed =
            DemoContent.class.getResourceAsStream("/demo/reports/jurong-jgfwzx-2019.txt");
        InputStream written =
            DemoContent.class.getResourceAsStream("/demo/reports/jrjyj-2023.json");
        var jsonb = JsonbBuilder.create()) {
      var imported =
          new ReportTextParser().parse(new String(seed.readAllBytes(), StandardCharsets.UTF_8));
      publishReport(em, ReportImports.input("jrjgfwzx", 2019, imported));
      publishReport(em, jsonb.fromJson(written, ReportInput.class));
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the demo reports", e);
    }
  }

  /**
   * Publishes a demo report as of 31 January of the next year, the last day the Regulations (art.
   * 50) allow, since the day its agency published it is not known: a report shows when the agency
   * published it, not the day the demo was loaded.
   */
  private void publishReport(EntityManager em, ReportInput report) {
    Instant deadline =
        LocalDate.of(report.year() + 1, 1, 31).atStartOfDay(ItemQueries.CHINA).toInstant();
    reports.importReport(
        em, organisations.get(em, report.organisation()), report, "demo-editor", true, deadline);
  }

  private void publish(EntityManager em, Item item, Instant at) {
    item.publish(
        at, indexNumbers.allocate(em, item.organisation(), at.atZone(ItemQueries.CHINA).getYear()));
  }
}
