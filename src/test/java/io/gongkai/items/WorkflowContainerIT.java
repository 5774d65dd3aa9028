package io.gongkai.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.access.control.Caller;
import io.gongkai.access.control.TestCallers;
import io.gongkai.access.entity.Role;
import io.gongkai.audit.control.AuditLog;
import io.gongkai.audit.entity.AuditEntry;
import io.gongkai.items.control.IndexNumbers;
import io.gongkai.items.control.ItemEditor;
import io.gongkai.items.control.ItemInput;
import io.gongkai.items.control.Workflow;
import io.gongkai.items.entity.Item;
import io.gongkai.items.entity.ItemState;
import io.gongkai.organisations.control.Organisations;
import io.gongkai.organisations.entity.Organisation;
import io.gongkai.platform.Background;
import io.gongkai.platform.Problem;
import io.gongkai.platform.Transactions;
import io.gongkai.reports.control.ReportInput;
import io.gongkai.reports.control.Reports;
import io.gongkai.reports.entity.Report;
import io.gongkai.reports.entity.ReportState;
import io.gongkai.testing.Deployments;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial workflow, the 索引号 counter and report publication inside Payara Micro, below the
 * HTTP layer.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowContainerIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.controlLayer("workflow", WorkflowContainerIT.class, TestCallers.class);
  }

  @Inject Transactions tx;
  @Inject Organisations organisations;
  @Inject ItemEditor editor;
  @Inject Workflow workflow;
  @Inject IndexNumbers indexNumbers;
  @Inject AuditLog audit;
  @Inject Background background;
  @Inject Caller caller;
  @Inject Reports reports;

  private Organisation org;

  @BeforeEach
  void anOrganisation() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String code = ("T" + Long.toString(System.nanoTime() % 100_000_000_000L)).toUpperCase();
    org =
        tx.write(
            em ->
                organisations.create(
                    em,
                    new Organisations.Description(
                        "wf-" + suffix, code, "测试机关" + suffix, null, null, null, null)));
  }

  @Test
  void anItemGoesFromDraftToPublishedToWithdrawnAndEachStepIsAudited() {
    TestCallers.actAs(caller, "editor-" + org.slug(), Role.EDITOR, org.id());
    Item draft = editor.create(caller, input("关于开展安全生产检查的通知"));
    assertEquals(ItemState.DRAFT, draft.state());

    Item pending = workflow.submit(caller, draft.id(), draft.version());
    assertEquals(ItemState.PENDING_REVIEW, pending.state());
    assertThrows(
        Problem.Forbidden.class,
        () -> workflow.publish(caller, pending.id(), pending.version(), null),
        "an editor publishing");
    assertThrows(
        Problem.class,
        () -> workflow.submit(caller, pending.id(), draft.version()),
        "a stale version");

    TestCallers.actAs(caller, "reviewer-" + org.slug(), Role.REVIEWER, org.id());
    Item published = workflow.publish(caller, pending.id(), pending.version(), null);
    assertEquals(ItemState.PUBLISHED, published.state());
    assertNotNull(published.indexNumber(), "a 索引号 on publication");
    assertThrows(
        Problem.Conflict.class,
        () -> workflow.submit(caller, published.id(), published.version()),
        "submitting a published item");
    Item withdrawn = workflow.withdraw(caller, published.id(), published.version(), "内容有误");
    assertEquals(ItemState.WITHDRAWN, withdrawn.state());
    assertEquals(published.indexNumber(), withdrawn.indexNumber(), "the 索引号 stays");

    List<String> actions =
        tx.read(em -> audit.recent(em, List.of(org.id()), 20)).stream()
            .filter(e -> String.valueOf(draft.id()).equals(e.targetId()))
            .map(AuditEntry::action)
            .toList();
    assertEquals(
        List.of("item.withdraw", "item.publish", "item.submit", "item.create"),
        actions,
        "the audit trail, newest first; refused actions leave none");
  }

  @Test
  void concurrentPublicationsGetDistinctConsecutiveIndexNumbers() throws Exception {
    int count = 12;
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(
          background
              .executor()
              .submit(
                  () ->
                      tx.write(
                          em ->
                              indexNumbers.allocate(em, organisations.get(em, org.slug()), 2026))));
    }
    Set<String> numbers = new HashSet<>();
    for (Future<String> f : futures) {
      numbers.add(f.get(60, TimeUnit.SECONDS));
    }
    assertEquals(count, numbers.size(), "distinct: " + numbers);
    List<Integer> sequence =
        numbers.stream()
            .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
            .sorted()
            .toList();
    assertEquals(1, sequence.get(0), "the year's first number " + numbers);
    assertEquals(count, sequence.get(count - 1), "no gaps " + numbers);
  }

  @Test
  void aReportWithErrorsIsRefusedPublicationAndStaysADraftWithoutAnAuditEntry() {
    TestCallers.actAs(caller, "reviewer-" + org.slug(), Role.REVIEWER, org.id());
    Report draft =
        reports.create(caller, new ReportInput(org.slug(), 2024, "<p>概述</p>", null, null, null));

    Problem refused =
        assertThrows(
            Problem.class, () -> reports.publish(caller, org.slug(), 2024, draft.version(), null));

    assertEquals(422, refused.status());
    assertTrue(refused.type().endsWith("report-inconsistent"), refused.type());
    Report stored = tx.read(em -> reports.get(em, org.slug(), 2024));
    assertEquals(ReportState.DRAFT, stored.state());
    assertEquals(draft.version(), stored.version(), "nothing written");
    List<String> actions =
        tx.read(em -> audit.recent(em, List.of(org.id()), 20)).stream()
            .filter(e -> "report".equals(e.targetType()))
            .map(AuditEntry::action)
            .toList();
    assertEquals(List.of("report.create"), actions);
  }

  private ItemInput input(String title) {
    return new ItemInput(
        org.slug(),
        title,
        null,
        "<p>" + title + "</p>",
        "leader-duties",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
