package io.gongkai.items.entity;

import io.gongkai.channels.entity.Channel;
import io.gongkai.organisations.entity.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** A disclosure item (公开信息) with its catalogue metadata and workflow state. */
@Entity
@jakarta.persistence.EntityListeners(ItemChanges.class)
public class Item {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  /**
   * The same column, read-only, for ordering: a list that fetches the organisation with its items
   * and orders by {@code i.organisation.id} is ordered by the joined organisation's own key, which
   * keeps the database from reading the list in the order of its index (V16).
   */
  @Column(name = "organisation_id", insertable = false, updatable = false)
  private Long organisationId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "primary_channel_id")
  private Channel primaryChannel;

  @ManyToMany
  @JoinTable(
      name = "item_channel",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "channel_id"))
  private Set<Channel> extraChannels = new LinkedHashSet<>();

  @Column(name = "index_number")
  private String indexNumber;

  @Column(name = "index_key")
  private String indexKey;

  /** 发布机构 as printed, when it differs from the organisation. */
  private String publisher;

  /** The source system's id of a migrated item. */
  @Column(name = "external_id")
  private String externalId;

  /** Where a migrated item was published before. */
  @Column(name = "original_url")
  private String originalUrl;

  private String title;
  private String summary;
  private String body;

  @Column(name = "document_number")
  private String documentNumber;

  @Column(name = "written_on")
  private LocalDate writtenOn;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  private String theme;

  @Enumerated(EnumType.STRING)
  private Genre genre;

  private String keywords;

  @Enumerated(EnumType.STRING)
  @Column(name = "disclosure_method")
  private DisclosureMethod disclosureMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "disclosure_scope")
  private DisclosureScope scope;

  @Enumerated(EnumType.STRING)
  @Column(name = "time_limit")
  private TimeLimit timeLimit;

  @Enumerated(EnumType.STRING)
  private Validity validity;

  @Column(name = "invalid_since")
  private LocalDate invalidSince;

  @Enumerated(EnumType.STRING)
  private ItemState state;

  @Column(name = "withdrawn_reason")
  private String withdrawnReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  /** When what the public sees of this item last changed; null while it was never public. */
  @Column(name = "public_changed_at")
  private Instant publicChangedAt;

  @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Attachment> attachments = new ArrayList<>();

  /** The cover picture: one of this item's image attachments; its alt text is the cover's. */
  @Column(name = "cover_attachment_id")
  private Long coverId;

  @Version private long version;

  protected Item() {}

  public Item(Organisation organisation, String createdBy) {
    this.organisation = organisation;
    this.createdBy = createdBy;
    this.state = ItemState.DRAFT;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Applies the editor's content and returns the names of the fields that changed. */
  public List<String> apply(ItemContent content, Channel primary, Set<Channel> extra) {
    ItemContent before = content();
    boolean wasVisible = isVisibleAt(Instant.now());
    this.title = content.title();
    this.summary = content.summary();
    this.body = content.body();
    this.primaryChannel = primary;
    this.extraChannels = new LinkedHashSet<>(extra);
    this.documentNumber = content.documentNumber();
    this.writtenOn = content.writtenOn();
    this.theme = content.theme();
    this.genre = content.genre();
    this.keywords = String.join("\n", content.keywords());
    this.disclosureMethod = content.disclosureMethod();
    this.scope = content.scope();
    this.timeLimit = content.timeLimit();
    this.validity = content.validity();
    this.invalidSince = content.invalidSince();
    this.expiresAt = content.expiresAt();
    this.publisher = content.publisher();
    touch(wasVisible);
    return before == null ? List.of("created") : changedFields(before, content);
  }

  /** The editable state as it stands, or null for an item never saved with content. */
  public ItemContent content() {
    if (title == null) {
      return null;
    }
    return new ItemContent(
        title,
        summary,
        body,
        primaryChannel.id(),
        extraChannels.stream().map(Channel::id).sorted().toList(),
        documentNumber,
        writtenOn,
        theme,
        genre,
        keywords(),
        disclosureMethod,
        scope,
        timeLimit,
        validity,
        invalidSince,
        expiresAt,
        publisher);
  }

  private static List<String> changedFields(ItemContent a, ItemContent b) {
    List<Function<ItemContent, Object>> getters =
        List.of(
            ItemContent::title,
            ItemContent::summary,
            ItemContent::body,
            ItemContent::primaryChannelId,
            c -> Set.copyOf(c.extraChannelIds()),
            ItemContent::documentNumber,
            ItemContent::writtenOn,
            ItemContent::theme,
            ItemContent::genre,
            ItemContent::keywords,
            ItemContent::disclosureMethod,
            ItemContent::scope,
            ItemContent::timeLimit,
            ItemContent::validity,
            ItemContent::invalidSince,
            ItemContent::expiresAt,
            ItemContent::publisher);
    List<String> names =
        List.of(
            "title",
            "summary",
            "body",
            "primaryChannel",
            "extraChannels",
            "documentNumber",
            "writtenOn",
            "theme",
            "genre",
            "keywords",
            "disclosureMethod",
            "scope",
            "timeLimit",
            "validity",
            "invalidSince",
            "expiresAt",
            "publisher");
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!Objects.equals(getters.get(i).apply(a), getters.get(i).apply(b))) {
        changed.add(names.get(i));
      }
    }
    return changed;
  }

  public void moveTo(ItemState next) {
    boolean wasVisible = isVisibleAt(Instant.now());
    this.state = next;
    touch(wasVisible);
  }

  /** Publishes at {@code at}; the 索引号, once given, is kept for ever. */
  public void publish(Instant at, String allocatedIndexNumber) {
    boolean wasVisible = isVisibleAt(Instant.now());
    if (indexNumber == null) {
      keepIndexNumber(allocatedIndexNumber);
    }
    this.publishedAt = at;
    this.withdrawnReason = null;
    this.state = ItemState.PUBLISHED;
    touch(wasVisible);
  }

  /**
   * Records a change (content, state or attachments). The public change time moves only when the
   * public could see the item before or sees it now: saving a draft changes nothing public.
   */
  public void touch(boolean wasVisible) {
    Instant now = Instant.now();
    this.updatedAt = now;
    if (wasVisible || isVisibleAt(now)) {
      this.publicChangedAt = now;
    }
  }

  /**
   * Records where a migrated item comes from and the 索引号 it was published under, kept verbatim. A
   * 索引号 once given is never changed, so a legacy number only fills an empty one.
   */
  public void migratedFrom(String externalId, String originalUrl, String legacyIndexNumber) {
    this.externalId = externalId;
    this.originalUrl = originalUrl;
    if (indexNumber == null && legacyIndexNumber != null) {
      keepIndexNumber(legacyIndexNumber);
    }
  }

  private void keepIndexNumber(String number) {
    this.indexNumber = number;
    this.indexKey = NumberKey.of(number);
  }

  public void withdraw(String reason) {
    this.withdrawnReason = reason;
    moveTo(ItemState.WITHDRAWN);
  }

  public boolean isVisibleAt(Instant now) {
    return state == ItemState.PUBLISHED
        && publishedAt != null
        && !publishedAt.isAfter(now)
        && (expiresAt == null || expiresAt.isAfter(now));
  }

  public boolean isScheduledAt(Instant now) {
    return state == ItemState.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
  }

  public List<String> keywords() {
    return keywords == null || keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split("\n"));
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Channel primaryChannel() {
    return primaryChannel;
  }

  public Set<Channel> extraChannels() {
    return extraChannels;
  }

  public String indexNumber() {
    return indexNumber;
  }

  /** 发布机构 as printed: the given one, else the organisation's name. */
  public String publisher() {
    return publisher != null ? publisher : organisation.name();
  }

  public String externalId() {
    return externalId;
  }

  public String originalUrl() {
    return originalUrl;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public String documentNumber() {
    return documentNumber;
  }

  public LocalDate writtenOn() {
    return writtenOn;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public String theme() {
    return theme;
  }

  public Genre genre() {
    return genre;
  }

  public DisclosureMethod disclosureMethod() {
    return disclosureMethod;
  }

  public DisclosureScope scope() {
    return scope;
  }

  public TimeLimit timeLimit() {
    return timeLimit;
  }

  public Validity validity() {
    return validity;
  }

  public LocalDate invalidSince() {
    return invalidSince;
  }

  public ItemState state() {
    return state;
  }

  public String withdrawnReason() {
    return withdrawnReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant publicChangedAt() {
    return publicChangedAt;
  }

  public List<Attachment> attachments() {
    return attachments;
  }

  /** The cover picture, if the item has one. */
  public java.util.Optional<Attachment> cover() {
    return coverId == null
        ? java.util.Optional.empty()
        : attachments.stream().filter(a -> coverId.equals(a.id())).findFirst();
  }

  /** Makes {@code attachment} (an image of this item) the cover, or clears it with null. */
  public void coverWith(Attachment attachment) {
    boolean wasVisible = isVisibleAt(Instant.now());
    this.coverId = attachment == null ? null : attachment.id();
    touch(wasVisible);
  }

  public long version() {
    return version;
  }
}
