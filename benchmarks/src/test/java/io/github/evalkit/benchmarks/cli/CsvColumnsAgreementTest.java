package io.github.evalkit.benchmarks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.evalkit.cli.NumericPairs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarked readers produce the same columns, bit for bit (each conversion is correctly
 * rounded), on the benchmark's own file, so that a fast wrong reader cannot win.
 */
class CsvColumnsAgreementTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 1023, 300_000}) // 300,000 rows (~7 MB) take the two-chunk path
  void everyVariantReadsTheSameColumns(int size) throws Exception {
    CsvColumnsBenchmark benchmark = new CsvColumnsBenchmark();
    benchmark.size = size;
    benchmark.setUp();
    try {
      double[][] naive = benchmark.naive();
      assertThat(naive[0]).hasSize(size);
      // Actual values are cents in [0, 1000): a wrong column or a shifted row would show.
      assertThat(java.util.Arrays.stream(naive[0]).min().orElseThrow()).isGreaterThanOrEqualTo(0);
      assertThat(java.util.Arrays.stream(naive[0]).max().orElseThrow()).isLessThanOrEqualTo(999.99);
      NumericPairs fast = benchmark.evalkit();
      NumericPairs general = benchmark.generalReader();
      assertThat(fast.actual()).isEqualTo(naive[0]);
      assertThat(fast.predicted()).isEqualTo(naive[1]);
      assertThat(general.actual()).isEqualTo(naive[0]);
      assertThat(general.predicted()).isEqualTo(naive[1]);
      assertThat(fast.dropped()).isZero();
    } finally {
      benchmark.tearDown();
    }
  }
}
