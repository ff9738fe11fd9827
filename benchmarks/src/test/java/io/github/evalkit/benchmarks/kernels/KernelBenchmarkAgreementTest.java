package io.github.evalkit.benchmarks.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every benchmarked variant computes the same answer, so a fast wrong kernel cannot win. The test
 * JVM runs one provider; the core module's own suite checks that the two providers agree.
 */
class KernelBenchmarkAgreementTest {

  private static final int[] SIZES = {1000, 1023, 100_000};

  /** The shares of missing values the NaN benchmarks run with. */
  private static final double[] NAN_FRACTIONS = {0.1, 0.5};

  // The naive loop is uncompensated: at 1e5 terms of size ~1e5 it may drift by ~1e-12 relative.
  private static final double SUM_TOLERANCE = 1e-10;

  private static final boolean VECTOR_MODULE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  @Test
  void sumOfSquaredErrorsVariantsAgree() {
    for (int size : SIZES) {
      SumOfSquaredErrorsBenchmark b = new SumOfSquaredErrorsBenchmark();
      b.size = size;
      b.setUp();
      double naive = b.naiveLoop();
      assertThat(naive).isPositive();
      assertThat(b.evalkitScalar()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
      assertThat(b.evalkitVector()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
      if (VECTOR_MODULE) { // the reference loop needs the module; the vector test run has it
        assertThat(b.plainVectorLanes()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
      }
    }
  }

  @Test
  void parallelSumOfSquaredErrorsVariantsAgree() {
    ParallelSumOfSquaredErrorsBenchmark b = new ParallelSumOfSquaredErrorsBenchmark();
    b.size = 1 << 20; // the smallest size the benchmark runs, long enough to be split
    b.setUp();
    double naive = b.naiveLoop();
    assertThat(naive).isPositive();
    assertThat(b.evalkitScalar()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
    assertThat(b.parallelScalar()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
    assertThat(b.parallelVector()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
  }

  @Test
  void sumOfAbsoluteErrorsVariantsAgree() {
    for (int size : SIZES) {
      SumOfAbsoluteErrorsBenchmark b = new SumOfAbsoluteErrorsBenchmark();
      b.size = size;
      b.setUp();
      double naive = b.naiveLoop();
      assertThat(naive).isPositive();
      assertThat(b.evalkitScalar()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
      assertThat(b.evalkitVector()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
    }
  }

  @Test
  void sumVariantsAgree() {
    for (int size : SIZES) {
      SumBenchmark b = new SumBenchmark();
      b.size = size;
      b.setUp();
      double naive = b.naiveLoop();
      assertThat(naive).isPositive();
      assertThat(b.evalkitScalar()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
      assertThat(b.evalkitVector()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
    }
  }

  @Test
  void missingValueVariantsAgree() {
    for (double share : NAN_FRACTIONS) {
      for (int size : SIZES) {
        missingValueVariantsAgree(size, share);
      }
    }
  }

  private static void missingValueVariantsAgree(int size, double share) {
    CountNaNBenchmark count = new CountNaNBenchmark();
    count.size = size;
    count.nanFraction = share;
    count.setUp();
    int nan = count.naiveLoop();
    // The share of NaN is about as asked.
    assertThat(nan).isBetween((int) (size * share * 0.8), (int) (size * share * 1.2));
    assertThat(count.evalkitScalar()).isEqualTo(nan);
    assertThat(count.evalkitVector()).isEqualTo(nan);

    MeanIgnoringNaNBenchmark mean = new MeanIgnoringNaNBenchmark();
    mean.size = size;
    mean.nanFraction = share;
    mean.setUp();
    double naive = mean.naiveLoop();
    assertThat(naive).isBetween(400.0, 600.0);
    assertThat(mean.evalkitScalar()).isCloseTo(naive, within(SUM_TOLERANCE * naive));
    assertThat(mean.evalkitVector()).isCloseTo(naive, within(SUM_TOLERANCE * naive));

    ReplaceNaNBenchmark replace = new ReplaceNaNBenchmark();
    replace.size = size;
    replace.nanFraction = share;
    replace.setUp();
    assertThat(replace.naiveLoop()).isEqualTo(nan);
    double[] expected = replace.filled.clone();
    assertThat(expected).doesNotContain(Double.NaN);
    java.util.Arrays.fill(replace.filled, 0);
    assertThat(replace.evalkitScalar()).isEqualTo(nan);
    assertThat(replace.filled).isEqualTo(expected);
    java.util.Arrays.fill(replace.filled, 0);
    assertThat(replace.evalkitVector()).isEqualTo(nan);
    assertThat(replace.filled).isEqualTo(expected);
  }

  @Test
  void forwardFillVariantsAgree() {
    for (double share : NAN_FRACTIONS) {
      for (int size : SIZES) {
        forwardFillVariantsAgree(size, share);
      }
    }
  }

  private static void forwardFillVariantsAgree(int size, double share) {
    ForwardFillBenchmark b = new ForwardFillBenchmark();
    b.size = size;
    b.nanFraction = share;
    b.setUp();
    int filled = b.naiveLoop();
    double[] expected = b.work.clone();
    assertThat(filled).isPositive();
    assertThat(b.evalkitScalar()).isEqualTo(filled);
    assertThat(b.work).isEqualTo(expected);
    assertThat(b.evalkitVector()).isEqualTo(filled);
    assertThat(b.work).isEqualTo(expected);
  }

  @Test
  void countPairsVariantsAgree() {
    for (int k : new int[] {2, 10}) {
      for (int size : SIZES) {
        CountPairsBenchmark b = new CountPairsBenchmark();
        b.size = size;
        b.k = k;
        b.setUp();
        long[] expected = b.naiveLoop().clone();
        assertThat(java.util.Arrays.stream(expected).sum()).isEqualTo(size);
        assertThat(b.evalkitScalar()).isEqualTo(expected);
        assertThat(b.evalkitVector()).isEqualTo(expected);
      }
    }
  }

  @Test
  void readCeilingSumsBothArrays() {
    ReadCeilingBenchmark b = new ReadCeilingBenchmark();
    b.size = 1001;
    b.setUp();
    double one = NaiveLoops.sum(b.first);
    double two = one + NaiveLoops.sum(b.second);
    assertThat(b.sumOfOneArray()).isCloseTo(one, within(1e-12 * one));
    assertThat(b.sumOfTwoArrays()).isCloseTo(two, within(1e-12 * two));
  }
}
