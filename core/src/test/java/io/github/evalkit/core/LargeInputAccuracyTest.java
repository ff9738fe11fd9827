package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.evalkit.core.internal.KernelSupport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ten million values near 1e9, where a plain loop loses several digits: the mean and the sum of
 * squared differences of both providers, and of the parallel variants, against exact sums. The
 * inputs are 1e9 + k·2⁻¹⁰ with integer k, so the exact sums follow from integer arithmetic.
 */
class LargeInputAccuracyTest {

  private static final int N = 10_000_000;
  private static final double SCALE = 0x1p-10;
  private static double[] x;
  private static double[] y;
  private static BigDecimal exactSum;
  private static BigDecimal exactSumOfSquares;

  @BeforeAll
  static void build() {
    SplittableRandom random = new SplittableRandom(EdgeCases.SEED);
    x = new double[N];
    y = new double[N];
    long sumK = 0;
    long sumD2 = 0;
    for (int i = 0; i < N; i++) {
      int k = random.nextInt(-(1 << 19), 1 << 19);
      int j = random.nextInt(-(1 << 10), 1 << 10);
      x[i] = 1e9 + k * SCALE; // exact: 1e9 needs 30 bits, k·2⁻¹⁰ at most 29 more
      y[i] = x[i] + j * SCALE; // the difference x - y = -j·2⁻¹⁰ is exact too
      sumK += k;
      sumD2 += (long) j * j;
    }
    exactSum =
        BigDecimal.valueOf(1e9).multiply(BigDecimal.valueOf(N)).add(new BigDecimal(sumK * SCALE));
    exactSumOfSquares = new BigDecimal(sumD2).multiply(new BigDecimal(SCALE * SCALE));
  }

  @Test
  void meanOfTenMillionValuesNear1e9IsRightToTheLastBitOrTwo() {
    double exactMean = exactSum.divide(BigDecimal.valueOf(N), MathContext.DECIMAL128).doubleValue();
    for (KernelSupport provider : new KernelSupport[] {Providers.scalar(), Providers.active()}) {
      double mean = provider.sum(x, 0, N) / N;
      assertThat(Math.abs(mean - exactMean))
          .as("%s: mean %s vs exact %s", provider.name(), mean, exactMean)
          .isLessThanOrEqualTo(2 * Math.ulp(exactMean));
    }
    double parallelMean = ArrayKernels.parallelSum(x, 0, N) / N;
    assertThat(Math.abs(parallelMean - exactMean)).isLessThanOrEqualTo(2 * Math.ulp(exactMean));
  }

  @Test
  void sumOfSquaredDifferencesHasRelativeErrorBelow1e15() {
    double exact = exactSumOfSquares.doubleValue();
    for (KernelSupport provider : new KernelSupport[] {Providers.scalar(), Providers.active()}) {
      double sse = provider.sumOfSquaredDifferences(x, y, 0, N);
      assertThat(Math.abs(sse - exact) / exact).as(provider.name()).isLessThanOrEqualTo(1e-15);
    }
    double parallel = ArrayKernels.parallelSumOfSquaredDifferences(x, y, 0, N);
    assertThat(Math.abs(parallel - exact) / exact).isLessThanOrEqualTo(1e-15);
  }
}
