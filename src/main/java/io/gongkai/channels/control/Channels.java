package io.gongkai.channels.control;

import io.gongkai.channels.entity.Channel;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and changes an organisation's channel tree. */
@ApplicationScoped
public class Channels {

  static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public List<Channel> of(EntityManager em, Organisation organisation) {
    return em.createQuery(
            "select c from Channel c where c.organisation = :o" + " order by c.position, c.id",
            Channel.class)
        .setParameter("o", organisation)
        .getResultList();
  }

  public Channel byCode(EntityManager em, Organisation organisation, String code) {
    return em.createQuery(
            "select c from Channel c where c.organisation = :o and c.code = :c", Channel.class)
        .setParameter("o", organisation)
        .setParameter("c", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new Problem.NotFound("channel", organisation.slug() + "/" + code));
  }

  public Channel byId(EntityManager em, long id) {
    Channel c = em.find(Channel.class, id);
    if (c == null) {
      throw new Problem.NotFound("channel", id);
    }
    return c;
  }

  /** The channel and every channel below it. */
  public List<Long> subtreeIds(EntityManager em, Channel root) {
    List<Channel> all = of(em, root.organisation());
    List<Long> ids = new ArrayList<>();
    collect(root.id(), all, ids);
    return ids;
  }

  private static void collect(Long id, List<Channel> all, List<Long> into) {
    into.add(id);
    for (Channel c : all) {
      if (c.parent() != null && c.parent().id().equals(id)) {
        collect(c.id(), all, into);
      }
    }
  }

  public void requireValidCode(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new Problem.Invalid("code", "channels.code-format");
    }
  }

  public boolean isEmpty(EntityManager em, Channel channel) {
    long children =
        em.createQuery("select count(c) from Channel c where c.parent = :c", Long.class)
            .setParameter("c", channel)
            .getSingleResult();
    long primary =
        em.createQuery("select count(i) from Item i where i.primaryChannel = :c", Long.class)
            .setParameter("c", channel)
            .getSingleResult();
    long extra =
        em.createQuery(
                "select count(i) from Item i join i.extraChannels c where c = :c", Long.class)
            .setParameter("c", channel)
            .getSingleResult();
    return children == 0 && primary == 0 && extra == 0;
  }
}
