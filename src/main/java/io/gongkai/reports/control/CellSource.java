package io.gongkai.reports.control;

import io.gongkai.reports.entity.ReportFormat;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Another feature that proposes cells of a report from what it records — the register of disclosure
 * requests proposes tables 三 and 四. {@link DerivedFigures} asks every source it finds, so the
 * reports feature does not depend on the features that feed it.
 */
public interface CellSource {

  /**
   * Cell path ({@code table.row.column}; a row key may itself hold a dot, as in {@code
   * requests.withheld.stateSecret.naturalPerson}) → value, for one organisation's report of {@code
   * year} in {@code format}; empty when the source holds nothing for that year.
   */
  Map<String, BigDecimal> propose(
      EntityManager em, long organisationId, int year, ReportFormat format);
}
