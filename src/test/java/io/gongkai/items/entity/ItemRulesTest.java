package io.gongkai.items.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the public sees of an item and how it moves through the workflow, without a container. */
class ItemRulesTest {

  private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

  private static Item item() {
    return new Item(null, "editor");
  }

  @Nested
  class Visibility {

    @Test
    void aDraftOrAnItemInReviewIsNeverPublic() {
      Item item = item();
      assertThat(item.isVisibleAt(NOW)).isFalse();
      item.moveTo(ItemState.PENDING_REVIEW);
      assertThat(item.isVisibleAt(NOW)).isFalse();
    }

    @Test
    void aPublishedItemIsPublicFromItsPublicationTime() {
      Item item = item();
      item.publish(NOW, "X/2026-00001");
      assertThat(item.isVisibleAt(NOW.minusSeconds(1))).isFalse();
      assertThat(item.isVisibleAt(NOW)).isTrue();
      assertThat(item.isVisibleAt(NOW.plus(Duration.ofDays(365)))).isTrue();
    }

    @Test
    void anItemPublishedForLaterIsScheduledNotPublic() {
      Item item = item();
      item.publish(NOW.plus(Duration.ofHours(2)), "X/2026-00002");
      assertThat(item.isVisibleAt(NOW)).isFalse();
      assertThat(item.isScheduledAt(NOW)).isTrue();
      assertThat(item.isScheduledAt(NOW.plus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void aWithdrawnItemIsNotPublicAndKeepsItsIndexNumberWhenPublishedAgain() {
      Item item = item();
      item.publish(NOW, "X/2026-00003");
      item.withdraw("内容有误");
      assertThat(item.isVisibleAt(NOW.plusSeconds(1))).isFalse();
      item.publish(NOW.plusSeconds(60), "X/2026-00099");
      assertThat(item.indexNumber()).isEqualTo("X/2026-00003");
      assertThat(item.isVisibleAt(NOW.plusSeconds(60))).isTrue();
    }
  }

  @Nested
  class Transitions {

    @Test
    void eachMoveStartsOnlyFromItsStates() {
      assertThat(allowedFrom(Transition.SUBMIT)).containsExactly(ItemState.DRAFT);
      assertThat(allowedFrom(Transition.REJECT)).containsExactly(ItemState.PENDING_REVIEW);
      assertThat(allowedFrom(Transition.PUBLISH))
          .containsExactlyInAnyOrder(
              ItemState.DRAFT, ItemState.PENDING_REVIEW, ItemState.WITHDRAWN);
      assertThat(allowedFrom(Transition.WITHDRAW)).containsExactly(ItemState.PUBLISHED);
    }

    @Test
    void eachMoveEndsInOneState() {
      assertThat(Transition.SUBMIT.to()).isEqualTo(ItemState.PENDING_REVIEW);
      assertThat(Transition.REJECT.to()).isEqualTo(ItemState.DRAFT);
      assertThat(Transition.PUBLISH.to()).isEqualTo(ItemState.PUBLISHED);
      assertThat(Transition.WITHDRAW.to()).isEqualTo(ItemState.WITHDRAWN);
    }

    @Test
    void aPublishedItemCannotBeSubmittedOrPublishedAgainOnlyWithdrawn() {
      for (Transition t : Transition.values()) {
        assertThat(t.allowedFrom(ItemState.PUBLISHED))
            .as(t.verb())
            .isEqualTo(t == Transition.WITHDRAW);
      }
    }

    private EnumSet<ItemState> allowedFrom(Transition t) {
      EnumSet<ItemState> states = EnumSet.noneOf(ItemState.class);
      for (ItemState s : ItemState.values()) {
        if (t.allowedFrom(s)) {
          states.add(s);
        }
      }
      return states;
    }
  }
}
