package io.gongkai.bench;

import org.junit.jupiter.api.Test;

/**
 * The full migration benchmark, not part of the test suite:
 *
 * <pre>
 * mvn -B verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ImportBenchmarkRun
 * </pre>
 *
 * Add {@code -Dgongkai.bench.items=20000} for another size (default 100,000). The figures are
 * printed and written to {@code target/import-benchmark.txt}.
 */
class ImportBenchmarkRun {

  @Test
  void figures() throws Exception {
    new ImportBenchmark().run(Integer.getInteger("gongkai.bench.items", 100_000));
  }
}
