package io.gongkai.channels.boundary;

import io.gongkai.channels.entity.Channel;

/**
 * A channel as administrators edit it: {@code parent} is the parent's code, {@code version} goes
 * back in If-Match.
 */
public record ChannelJson(
    Long id,
    String code,
    String name,
    String parent,
    String kind,
    String article20,
    Integer position,
    Long version) {

  public static ChannelJson from(Channel c) {
    return new ChannelJson(
        c.id(),
        c.code(),
        c.name(),
        c.parent() == null ? null : c.parent().code(),
        c.kind().name(),
        c.article20(),
        c.position(),
        c.version());
  }
}
