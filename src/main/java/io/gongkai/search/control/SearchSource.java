package io.gongkai.search.control;

import io.gongkai.channels.entity.Channel;
import io.gongkai.items.control.Attachments;
import io.gongkai.items.entity.Attachment;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Reads what the index may hold from the database: published items (scheduled and expiring ones too
 * — their times are filtered at query time) and published reports. Drafts, items waiting for review
 * and withdrawn items are never read here, so they can never reach the index.
 */
@ApplicationScoped
public class SearchSource {

  /** The indexable form of an item, or empty when the item is not (or no longer) published. */
  public Optional<Indexable> item(EntityManager em, long id) {
    Item item = em.find(Item.class, id);
    if (item == null || item.state() != ItemState.PUBLISHED || item.publishedAt() == null) {
      return Optional.empty();
    }
    return Optional.of(of(em, item));
  }

  /** The indexable form of a report, or empty when it is not published. */
  public Optional<Indexable> report(EntityManager em, long id) {
    Report report = em.find(Report.class, id);
    if (report == null || report.state() != ReportState.PUBLISHED || report.publishedAt() == null) {
      return Optional.empty();
    }
    return Optional.of(of(report));
  }

  /** Published items with an id above {@code afterId}, in id order, for a rebuild. */
  public List<Indexable> itemsAfter(EntityManager em, long afterId, int limit) {
    List<Item> items =
        em.createQuery(
                "select i from Item i where i.state = :published and i.id > :after order by i.id",
                Item.class)
            .setParameter("published", ItemState.PUBLISHED)
            .setParameter("after", afterId)
            .setMaxResults(limit)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "i.extraChannels")
            .setHint("eclipselink.batch", "i.attachments")
            .getResultList();
    List<Indexable> out = new ArrayList<>(items.size());
    for (Item item : items) {
      if (item.publishedAt() != null) {
        out.add(of(em, item));
      }
    }
    return out;
  }

  /** Every published report, for a rebuild. */
  public List<Indexable> reports(EntityManager em) {
    return em
        .createQuery(
            "select r from Report r where r.state = :published order by r.id", Report.class)
        .setParameter("published", ReportState.PUBLISHED)
        .getResultList()
        .stream()
        .filter(r -> r.publishedAt() != null)
        .map(SearchSource::of)
        .toList();
  }

  /** How many documents a rebuild will write, for its progress. */
  public long countPublished(EntityManager em) {
    long items =
        em.createQuery("select count(i) from Item i where i.state = :published", Long.class)
            .setParameter("published", ItemState.PUBLISHED)
            .getSingleResult();
    long reports =
        em.createQuery("select count(r) from Report r where r.state = :published", Long.class)
            .setParameter("published", ReportState.PUBLISHED)
            .getSingleResult();
    return items + reports;
  }

  private Indexable of(EntityManager em, Item item) {
    List<Long> channels = new ArrayList<>();
    channels.add(item.primaryChannel().id());
    for (Channel extra : item.extraChannels()) {
      if (!channels.contains(extra.id())) {
        channels.add(extra.id());
      }
    }
    String text =
        Stream.of(item.summary(), plain(item.body()), String.join(" ", item.keywords()))
            .filter(s -> s != null && !s.isBlank())
            .reduce((a, b) -> a + "\n" + b)
            .orElse("");
    return new Indexable(
        Indexable.ITEM,
        item.id(),
        item.organisation().id(),
        channels,
        item.title(),
        text,
        attachmentText(em, item),
        item.publishedAt(),
        item.expiresAt(),
        item.genre() == null ? null : item.genre().label(),
        item.theme(),
        item.validity() == null ? null : item.validity().label(),
        item.indexNumber(),
        item.documentNumber(),
        item.writtenOn(),
        null);
  }

  /** The text of the item's attachments, each with its file name, as extracted when stored. */
  private String attachmentText(EntityManager em, Item item) {
    if (item.attachments().isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (Attachment a : item.attachments()) {
      text.append(a.fileName()).append('\n');
      Attachments.text(em, a.id()).ifPresent(t -> text.append(t).append('\n'));
    }
    return text.toString();
  }

  private static Indexable of(Report report) {
    ReportContent content = report.content();
    String text =
        report.structured()
            ? Stream.of(content.overview(), content.problems(), content.other())
                .map(SearchSource::plain)
                .filter(s -> !s.isBlank())
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
            : report.originalText();
    return new Indexable(
        Indexable.REPORT,
        report.id(),
        report.organisation().id(),
        List.of(),
        report.title(),
        text,
        null,
        report.publishedAt(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        report.year());
  }

  private static String plain(String html) {
    return html == null || html.isBlank() ? "" : Jsoup.parse(html).text();
  }
}
