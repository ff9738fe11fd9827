package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The parallel variants agree with the sequential kernels within the documented bound. */
class ParallelKernelsTest {

  @Test
  void parallelSumsMatchSequentialWithinTheBound() throws Exception {
    SplittableRandom random = new SplittableRandom(EdgeCases.SEED);
    // Above the threshold, not a multiple of the chunk size, with an offset range.
    int n = ArrayKernels.PARALLEL_THRESHOLD + 123_457;
    double[] a = random.doubles(n, -1e6, 1e6).toArray();
    double[] b = random.doubles(n, -1e6, 1e6).toArray();
    double magnitudes = 0;
    double squares = 0;
    for (int i = 3; i < n - 5; i++) {
      magnitudes += Math.abs(a[i]);
      squares += (a[i] - b[i]) * (a[i] - b[i]);
    }
    double sequential = ArrayKernels.sum(a, 3, n - 5);
    double parallel = ArrayKernels.parallelSum(a, 3, n - 5);
    // Each is within 2·eps·Σ|x| of the exact sum.
    assertThat(Math.abs(parallel - sequential)).isLessThanOrEqualTo(4 * ExactSums.EPS * magnitudes);
    double sse = ArrayKernels.sumOfSquaredDifferences(a, b, 3, n - 5);
    double parallelSse = ArrayKernels.parallelSumOfSquaredDifferences(a, b, 3, n - 5);
    assertThat(Math.abs(parallelSse - sse)).isLessThanOrEqualTo(2e-15 * squares);
    // Deterministic: chunking does not depend on the number of threads. A parallel stream run
    // from a fork/join task uses that task's pool, so these runs use one thread and three.
    for (int threads : new int[] {1, 3}) {
      assertSameBits(
          inPool(threads, () -> ArrayKernels.parallelSum(a, 3, n - 5)),
          parallel,
          "parallelSum with " + threads + " threads");
      assertSameBits(
          inPool(threads, () -> ArrayKernels.parallelSumOfSquaredDifferences(a, b, 3, n - 5)),
          parallelSse,
          "parallelSumOfSquaredDifferences with " + threads + " threads");
    }
  }

  private static double inPool(int threads, Callable<Double> task) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(task).get();
    } finally {
      pool.shutdown();
    }
  }

  private static void assertSameBits(double actual, double expected, String what) {
    assertThat(Double.doubleToRawLongBits(actual))
        .as("%s: %s vs %s", what, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  @Test
  void shortRangesRunSequentiallyAndNonFiniteValuesPropagate() {
    double[] x = {1, 2, 3.5};
    assertThat(ArrayKernels.parallelSum(x, 0, 3)).isEqualTo(6.5);
    double[] big = new double[ArrayKernels.PARALLEL_THRESHOLD + 1];
    big[big.length - 1] = Double.NaN;
    assertThat(ArrayKernels.parallelSum(big, 0, big.length)).isNaN();
    big[big.length - 1] = Double.POSITIVE_INFINITY;
    assertThat(
            ArrayKernels.parallelSumOfSquaredDifferences(
                big, new double[big.length], 0, big.length))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void aSumThatOverflowsIsTheSequentialKernelsNotNaN() {
    // Finite terms: the first chunks overflow to +∞, the last ones to −∞. The plain loop, and so
    // the sequential kernel, stays at +∞; merging the chunk sums would give ∞ − ∞ = NaN.
    int n = 2 * ArrayKernels.PARALLEL_THRESHOLD;
    double[] x = new double[n];
    java.util.Arrays.fill(x, 0, n / 2, 1e308);
    java.util.Arrays.fill(x, n / 2, n, -1e308);
    assertThat(ArrayKernels.sum(x, 0, n)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ArrayKernels.parallelSum(x, 0, n)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ArrayKernels.parallelSum(x, 1, n - 1)).isEqualTo(ArrayKernels.sum(x, 1, n - 1));
  }
}
