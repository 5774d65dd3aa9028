package io.gongkai.channels.boundary;

import io.gongkai.channels.entity.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A channel in the public catalogue: {@code count} visible items filed in it, {@code total}
 * including its sub-channels; {@code pictures} when its items are picture news (its code is one of
 * {@code gongkai.pictures.channels}), which the theme shows as a picture grid.
 */
public record CatalogueNode(
    long id,
    String code,
    String name,
    String kind,
    boolean pictures,
    String article20,
    long count,
    long total,
    List<CatalogueNode> children) {

  public static List<CatalogueNode> tree(
      List<Channel> channels, Map<Long, Long> counts, Set<String> pictureChannels) {
    return childrenOf(null, channels, counts, pictureChannels);
  }

  private static List<CatalogueNode> childrenOf(
      Long parentId, List<Channel> all, Map<Long, Long> counts, Set<String> pictureChannels) {
    List<CatalogueNode> nodes = new ArrayList<>();
    for (Channel c : all) {
      Long p = c.parent() == null ? null : c.parent().id();
      if (parentId == null ? p == null : parentId.equals(p)) {
        List<CatalogueNode> children = childrenOf(c.id(), all, counts, pictureChannels);
        long own = counts.getOrDefault(c.id(), 0L);
        long total = own + children.stream().mapToLong(CatalogueNode::total).sum();
        nodes.add(
            new CatalogueNode(
                c.id(),
                c.code(),
                c.name(),
                c.kind().name(),
                pictureChannels.contains(c.code()),
                c.article20(),
                own,
                total,
                children));
      }
    }
    return nodes;
  }
}
