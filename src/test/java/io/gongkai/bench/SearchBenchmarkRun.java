package io.gongkai.bench;

import org.junit.jupiter.api.Test;

/**
 * The full search benchmark, not part of the test suite (it takes about a quarter of an hour at
 * 200,000 items):
 *
 * <pre>
 * mvn -B verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SearchBenchmarkRun
 * </pre>
 *
 * Add {@code -Dgongkai.bench.items=50000} for another size. The figures are printed and written to
 * {@code target/search-benchmark.txt}.
 */
class SearchBenchmarkRun {

  @Test
  void figures() throws Exception {
    new SearchBenchmark().run(Integer.getInteger("gongkai.bench.items", 200_000));
  }
}
