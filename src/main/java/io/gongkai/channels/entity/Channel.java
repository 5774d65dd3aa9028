package io.gongkai.channels.entity;

import io.gongkai.organisations.entity.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;

/** One node of an organisation's catalogue. */
@Entity
public class Channel {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gk_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private Channel parent;

  private String code;
  private String name;

  @Column(name = "sort_order")
  private int position;

  @Enumerated(EnumType.STRING)
  private ChannelKind kind;

  /** The article-20 item of the Regulations this channel fulfils, e.g. "（一）". */
  private String article20;

  @Version private long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Channel() {}

  public Channel(Organisation organisation, Channel parent, String code, String name) {
    this.organisation = organisation;
    this.parent = parent;
    this.code = code;
    this.name = name;
    this.kind = ChannelKind.ITEM_LIST;
    this.updatedAt = Instant.now();
  }

  public void describe(String name, ChannelKind kind, String article20) {
    this.name = name;
    this.kind = kind;
    this.article20 = article20;
    this.updatedAt = Instant.now();
  }

  public void place(Channel parent, int position) {
    for (Channel c = parent; c != null; c = c.parent) {
      if (c == this || (id != null && id.equals(c.id))) {
        throw new IllegalArgumentException("a channel cannot be moved below itself");
      }
    }
    this.parent = parent;
    this.position = position;
    this.updatedAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Channel parent() {
    return parent;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int position() {
    return position;
  }

  public ChannelKind kind() {
    return kind;
  }

  public String article20() {
    return article20;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
