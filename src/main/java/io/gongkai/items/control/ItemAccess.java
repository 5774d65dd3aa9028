package io.gongkai.items.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Function;

/**
 * Loads an item for a change: checks the caller's right in the item's own organisation and the
 * version the caller read.
 */
@ApplicationScoped
public class ItemAccess {

  @Inject ItemQueries queries;

  public Item forChange(EntityManager em, Caller caller, long id, Role role, Long expectedVersion) {
    return forChange(em, caller, id, item -> role, expectedVersion);
  }

  /** Editors change drafts and pending items; published or withdrawn ones need a reviewer. */
  public Item forEdit(EntityManager em, Caller caller, long id, Long expectedVersion) {
    return forChange(
        em,
        caller,
        id,
        item ->
            item.state() == ItemState.DRAFT || item.state() == ItemState.PENDING_REVIEW
                ? Role.EDITOR
                : Role.REVIEWER,
        expectedVersion);
  }

  private Item forChange(
      EntityManager em, Caller caller, long id, Function<Item, Role> role, Long expectedVersion) {
    Item item = queries.byId(em, id);
    caller.require(role.apply(item), item.organisation().id(), item.organisation().slug());
    io.gongkai.platform.Versions.require(item.version(), expectedVersion);
    em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return item;
  }

  public Item forReading(EntityManager em, Caller caller, long id) {
    Item item = queries.byId(em, id);
    caller.require(Role.EDITOR, item.organisation().id(), item.organisation().slug());
    return item;
  }
}
