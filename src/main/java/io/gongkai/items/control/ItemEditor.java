package io.gongkai.items.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.channels.control.Channels;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemContent;
import io.gongkai.items.entity.ItemState;
import io.gongkai.items.entity.Revision;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Creating, editing, restoring and deleting items; every save keeps a revision and an audit entry.
 */
@ApplicationScoped
public class ItemEditor {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject ItemAccess access;
  @Inject AuditLog audit;

  public Item create(Caller caller, ItemInput input) {
    return tx.write(
        em -> {
          if (input.organisation() == null || input.organisation().isBlank()) {
            throw new Problem.Invalid("organisation", "field.required");
          }
          Organisation org =
              organisations
                  .find(em, input.organisation())
                  .orElseThrow(
                      () ->
                          new Problem.Invalid(
                              "organisation", "field.no-organisation", input.organisation()));
          caller.require(Role.EDITOR, org.id(), org.slug());
          Item item = new Item(org, caller.username());
          save(em, caller, item, ItemValidation.check(em, channels, org, input), "item.create");
          return item;
        });
  }

  /** Creates a draft on behalf of {@code author} outside any request (demo content, imports). */
  public Item importDraft(EntityManager em, Organisation org, ItemInput input, String author) {
    Item item = new Item(org, author);
    ItemValidation.Checked checked = ItemValidation.check(em, channels, org, input);
    item.apply(checked.content(), checked.primary(), checked.extra());
    em.persist(item);
    em.flush();
    em.persist(
        new Revision(
            item, 1, author, List.of("created"), JsonbSettings.jsonb().toJson(checked.content())));
    audit.record(em, author, null, "item.create", target(item), "revision 1: created");
    return item;
  }

  public Item update(Caller caller, long id, Long version, ItemInput input) {
    return tx.write(
        em -> {
          Item item = access.forEdit(em, caller, id, version);
          if (input.organisation() != null
              && !input.organisation().equals(item.organisation().slug())) {
            throw new Problem.Invalid("organisation", "items.organisation-fixed");
          }
          save(
              em,
              caller,
              item,
              ItemValidation.check(em, channels, item.organisation(), input),
              "item.update");
          return item;
        });
  }

  public Item restore(Caller caller, long id, Long version, int revisionNumber) {
    return tx.write(
        em -> {
          Item item = access.forEdit(em, caller, id, version);
          Revision revision =
              revisions(em, item).stream()
                  .filter(r -> r.number() == revisionNumber)
                  .findFirst()
                  .orElseThrow(() -> new Problem.NotFound("revision", id + "/" + revisionNumber));
          ItemContent content =
              JsonbSettings.jsonb().fromJson(revision.snapshot(), ItemContent.class);
          var primary = channels.byId(em, content.primaryChannelId());
          var extra = new java.util.LinkedHashSet<io.gongkai.channels.entity.Channel>();
          content.extraChannelIds().forEach(c -> extra.add(channels.byId(em, c)));
          save(
              em,
              caller,
              item,
              new ItemValidation.Checked(content, primary, extra),
              "item.restore");
          return item;
        });
  }

  public void delete(Caller caller, long id, Long version) {
    tx.write(
        em -> {
          Item item = access.forChange(em, caller, id, Role.EDITOR, version);
          if (item.state() != ItemState.DRAFT || item.indexNumber() != null) {
            throw new Problem.Conflict("not-deletable", "items.not-deletable");
          }
          audit.record(em, caller, "item.delete", target(item), item.title());
          em.remove(item);
          return null;
        });
  }

  public List<Revision> revisions(EntityManager em, Item item) {
    return em.createQuery(
            "select r from Revision r where r.item = :i order by r.number desc", Revision.class)
        .setParameter("i", item)
        .getResultList();
  }

  private void save(
      EntityManager em, Caller caller, Item item, ItemValidation.Checked checked, String action) {
    List<String> changed = item.apply(checked.content(), checked.primary(), checked.extra());
    if (item.id() == null) {
      em.persist(item);
      em.flush();
    }
    int number = revisions(em, item).stream().mapToInt(Revision::number).max().orElse(0) + 1;
    String snapshot = JsonbSettings.jsonb().toJson(checked.content());
    em.persist(new Revision(item, number, caller.username(), changed, snapshot));
    audit.record(
        em, caller, action, target(item), "revision " + number + ": " + String.join(",", changed));
  }

  static AuditLog.Target target(Item item) {
    return new AuditLog.Target("item", item.id(), item.organisation().id());
  }
}
