package io.gongkai.reports.control;

import io.gongkai.access.control.Caller;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.items.control.ItemQueries;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.JsonbSettings;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.platform.Upload;
import io.gongkai.platform.Versions;
import io.gongkai.reports.entity.CellPath;
import io.gongkai.reports.entity.Correction;
import io.gongkai.reports.entity.OriginalFile;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportContent;
import io.gongkai.reports.entity.ReportFormat;
import io.gongkai.reports.entity.ReportFormats;
import io.gongkai.reports.entity.ReportState;
import io.gongkai.reports.entity.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report workflow: editors draft and edit, reviewers publish (only without errors) and correct
 * published reports, each correction keeping what the public saw before.
 */
@ApplicationScoped
public class Reports {

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject ItemQueries items;
  @Inject AuditLog audit;
  @Inject DerivedFigures derivedFigures;

  public Report create(Caller caller, ReportInput in) {
    return create(caller, in, Optional.empty(), null);
  }

  /**
   * Drafts a report and keeps the file it came from, in one transaction; {@code publishedOn}: the
   * day it was published, for a past year's report (null: the day it is published here).
   */
  public Report create(
      Caller caller, ReportInput in, Optional<Upload> original, String publishedOn) {
    return tx.write(
        em -> {
          Organisation org =
              organisations
                  .find(em, in.organisation() == null ? "" : in.organisation())
                  .orElseThrow(
                      () ->
                          new Problem.Invalid(
                              "organisation", "field.no-organisation", in.organisation()));
          caller.require(Role.EDITOR, org.id(), org.slug());
          ReportFormat format = formatFor(in.year());
          if (find(em, org, in.year()).isPresent()) {
            throw new Problem.Conflict("report-exists", "reports.exists", org.slug(), in.year());
          }
          Instant planned = PublicationDate.parse(publishedOn, in.year());
          Report report = new Report(org, in.year(), format, caller.username());
          report.write(ReportValidation.content(format, in));
          if (planned != null) {
            report.planPublication(planned);
          }
          em.persist(report);
          em.flush();
          original.ifPresent(o -> keepOriginal(em, report, o));
          audit.record(em, caller, "report.create", target(report), String.valueOf(in.year()));
          return report;
        });
  }

  /**
   * Keeps (or replaces) the file a report came from: editors on drafts, reviewers on published
   * reports.
   */
  public Report attachOriginal(Caller caller, String slug, int year, Long version, Upload upload) {
    return tx.write(
        em -> {
          Report report = get(em, slug, year);
          Role role = report.state() == ReportState.DRAFT ? Role.EDITOR : Role.REVIEWER;
          lockForChange(em, caller, report, role, version);
          keepOriginal(em, report, upload);
          audit.record(
              em,
              caller,
              "report.original",
              target(report),
              upload.fileName() + " " + upload.sha256());
          return report;
        });
  }

  /** Everything shown with a report: the rule findings, the corrections, the original file. */
  public record Facts(
      Report report,
      List<Violation> checks,
      List<Correction> corrections,
      Optional<OriginalFile> original) {}

  /** A report kept only as its old page's text has no tables to check. */
  public Facts facts(EntityManager em, Report report, Locale language) {
    List<Violation> checks = report.structured() ? check(em, report, language) : List.of();
    return new Facts(report, checks, corrections(em, report), original(em, report));
  }

  public Optional<OriginalFile> original(EntityManager em, Report report) {
    return Optional.ofNullable(em.find(OriginalFile.class, report.id()));
  }

  static void keepOriginal(EntityManager em, Report report, Upload u) {
    OriginalFile existing = em.find(OriginalFile.class, report.id());
    if (existing == null) {
      em.persist(
          new OriginalFile(report.id(), u.fileName(), u.contentType(), u.bytes(), u.sha256()));
    } else {
      existing.replace(u.fileName(), u.contentType(), u.bytes(), u.sha256());
    }
  }

  /**
   * Stores a report on behalf of {@code author} outside any request (demo content), published when
   * {@code publish} is set and the report has no error.
   */
  public Report importReport(
      EntityManager em,
      Organisation org,
      ReportInput in,
      String author,
      boolean publish,
      Instant publishedAt) {
    ReportFormat format = formatFor(in.year());
    Report report = new Report(org, in.year(), format, author);
    report.write(ReportValidation.content(format, in));
    em.persist(report);
    audit.record(em, author, null, "report.create", target(report), String.valueOf(in.year()));
    if (publish) {
      refuseErrors(em, report, report.content());
      report.publish(publishedAt == null ? Instant.now() : publishedAt, Instant.now());
      audit.record(em, author, null, "report.publish", target(report), null);
    }
    return report;
  }

  public Report update(Caller caller, String slug, int year, Long version, ReportInput in) {
    return tx.write(
        em -> {
          Report report = forChange(em, caller, slug, year, Role.EDITOR, version);
          if (report.state() != ReportState.DRAFT) {
            throw new Problem.Conflict("report-published", "reports.published-needs-correction");
          }
          report.write(ReportValidation.content(report.format(), in));
          audit.record(em, caller, "report.update", target(report), null);
          return report;
        });
  }

  /**
   * Applies the chosen proposals ({@code "overview"} and/or cell paths such as {@code
   * "proactive.regulations.inForce"}) to a draft and records them as derived.
   */
  public Report acceptDerived(
      Caller caller, String slug, int year, Long version, List<String> accept) {
    return tx.write(
        em -> {
          Report report = forChange(em, caller, slug, year, Role.EDITOR, version);
          if (report.state() != ReportState.DRAFT) {
            throw new Problem.Conflict("report-published", "reports.proposals-into-draft");
          }
          DerivedFigures.Proposal proposal =
              derivedFigures.propose(em, report.organisation(), year, report.format().id());
          ReportContent content = report.content();
          var tables = content.reportTables();
          String overview = content.overview();
          var derived = report.derived();
          for (String path : accept == null ? List.<String>of() : accept) {
            if (path.equals("overview")) {
              overview = DerivedText.withSentence(overview, proposal.overview().sentence());
              derived.put("overview", proposal.overview().sentence());
            } else if (proposal.cells().containsKey(path)) {
              CellPath cell = CellPath.of(path);
              tables.put(cell.table(), cell.row(), cell.column(), proposal.cells().get(path));
              derived.put(path, proposal.cells().get(path));
            } else {
              throw new Problem.Invalid("accept", "reports.no-proposal", path);
            }
          }
          report.write(
              new ReportContent(overview, content.problems(), content.other(), tables.values()));
          report.recordDerived(derived);
          audit.record(em, caller, "report.derive", target(report), String.join(",", accept));
          return report;
        });
  }

  /**
   * Publishes a draft as of {@code publishedOn} (a past year's report, published back then), or the
   * day planned on import, or now.
   */
  public Report publish(Caller caller, String slug, int year, Long version, String publishedOn) {
    return tx.write(
        em -> {
          Report report = forChange(em, caller, slug, year, Role.REVIEWER, version);
          if (report.state() != ReportState.DRAFT) {
            throw new Problem.Conflict("transition-not-allowed", "reports.already-published");
          }
          Instant given = PublicationDate.parse(publishedOn, year);
          refuseErrors(em, report, report.content());
          Instant now = Instant.now();
          report.publish(
              given != null ? given : report.publishedAt() != null ? report.publishedAt() : now,
              now);
          audit.record(em, caller, "report.publish", target(report), null);
          return report;
        });
  }

  public Report correct(
      Caller caller, String slug, int year, Long version, String reason, ReportInput in) {
    return tx.write(
        em -> {
          Report report = forChange(em, caller, slug, year, Role.REVIEWER, version);
          if (report.state() != ReportState.PUBLISHED) {
            throw new Problem.Conflict("transition-not-allowed", "reports.correct-only-published");
          }
          if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new Problem.Invalid("reason", "field.required-max-length", 500);
          }
          if (ReportFormats.forYear(report.year()).isEmpty()) {
            throw new Problem.Conflict("no-format", "reports.no-format-text-only", report.year());
          }
          ReportContent content = ReportValidation.content(report.format(), in);
          refuseErrors(em, report, content);
          int number = corrections(em, report).size() + 1;
          em.persist(
              new Correction(
                  report,
                  number,
                  caller.username(),
                  reason.strip(),
                  JsonbSettings.jsonb().toJson(report.content())));
          report.write(content);
          report.structure();
          audit.record(em, caller, "report.correct", target(report), reason);
          return report;
        });
  }

  /**
   * The findings of every rule on the report as stored (R6/R7 against last year's, R8 against the
   * items held).
   */
  public List<Violation> check(EntityManager em, Report report, Locale language) {
    return ReportChecker.check(subject(em, report, report.content()), language);
  }

  ReportChecker.Subject subject(EntityManager em, Report report, ReportContent content) {
    return subject(em, report.organisation(), report.year(), report.format(), content);
  }

  /**
   * What the rules read on a report's content as the organisation would store it for the year
   * (R6/R7 against its report of the year before, R8 against the items it holds).
   */
  ReportChecker.Subject subject(
      EntityManager em, Organisation org, int year, ReportFormat format, ReportContent content) {
    Optional<ReportChecker.Previous> previous =
        find(em, org, year - 1)
            .map(p -> new ReportChecker.Previous(p.format(), p.content().reportTables()));
    long held = items.visiblePublishedIn(em, org.id(), year);
    return ReportChecker.Subject.of(format, content, previous, Optional.of(held));
  }

  public Report get(EntityManager em, String slug, int year) {
    Organisation org = organisations.get(em, slug);
    return find(em, org, year).orElseThrow(() -> new Problem.NotFound("report", slug + "/" + year));
  }

  public Report forReading(EntityManager em, Caller caller, String slug, int year) {
    Report report = get(em, slug, year);
    caller.require(Role.EDITOR, report.organisation().id(), slug);
    return report;
  }

  /** Every report of the organisation, drafts included, for its editors; newest year first. */
  public List<Report> all(EntityManager em, Caller caller, String slug) {
    Organisation org = organisations.get(em, slug);
    caller.require(Role.EDITOR, org.id(), slug);
    return em.createQuery(
            "select r from Report r where r.organisation = :o order by r.year desc", Report.class)
        .setParameter("o", org)
        .getResultList();
  }

  public List<Report> published(EntityManager em, Organisation org) {
    return em.createQuery(
            "select r from Report r where r.organisation = :o and r.state ="
                + " io.gongkai.reports.entity.ReportState.PUBLISHED order by r.year desc",
            Report.class)
        .setParameter("o", org)
        .getResultList();
  }

  /** When a published report of the organisation last changed, or null when it has none. */
  public java.time.Instant lastPublished(EntityManager em, Organisation org) {
    // not max(): the attribute is converted, and EclipseLink converts an aggregate's value wrongly
    return em.createQuery(
            "select r.updatedAt from Report r where r.organisation = :o and r.state ="
                + " io.gongkai.reports.entity.ReportState.PUBLISHED order by r.updatedAt desc",
            java.time.Instant.class)
        .setParameter("o", org)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public List<Correction> corrections(EntityManager em, Report report) {
    return em.createQuery(
            "select c from Correction c where c.report = :r order by c.number", Correction.class)
        .setParameter("r", report)
        .getResultList();
  }

  private void refuseErrors(EntityManager em, Report report, ReportContent content) {
    ReportChecker.Subject subject = subject(em, report, content);
    List<Violation> errors = errors(ReportChecker.check(subject));
    if (!errors.isEmpty()) {
      throw new Problem(422, "report-inconsistent", "reports.inconsistent", errors.size())
          .withLocalised("violations", language -> errors(ReportChecker.check(subject, language)));
    }
  }

  private static List<Violation> errors(List<Violation> found) {
    return found.stream().filter(v -> v.severity() == Violation.Severity.ERROR).toList();
  }

  private Report forChange(
      EntityManager em, Caller caller, String slug, int year, Role role, Long version) {
    return lockForChange(em, caller, get(em, slug, year), role, version);
  }

  private static Report lockForChange(
      EntityManager em, Caller caller, Report report, Role role, Long version) {
    caller.require(role, report.organisation().id(), report.organisation().slug());
    Versions.require(report.version(), version);
    em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return report;
  }

  static Optional<Report> find(EntityManager em, Organisation org, int year) {
    return em.createQuery(
            "select r from Report r where r.organisation = :o and r.year = :y", Report.class)
        .setParameter("o", org)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  static ReportFormat formatFor(Integer year) {
    int latest = Year.now(ItemQueries.CHINA).getValue();
    if (year == null || year < 2008 || year > latest) {
      throw new Problem.Invalid("year", "reports.year-range", latest);
    }
    return ReportFormats.forYear(year)
        .orElseThrow(() -> new Problem.Invalid("year", "reports.no-format", year));
  }

  static AuditLog.Target target(Report r) {
    return new AuditLog.Target(
        "report", r.organisation().slug() + "/" + r.year(), r.organisation().id());
  }
}
