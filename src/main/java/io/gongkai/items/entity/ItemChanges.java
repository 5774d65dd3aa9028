package io.gongkai.items.entity;

import io.gongkai.platform.ChangeLog;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Writes every change to an item or its attachments to the change log. */
public class ItemChanges {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    if (entity instanceof Item item) {
      ChangeLog.changed(ChangeLog.Kind.ITEM, item.id());
    } else if (entity instanceof Attachment attachment) {
      ChangeLog.changed(ChangeLog.Kind.ITEM, attachment.item().id());
    }
  }
}
