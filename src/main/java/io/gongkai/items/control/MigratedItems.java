package io.gongkai.items.control;

import io.gongkai.audit.control.AuditLog;
import io.gongkai.channels.control.Channels;
import io.gongkai.channels.entity.Channel;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import io.gongkai.items.entity.NumberKey;
import io.gongkai.items.entity.Revision;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Upload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Items brought over from an agency's previous site: created published (or withdrawn) with the
 * date, 索引号 and address they had, or updated in place when the same source id comes again. The
 * source id makes an import idempotent: the same line twice changes nothing.
 */
@ApplicationScoped
public class MigratedItems {

  static final String WITHDRAWN_BEFORE = "在原网站已撤销";

  @Inject Channels channels;
  @Inject IndexNumbers indexNumbers;
  @Inject AuditLog audit;
  @Inject Attachments attachments;

  /**
   * One item as the previous site had it: its content and what it was published with. Without a
   * publication time, a new item is published now and an existing one keeps its time.
   */
  public record Line(
      ItemInput input,
      String externalId,
      String originalUrl,
      String indexNumber,
      Instant publishedAt,
      Arrival arrival,
      List<Upload> files) {

    public Line {
      files = files == null ? List.of() : List.copyOf(files);
    }

    public Line withFiles(List<Upload> attached) {
      return new Line(input, externalId, originalUrl, indexNumber, publishedAt, arrival, attached);
    }
  }

  /** The lifecycle state a migrated item arrives in. */
  public enum Arrival {
    PUBLISHED,
    WITHDRAWN
  }

  /** What importing one line did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * The lines of one transaction, with what they may touch read up front — the items with their
   * source ids and the holders of their 索引号 — in two queries instead of two a line, and no flush
   * between lines.
   */
  public Batch batch(EntityManager em, Organisation org, String author, List<Line> lines) {
    return new Batch(em, org, author, lines);
  }

  /** See {@link #batch}. */
  public final class Batch {
    private final EntityManager em;
    private final Organisation org;
    private final String author;
    private final Map<String, Item> byExternalId = new HashMap<>();
    private final Map<String, String> holders = new HashMap<>();
    private final Map<String, Channel> channelsByCode = new HashMap<>();

    private Batch(EntityManager em, Organisation org, String author, List<Line> lines) {
      this.em = em;
      this.org = org;
      this.author = author;
      em.setFlushMode(FlushModeType.COMMIT);
      for (Channel c : channels.of(em, org)) {
        channelsByCode.put(c.code(), c);
      }
      List<String> ids = lines.stream().map(Line::externalId).distinct().toList();
      if (!ids.isEmpty()) {
        em
            .createQuery("select i from Item i where i.externalId in :x", Item.class)
            .setParameter("x", ids)
            .getResultList()
            .stream()
            .filter(i -> i.organisation().id().equals(org.id()))
            .forEach(i -> byExternalId.put(i.externalId(), i));
      }
      List<String> keys =
          lines.stream()
              .map(Line::indexNumber)
              .filter(Objects::nonNull)
              .map(NumberKey::of)
              .distinct()
              .toList();
      if (!keys.isEmpty()) {
        for (Object[] row :
            em.createQuery(
                    "select i.indexKey, i.organisation.id, i.externalId from Item i"
                        + " where i.indexKey in :k",
                    Object[].class)
                .setParameter("k", keys)
                .getResultList()) {
          holders.put((String) row[0], holder((Long) row[1], (String) row[2]));
        }
      }
    }

    /** What {@link #apply} would do with the line, or its refusal; writes nothing (dry runs). */
    public Outcome check(Line line) {
      ItemValidation.Checked checked = ItemValidation.check(channelsByCode, org, line.input());
      Item existing = byExternalId.get(line.externalId());
      requireFreeIndexNumber(line, existing);
      if (existing == null) {
        return Outcome.CREATED;
      }
      return isSame(existing, checked, line, line.arrival()) ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    /** Creates or updates the item with this source id, in the batch's transaction. */
    public Outcome apply(Line p) {
      Arrival arrival = p.arrival();
      ItemValidation.Checked checked = ItemValidation.check(channelsByCode, org, p.input());
      Item existing = byExternalId.get(p.externalId());
      requireFreeIndexNumber(p, existing);
      if (existing != null && isSame(existing, checked, p, arrival)) {
        return Outcome.UNCHANGED;
      }
      Item item = existing != null ? existing : new Item(org, author);
      List<String> changed = new ArrayList<>();
      changed.addAll(item.apply(checked.content(), checked.primary(), checked.extra()));
      if (existing == null) {
        item.migratedFrom(p.externalId(), p.originalUrl(), p.indexNumber());
        em.persist(item);
        byExternalId.put(p.externalId(), item);
      } else {
        item.migratedFrom(p.externalId(), p.originalUrl(), null);
      }
      Instant at = publishedAt(p, existing);
      if (item.indexNumber() == null || !at.equals(item.publishedAt())) {
        item.publish(at, allocated(em, item, at));
      } else if (item.state() != ItemState.PUBLISHED && arrival == Arrival.PUBLISHED) {
        item.publish(at, null);
      }
      holders.put(NumberKey.of(item.indexNumber()), holder(org.id(), p.externalId()));
      if (arrival == Arrival.WITHDRAWN) {
        item.withdraw(WITHDRAWN_BEFORE);
      }
      for (Upload file : newFiles(item, p)) {
        attachments.store(em, item, file);
        changed.add("attachments");
      }
      int number = existing == null ? 1 : nextRevision(em, item);
      String snapshot = JsonbSettings.jsonb().toJson(checked.content());
      em.persist(new Revision(item, number, author, changed, snapshot));
      audit.record(
          em,
          author,
          null,
          existing == null ? "item.import" : "item.reimport",
          ItemEditor.target(item),
          item.indexNumber() + " from " + p.externalId());
      return existing == null ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** A legacy 索引号 must be free, and an item's 索引号 never changes once given. */
    private void requireFreeIndexNumber(Line p, Item existing) {
      if (p.indexNumber() == null) {
        return;
      }
      if (existing != null && existing.indexNumber() != null) {
        if (!existing.indexNumber().equals(p.indexNumber())) {
          throw new Problem.Invalid(
              "indexNumber", "items.index-number-fixed", existing.indexNumber());
        }
        return;
      }
      String holder = holders.get(NumberKey.of(p.indexNumber()));
      if (holder != null && !holder.equals(holder(org.id(), p.externalId()))) {
        throw new Problem.Invalid("indexNumber", "items.index-number-taken", p.indexNumber());
      }
    }
  }

  private static String holder(long organisationId, String externalId) {
    return organisationId + "\u0000" + externalId;
  }

  private String allocated(EntityManager em, Item item, Instant at) {
    return item.indexNumber() != null
        ? null
        : indexNumbers.allocate(em, item.organisation(), at.atZone(ItemQueries.CHINA).getYear());
  }

  private static boolean isSame(
      Item item, ItemValidation.Checked checked, Line p, Arrival arrival) {
    ItemState wanted = arrival == Arrival.WITHDRAWN ? ItemState.WITHDRAWN : ItemState.PUBLISHED;
    return checked.content().equals(item.content())
        && Objects.equals(item.publishedAt(), publishedAt(p, item))
        && Objects.equals(item.originalUrl(), p.originalUrl())
        && item.state() == wanted
        && (p.indexNumber() == null || p.indexNumber().equals(item.indexNumber()))
        && newFiles(item, p).isEmpty();
  }

  private static Instant publishedAt(Line p, Item existing) {
    if (p.publishedAt() != null) {
      return p.publishedAt();
    }
    return existing != null && existing.publishedAt() != null
        ? existing.publishedAt()
        : Instant.now();
  }

  /** The files of the line that the item does not hold yet (same name and content). */
  private static List<Upload> newFiles(Item item, Line p) {
    return p.files().stream()
        .filter(
            f ->
                item.attachments().stream()
                    .noneMatch(
                        a -> a.sha256().equals(f.sha256()) && a.fileName().equals(f.fileName())))
        .toList();
  }

  private static int nextRevision(EntityManager em, Item item) {
    Number max =
        em.createQuery("select max(r.number) from Revision r where r.item = :i", Number.class)
            .setParameter("i", item)
            .getSingleResult();
    return max == null ? 1 : max.intValue() + 1;
  }
}
