package io.gongkai.items.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gongkai.items.entity.Genre;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import io.gongkai.items.entity.NumberKey;
import io.gongkai.items.entity.Validity;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queries over items. The public ones all start from {@link #VISIBLE}: published, publication time
 * come, not expired. Nothing else decides what the public sees.
 */
@ApplicationScoped
public class ItemQueries {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  static final String VISIBLE =
      "i.state = io.gongkai.items.entity.ItemState.PUBLISHED"
          + " and i.publishedAt <= :now and (i.expiresAt is null or i.expiresAt > :now)";

  private static final String IN_CHANNELS =
      " and (i.primaryChannel.id in :channels or exists"
          + " (select c from Item j join j.extraChannels c where j = i and c.id in :channels))";

  /** Which items a list asks for; null fields do not filter. */
  public record Filter(
      Long organisationId,
      List<Long> channelIds,
      Integer year,
      Genre genre,
      Validity validity,
      ItemState state) {}

  /** One page of a list and the size of the whole list. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  public enum Order {
    NEWEST_FIRST,
    OLDEST_FIRST
  }

  public Page<Item> visible(EntityManager em, Filter f, int page, int size, Order order) {
    return list(em, VISIBLE, f, page, size, order, null);
  }

  /**
   * A public list page whose total is taken from the counts already made since the public content
   * last changed ({@code changedAt}, from {@link #lastPublicChange}). Counting is the one part of a
   * page that reads every match (all the items of a large agency, or of the site); the page itself
   * is read from an index in order. A count is kept at most {@link #COUNT_KEPT}, so a change that
   * {@code changedAt} would not show (two publications committed out of their stamps' order) is
   * seen within seconds on every instance, like the public lists' own max-age.
   */
  public Page<Item> visible(
      EntityManager em, Filter f, int page, int size, Order order, Instant changedAt) {
    return list(em, VISIBLE, f, page, size, order, new CountKey(f, changedAt));
  }

  static final Duration COUNT_KEPT = Duration.ofSeconds(5);

  private record CountKey(Filter filter, Instant changedAt) {}

  private final Cache<CountKey, Long> counts =
      Caffeine.newBuilder().maximumSize(1_024).expireAfterWrite(COUNT_KEPT).build();

  /** Items of any state, for the editorial lists. */
  public Page<Item> all(EntityManager em, Filter f, int page, int size, Order order) {
    return list(em, "1 = 1", f, page, size, order, null);
  }

  private Page<Item> list(
      EntityManager em, String base, Filter f, int page, int size, Order order, CountKey kept) {
    Map<String, Object> params = new HashMap<>();
    String where = where(base, f, params);
    String sort = orderBy(base.equals(VISIBLE) || f.state() != null, f, order);
    // An organisation's list joins its organisation and channels in the same read. The whole
    // site's list reads the items alone, in the order of item_published_any, and their
    // organisations and channels in two reads after it: joined, H2 starts from the organisations
    // and sorts every item of every one of them (25 s at 200,000 items).
    boolean joined = f.organisationId() != null;
    TypedQuery<Item> q =
        em.createQuery(
                "select i from Item i"
                    + (joined ? " join fetch i.organisation join fetch i.primaryChannel" : "")
                    + " where "
                    + where
                    + sort,
                Item.class)
            .setFirstResult((page - 1) * size)
            .setMaxResults(size);
    if (!joined) {
      q.setHint("eclipselink.batch", "i.organisation")
          .setHint("eclipselink.batch", "i.primaryChannel")
          .setHint("eclipselink.batch.type", "IN");
    }
    TypedQuery<Long> count =
        em.createQuery("select count(i) from Item i where " + where, Long.class);
    params.forEach(
        (k, v) -> {
          q.setParameter(k, v);
          count.setParameter(k, v);
        });
    long total =
        kept == null ? count.getSingleResult() : counts.get(kept, k -> count.getSingleResult());
    return new Page<>(q.getResultList(), page, size, total);
  }

  /**
   * The list's order, led by the columns the filter holds to one value (organisation, state), so
   * that the order is the order of an index that starts with them ({@code item_public_order}): a
   * database that reads an index in order only when the ORDER BY names its leading columns (H2)
   * then reads a page and stops, instead of sorting every match. Those columns have one value among
   * the matches, so the order itself is unchanged.
   */
  static String orderBy(boolean oneState, Filter f, Order order) {
    String direction = order == Order.OLDEST_FIRST ? " asc" : " desc";
    StringBuilder sort = new StringBuilder(" order by ");
    String lead = order == Order.OLDEST_FIRST ? " desc, " : ", ";
    if (f.organisationId() != null) {
      // the item's own column, not the joined organisation's key (see Item#organisationId)
      sort.append("i.organisationId").append(lead);
    }
    // the whole site's list is read in the order of item_published_any (published_at DESC, …),
    // the state checked on each row
    if (oneState && f.organisationId() != null) {
      sort.append("i.state").append(lead);
    }
    return sort.append("i.publishedAt")
        .append(direction)
        .append(", i.updatedAt")
        .append(direction)
        .append(", i.id")
        .append(direction)
        .toString();
  }

  private static String where(String base, Filter f, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(base);
    if (base.contains(":now")) {
      params.put("now", Instant.now());
    }
    if (f.organisationId() != null) {
      where.append(" and i.organisation.id = :org");
      params.put("org", f.organisationId());
    }
    if (f.channelIds() != null) {
      where.append(IN_CHANNELS);
      params.put("channels", f.channelIds());
    }
    if (f.year() != null) {
      where.append(" and i.publishedAt >= :from and i.publishedAt < :to");
      params.put("from", startOf(f.year()));
      params.put("to", startOf(f.year() + 1));
    }
    if (f.genre() != null) {
      where.append(" and i.genre = :genre");
      params.put("genre", f.genre());
    }
    if (f.validity() != null) {
      where.append(" and i.validity = :validity");
      params.put("validity", f.validity());
    }
    if (f.state() != null) {
      where.append(" and i.state = :state");
      params.put("state", f.state());
    }
    return where.toString();
  }

  private static Instant startOf(int year) {
    return java.time.LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant();
  }

  public Item visibleById(EntityManager em, long id) {
    Item item = em.find(Item.class, id);
    if (item == null || !item.isVisibleAt(Instant.now())) {
      throw new Problem.NotFound("item", id);
    }
    return item;
  }

  /**
   * The visible item with this 索引号: as written, else in comparable form (other spacing, brackets or
   * width), so a number copied from a printed letter is still found.
   */
  public Item visibleByIndexNumber(EntityManager em, String indexNumber) {
    return em.createQuery(
            "select i from Item i where i.indexKey = :key and "
                + VISIBLE
                + " order by case when i.indexNumber = :n then 0 else 1 end, i.id",
            Item.class)
        .setParameter("n", indexNumber)
        .setParameter("key", NumberKey.of(indexNumber))
        .setParameter("now", Instant.now())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problem.NotFound("item-by-index-number", indexNumber));
  }

  /** The visible item last published at this address of the agency's previous site. */
  public Item visibleByOriginalUrl(EntityManager em, String url) {
    return em.createQuery(
            "select i from Item i where i.originalUrl = :url and " + VISIBLE + " order by i.id",
            Item.class)
        .setParameter("url", url)
        .setParameter("now", Instant.now())
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problem.NotFound("item-by-original-url", url));
  }

  /** The visible items of an organisation published in a year (for derived report figures). */
  public List<Item> visiblePublishedItemsIn(EntityManager em, long organisationId, int year) {
    return em.createQuery(
            "select i from Item i where i.organisation.id = :org and "
                + VISIBLE
                + " and i.publishedAt >= :from and i.publishedAt < :to order by i.publishedAt",
            Item.class)
        .setParameter("org", organisationId)
        .setParameter("now", Instant.now())
        .setParameter("from", startOf(year))
        .setParameter("to", startOf(year + 1))
        .getResultList();
  }

  /** Every visible item of an organisation. */
  public List<Item> visibleItemsOfOrganisation(EntityManager em, long organisationId) {
    return em.createQuery(
            "select i from Item i where i.organisation.id = :org and " + VISIBLE, Item.class)
        .setParameter("org", organisationId)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  /** How many items of an organisation published in a year are visible now (for rule R8). */
  public long visiblePublishedIn(EntityManager em, long organisationId, int year) {
    return em.createQuery(
            "select count(i) from Item i where i.organisation.id = :org and "
                + VISIBLE
                + " and i.publishedAt >= :from and i.publishedAt < :to",
            Long.class)
        .setParameter("org", organisationId)
        .setParameter("now", Instant.now())
        .setParameter("from", startOf(year))
        .setParameter("to", startOf(year + 1))
        .getSingleResult();
  }

  /** Visible items per channel id (primary and extra channels) of one organisation. */
  public Map<Long, Long> visibleCountsByChannel(EntityManager em, long organisationId) {
    Map<Long, Long> counts = new HashMap<>();
    Instant now = Instant.now();
    em.createQuery(
            "select i.primaryChannel.id, count(i) from Item i where i.organisation.id = :org"
                + " and "
                + VISIBLE
                + " group by i.primaryChannel.id",
            Object[].class)
        .setParameter("org", organisationId)
        .setParameter("now", now)
        .getResultList()
        .forEach(r -> counts.merge((Long) r[0], (Long) r[1], Long::sum));
    em.createQuery(
            "select c.id, count(i) from Item i join i.extraChannels c"
                + " where i.organisation.id = :org and "
                + VISIBLE
                + " group by c.id",
            Object[].class)
        .setParameter("org", organisationId)
        .setParameter("now", now)
        .getResultList()
        .forEach(r -> counts.merge((Long) r[0], (Long) r[1], Long::sum));
    return counts;
  }

  /**
   * When what the public sees of an organisation (or of all, for null) last changed: an item
   * published, edited while public or withdrawn, a scheduled publication coming due, an expiry
   * passing, or an edit of the channels or the organisation itself. Saving a draft changes nothing
   * here. The Last-Modified of public lists, catalogues and feeds.
   */
  public Instant lastPublicChange(EntityManager em, Long organisationId) {
    // one round trip: the newest of each kind of public change, each read from the end of an index
    // (a range on each column keeps its nulls, which sort last, out of the read; the columns the
    // filter holds to one value lead the ORDER BY, in the index's own direction, so that H2 reads
    // the index in order too: the H2 Payara ships stops early only in an index's own direction, so
    // the item indexes read here hold their dates descending, V21)
    boolean one = organisationId != null;
    String org = one ? " AND organisation_id = ?2" : "";
    String byOrg = one ? "organisation_id DESC, " : "";
    String sql =
        String.join(
            " UNION ALL ",
            latest(
                "public_changed_at",
                "item",
                "public_changed_at <= ?3" + org,
                one ? "organisation_id, " : ""),
            // an organisation's: item_public_order; the whole site's: item_published_any (V21),
            // read from its end past the few newest items no longer published
            latest(
                "published_at",
                "item",
                "published_at <= ?1 AND state = 'PUBLISHED'" + org,
                one ? "organisation_id, state, " : ""),
            // an expiry passing on a withdrawn item moves this too: a newer Last-Modified than
            // needed, never an older one, and the read stays on (organisation_id, expires_at)
            latest("expires_at", "item", "expires_at <= ?1" + org, byOrg),
            latest("updated_at", "channel", one ? "organisation_id = ?2" : "1 = 1", ""),
            latest("occurred_at", "audit_entry", "action = 'channel.delete'" + org, ""),
            latest("updated_at", "organisation", one ? "id = ?2" : "1 = 1", ""));
    LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    var query =
        em.createNativeQuery(sql)
            .setParameter(1, now)
            // changes are stamped by the instance that made them: a day's margin for clocks
            .setParameter(3, now.plusDays(1));
    if (one) {
      query.setParameter(2, organisationId);
    }
    Instant latest = Instant.EPOCH;
    for (Object t : query.getResultList()) {
      latest = later(latest, t);
    }
    return latest;
  }

  private static String latest(String column, String table, String where, String lead) {
    return "(SELECT "
        + column
        + " AS changed FROM "
        + table
        + " WHERE "
        + where
        + " ORDER BY "
        + lead
        + column
        + " DESC LIMIT 1)";
  }

  private static Instant later(Instant a, Object b) {
    Instant other =
        b instanceof java.sql.Timestamp t
            ? t.toLocalDateTime().toInstant(ZoneOffset.UTC)
            : b instanceof java.time.LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : null;
    return other != null && other.isAfter(a) ? other : a;
  }

  public Item byId(EntityManager em, long id) {
    Item item = em.find(Item.class, id);
    if (item == null) {
      throw new Problem.NotFound("item", id);
    }
    return item;
  }
}
