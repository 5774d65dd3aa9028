package io.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The search benchmark at a thousand items, in every build, so the benchmark keeps working. Its
 * figures are printed, not judged: a loaded CI machine says nothing about speed. It checks only
 * that every figure was measured, and that the restarted server mapped the class-data-sharing
 * archive {@code deploy/payara-root.sh} prepared.
 */
class SearchBenchmarkIT {

  @Test
  void theBenchmarkRunsAndMeasuresEveryFigure() throws Exception {
    // its server always runs on its own H2 database: once per build is enough
    Assumptions.assumeTrue(System.getProperty("gongkai.it.label", "h2").equals("h2"));
    SearchBenchmark.Figures f = new SearchBenchmark().run(1_000);
    assertThat(f.rebuildPerSecond()).isPositive();
    assertThat(f.rawPerSecond()).isPositive();
    assertThat(f.httpP50()).isPositive();
    assertThat(f.rawP50()).isPositive();
    assertThat(f.likeP50()).isPositive();
    assertThat(f.floorP50()).isPositive();
    assertThat(f.publishToSearchableMs()).isPositive();
    assertThat(f.indexBytes()).isPositive();
    assertThat(f.rssBytes()).isPositive();
    // started as deploy/payara-root.sh starts production instances: the archive is in use
    assertThat(f.restartSharedClassData()).isTrue();
  }
}
