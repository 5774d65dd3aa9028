package io.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The migration benchmark at six hundred items, in every build, so it keeps working. Its figures
 * are printed, not judged (a loaded CI machine says nothing about speed); it checks that every line
 * was imported and every figure measured.
 */
class ImportBenchmarkIT {

  @Test
  void theBenchmarkImportsEveryLineAndMeasuresEveryFigure() throws Exception {
    // its server always runs on its own H2 database: once per build is enough
    Assumptions.assumeTrue(System.getProperty("gongkai.it.label", "h2").equals("h2"));
    ImportBenchmark.Figures f = new ImportBenchmark().run(600);
    assertThat(f.failed()).isZero();
    assertThat(f.importPerSecond()).isPositive();
    assertThat(f.jdbcPerSecond()).isPositive();
    assertThat(f.searchableSeconds()).isPositive();
  }
}
