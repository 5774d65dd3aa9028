package io.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the index's wake-ups as the search index observes them: after a successful commit. */
@ApplicationScoped
public class CommitCounter {

  private final AtomicInteger commits = new AtomicInteger();

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Committed event) {
    commits.incrementAndGet();
  }

  public int count() {
    return commits.get();
  }
}
