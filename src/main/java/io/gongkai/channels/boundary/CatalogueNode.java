package io.gongkai.channels.boundary;

import io.gongkai.channels.entity.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A channel in the public catalogue: {@code count} visible items filed in it, {@code total}
 * including its sub-channels.
 */
public record CatalogueNode(
    long id,
    String code,
    String name,
    String kind,
    String article20,
    long count,
    long total,
    List<CatalogueNode> children) {

  public static List<CatalogueNode> tree(List<Channel> channels, Map<Long, Long> counts) {
    return childrenOf(null, channels, counts);
  }

  private static List<CatalogueNode> childrenOf(
      Long parentId, List<Channel> all, Map<Long, Long> counts) {
    List<CatalogueNode> nodes = new ArrayList<>();
    for (Channel c : all) {
      Long p = c.parent() == null ? null : c.parent().id();
      if (parentId == null ? p == null : parentId.equals(p)) {
        List<CatalogueNode> children = childrenOf(c.id(), all, counts);
        long own = counts.getOrDefault(c.id(), 0L);
        long total = own + children.stream().mapToLong(CatalogueNode::total).sum();
        nodes.add(
            new CatalogueNode(
                c.id(), c.code(), c.name(), c.kind().name(), c.article20(), own, total, children));
      }
    }
    return nodes;
  }
}
