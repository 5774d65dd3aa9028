package io.gongkai.organisations.control;

import io.gongkai.channels.control.StandardCatalogue;
import io.gongkai.organisations.entity.Contact;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds and registers organisations. */
@ApplicationScoped
public class Organisations {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
  private static final Pattern CODE = Pattern.compile("[0-9A-Z]{6,18}");

  /**
   * What an administrator sets on an organisation; {@code requestsOnline} null keeps the setting
   * (off for a new organisation).
   */
  public record Description(
      String slug,
      String code,
      String name,
      String shortName,
      String parentSlug,
      Contact contact,
      Boolean requestsOnline) {}

  public List<Organisation> all(EntityManager em) {
    return em.createQuery("select o from Organisation o order by o.id", Organisation.class)
        .getResultList();
  }

  public Optional<Organisation> find(EntityManager em, String slug) {
    return em.createQuery("select o from Organisation o where o.slug = :s", Organisation.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  public Organisation get(EntityManager em, String slug) {
    return find(em, slug).orElseThrow(() -> new Problem.NotFound("organisation", slug));
  }

  /** Registers an organisation and gives it the standard catalogue. */
  public Organisation create(EntityManager em, Description d) {
    List<Problem.FieldError> errors = validate(d);
    if (d.slug() == null || !SLUG.matcher(d.slug()).matches()) {
      errors.add(new Problem.FieldError("slug", "organisations.slug-format"));
    }
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    if (find(em, d.slug()).isPresent()) {
      throw new Problem.Conflict("slug-taken", "organisations.slug-taken", d.slug());
    }
    requireUniqueCode(em, d.code(), null);
    Organisation o = new Organisation(d.slug(), d.code(), d.name().strip());
    o.describe(d.name().strip(), d.shortName(), parent(em, d.parentSlug()), d.contact());
    o.acceptOnlineRequests(Boolean.TRUE.equals(d.requestsOnline()));
    em.persist(o);
    StandardCatalogue.createFor(em, o);
    return o;
  }

  public void update(EntityManager em, Organisation o, Description d) {
    List<Problem.FieldError> errors = validate(d);
    if (!errors.isEmpty()) {
      throw new Problem.Invalid(errors);
    }
    Organisation parent = parent(em, d.parentSlug());
    if (parent != null && parent.isWithin(o)) {
      throw new Problem.Invalid("parent", "organisations.below-itself");
    }
    if (!o.code().equals(d.code())) {
      requireUniqueCode(em, d.code(), o);
      o.changeCode(d.code());
    }
    o.describe(d.name().strip(), d.shortName(), parent, d.contact());
    if (d.requestsOnline() != null) {
      o.acceptOnlineRequests(d.requestsOnline());
    }
  }

  private List<Problem.FieldError> validate(Description d) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
      errors.add(new Problem.FieldError("name", "field.required-max-length", 200));
    }
    if (d.code() == null || !CODE.matcher(d.code()).matches()) {
      errors.add(new Problem.FieldError("code", "organisations.code-format"));
    }
    if (d.shortName() != null && d.shortName().length() > 100) {
      errors.add(new Problem.FieldError("shortName", "field.max-length", 100));
    }
    return errors;
  }

  private void requireUniqueCode(EntityManager em, String code, Organisation self) {
    em.createQuery("select o from Organisation o where o.code = :c", Organisation.class)
        .setParameter("c", code)
        .getResultStream()
        .filter(o -> self == null || !o.id().equals(self.id()))
        .findFirst()
        .ifPresent(
            o -> {
              throw new Problem.Conflict("code-taken", "organisations.code-taken", code, o.slug());
            });
  }

  private Organisation parent(EntityManager em, String slug) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    return find(em, slug)
        .orElseThrow(() -> new Problem.Invalid("parent", "field.no-organisation", slug));
  }
}
