package io.gongkai.items.entity;

import java.util.Set;

/**
 * The moves of the editorial workflow and the states each may start from: DRAFT → PENDING_REVIEW →
 * PUBLISHED (now or scheduled) → WITHDRAWN, back to DRAFT from review, and back to PUBLISHED from
 * WITHDRAWN (with the same 索引号).
 */
public enum Transition {
  SUBMIT("submit", Set.of(ItemState.DRAFT), ItemState.PENDING_REVIEW),
  REJECT("return to draft", Set.of(ItemState.PENDING_REVIEW), ItemState.DRAFT),
  PUBLISH(
      "publish",
      Set.of(ItemState.DRAFT, ItemState.PENDING_REVIEW, ItemState.WITHDRAWN),
      ItemState.PUBLISHED),
  WITHDRAW("withdraw", Set.of(ItemState.PUBLISHED), ItemState.WITHDRAWN);

  private final String verb;
  private final Set<ItemState> from;
  private final ItemState to;

  Transition(String verb, Set<ItemState> from, ItemState to) {
    this.verb = verb;
    this.from = from;
    this.to = to;
  }

  /** Whether an item in {@code state} may make this move. */
  public boolean allowedFrom(ItemState state) {
    return from.contains(state);
  }

  public Set<ItemState> from() {
    return from;
  }

  public ItemState to() {
    return to;
  }

  /** The move in words, as the refusal names it. */
  public String verb() {
    return verb;
  }
}
