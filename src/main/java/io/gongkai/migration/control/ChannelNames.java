package io.gongkai.migration.control;

import io.gongkai.channels.entity.Channel;
import io.gongkai.channels.entity.ChannelKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the channel an old site's item belongs in, from what that site called its column: the
 * administrator's mapping first, then a channel code, then a channel name, then the last part of a
 * path such as {@code 政府信息公开 > 法定主动公开内容 > 通知公告}. Only channels that list items — or the annual
 * reports, for the pages that are past years' reports — count.
 */
final class ChannelNames {

  private final Map<String, String> mapping;
  private final Map<String, Channel> byCode = new HashMap<>();
  private final Map<String, Channel> byName = new HashMap<>();

  ChannelNames(List<Channel> channels, Map<String, String> mapping) {
    this.mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    for (Channel c : channels) {
      if (c.kind() == ChannelKind.ITEM_LIST || c.kind() == ChannelKind.REPORT_LIST) {
        byCode.put(c.code(), c);
        byName.putIfAbsent(c.name(), c);
      }
    }
  }

  /** Whether the old site's column is the annual-report channel (年度报告). */
  boolean reports(String printed) {
    return code(printed)
        .map(byCode::get)
        .map(c -> c.kind() == ChannelKind.REPORT_LIST)
        .orElse(false);
  }

  /** The channel code for a name as the old site printed it, if any. */
  Optional<String> code(String printed) {
    if (printed == null || printed.isBlank()) {
      return Optional.empty();
    }
    String name = printed.strip();
    String mapped = mapping.get(name);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    Channel c = byCode.get(name);
    if (c == null) {
      c = byName.get(name);
    }
    if (c == null) {
      String[] path = name.split("\\s*[>/»＞›]\\s*");
      String last = path[path.length - 1];
      c = mapping.containsKey(last) ? byCode.get(mapping.get(last)) : byName.get(last);
    }
    return Optional.ofNullable(c).map(Channel::code);
  }
}
