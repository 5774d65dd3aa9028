package io.gongkai.channels.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.channels.entity.Channel;
import io.gongkai.channels.entity.ChannelKind;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Arrays;

/**
 * Creating, renaming, moving, reordering and deleting channels (administrators of the
 * organisation).
 */
@ApplicationScoped
public class ChannelEditor {

  /**
   * What an administrator sets on a channel; {@code parent} is a channel code, null for the top.
   */
  public record Change(
      String code, String name, String parent, String kind, String article20, Integer position) {}

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject Channels channels;
  @Inject AuditLog audit;

  public Channel create(Caller caller, String slug, Change in) {
    return tx.write(
        em -> {
          Organisation org = organisations.get(em, slug);
          caller.require(Role.ADMINISTRATOR, org.id(), slug);
          channels.requireValidCode(in.code());
          if (channels.of(em, org).stream().anyMatch(c -> c.code().equals(in.code()))) {
            throw new Problem.Conflict("code-taken", "channels.code-taken", in.code(), slug);
          }
          Channel c = new Channel(org, null, in.code(), requireName(in));
          apply(em, org, c, in);
          em.persist(c);
          audit.record(em, caller, "channel.create", target(c), c.code());
          return c;
        });
  }

  public Channel update(Caller caller, long id, Long version, Change in) {
    return tx.write(
        em -> {
          Channel c = forChange(em, caller, id, version);
          if (in.code() != null && !in.code().equals(c.code())) {
            throw new Problem.Invalid("code", "channels.code-fixed");
          }
          apply(em, c.organisation(), c, in);
          audit.record(em, caller, "channel.update", target(c), c.name());
          return c;
        });
  }

  public void delete(Caller caller, long id, Long version) {
    tx.write(
        em -> {
          Channel c = forChange(em, caller, id, version);
          if (!channels.isEmpty(em, c)) {
            throw new Problem.Conflict("channel-not-empty", "channels.not-empty", c.code());
          }
          audit.record(em, caller, "channel.delete", target(c), c.code());
          em.remove(c);
          return null;
        });
  }

  private Channel forChange(EntityManager em, Caller caller, long id, Long version) {
    Channel c = channels.byId(em, id);
    caller.require(Role.ADMINISTRATOR, c.organisation().id(), c.organisation().slug());
    io.gongkai.platform.Versions.require(c.version(), version);
    em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return c;
  }

  private void apply(EntityManager em, Organisation org, Channel c, Change in) {
    ChannelKind kind =
        in.kind() == null
            ? ChannelKind.ITEM_LIST
            : Arrays.stream(ChannelKind.values())
                .filter(k -> k.name().equals(in.kind()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new Problem.Invalid(
                            "kind", "field.one-of", Arrays.asList(ChannelKind.values())));
    if (in.article20() != null && in.article20().length() > 10) {
      throw new Problem.Invalid("article20", "channels.article20");
    }
    c.describe(requireName(in), kind, in.article20());
    Channel parent = in.parent() == null ? null : channels.byCode(em, org, in.parent());
    try {
      c.place(parent, in.position() == null ? c.position() : in.position());
    } catch (IllegalArgumentException e) {
      throw new Problem.Invalid("parent", "channels.below-itself");
    }
  }

  private static String requireName(Change in) {
    if (in.name() == null || in.name().isBlank() || in.name().length() > 100) {
      throw new Problem.Invalid("name", "field.required-max-length", 100);
    }
    return in.name().strip();
  }

  private static AuditLog.Target target(Channel c) {
    return new AuditLog.Target("channel", c.id(), c.organisation().id());
  }
}
