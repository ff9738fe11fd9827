package io.github.evalkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Every benchmarked variant computes the same answer, so a fast wrong kernel cannot win. */
class BenchmarkAgreementTest {

  @Test
  void sumOfSquaredErrorsVariantsAgree() {
    for (int size : new int[] {1000, 1023, 100_000}) {
      SumOfSquaredErrorsBenchmark benchmark = new SumOfSquaredErrorsBenchmark();
      benchmark.size = size;
      benchmark.setUp();
      double naive = benchmark.naiveLoop();
      assertThat(benchmark.evalkitScalar()).isCloseTo(naive, within(1e-10 * naive));
      assertThat(benchmark.evalkitVector()).isCloseTo(naive, within(1e-10 * naive));
    }
  }
}
