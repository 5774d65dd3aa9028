package io.gongkai.reports.entity;

import io.gongkai.platform.ChangeLog;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Writes every change to a report to the change log. */
public class ReportChanges {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Report report) {
    ChangeLog.changed(ChangeLog.Kind.REPORT, report.id());
  }
}
