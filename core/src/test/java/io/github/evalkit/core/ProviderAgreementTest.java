package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.evalkit.core.internal.KernelSupport;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The provider in use agrees with the scalar provider on every kernel: counts, indices, minima,
 * maxima and filled arrays exactly; sums within twice the documented bound of each other (each is
 * within the bound of the exact sum), and bit for bit when a term is not finite or both overflow.
 */
class ProviderAgreementTest {

  private final KernelSupport scalar = Providers.scalar();
  private final KernelSupport active = Providers.active();

  /** The example in core/README.md: an overflow that only the vector provider's order meets. */
  @Test
  void anOverflowOnlyOneOrderOfAdditionsMeetsCanSeparateTheProviders() {
    double[] x = new double[128];
    x[0] = 1.5e308;
    x[2] = 0.5e308;
    x[3] = -1e308;
    assertThat(scalar.sum(x, 0, x.length)).isEqualTo(1e308);
    double plain = 0;
    for (double v : x) {
      plain += v;
    }
    assertThat(plain).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ArrayKernels.sum(x, 0, x.length))
        .isEqualTo(active == scalar ? 1e308 : Double.POSITIVE_INFINITY);
  }

  @ParameterizedTest
  @EnumSource(SummingKernel.class)
  void sumsAgreeWithinTheBound(SummingKernel kernel) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              double s = kernel.run(scalar, c);
              double v = kernel.run(active, c);
              if (!Double.isFinite(s) && !Double.isFinite(v)) {
                ExactSums.assertSameValue(v, s, kernel + " on " + c);
                return;
              }
              if (!Double.isFinite(s) || !Double.isFinite(v)) {
                // Finite terms whose sum overflows in one order of additions and not in the
                // other: the one that overflowed gives the plain loop's sum (the other is checked
                // against the exact sum by KernelAccuracyTest).
                assertThat(kernel.hasNonFiniteTerm(c)).as("%s on %s", kernel, c).isFalse();
                ExactSums.assertSameValue(
                    Double.isFinite(s) ? v : s, kernel.plainSum(c), kernel + " on " + c);
                return;
              }
              double magnitudes = 0;
              for (int i = c.from; i < c.to; i++) {
                magnitudes += Math.abs(kernel.plainTerm(c, i));
              }
              double bound =
                  2 * kernel.relativeBound() * magnitudes * 1.001
                      + 8.0 * c.count() * Double.MIN_VALUE;
              assertThat(Math.abs(v - s))
                  .as("%s on %s: %s vs %s", kernel, c, v, s)
                  .isLessThanOrEqualTo(bound);
            });
  }

  @Test
  void countsIndicesAndExtremaAgreeExactly() {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases())
        .checkAssert(
            c -> {
              assertThat(active.countNaN(c.a, c.from, c.to))
                  .as("%s", c)
                  .isEqualTo(scalar.countNaN(c.a, c.from, c.to));
              assertThat(active.indexOfNaN(c.a, c.from, c.to))
                  .as("%s", c)
                  .isEqualTo(scalar.indexOfNaN(c.a, c.from, c.to));
              assertSameBits(
                  active.minIgnoringNaN(c.a, c.from, c.to),
                  scalar.minIgnoringNaN(c.a, c.from, c.to),
                  c);
              assertSameBits(
                  active.maxIgnoringNaN(c.a, c.from, c.to),
                  scalar.maxIgnoringNaN(c.a, c.from, c.to),
                  c);
              assertSameBits(
                  active.maxAbsoluteDifference(c.a, c.b, c.from, c.to),
                  scalar.maxAbsoluteDifference(c.a, c.b, c.from, c.to),
                  c);
            });
  }

  @Test
  void replaceAndFillsAgreeExactly() {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases(), org.quicktheories.generators.SourceDSL.integers().between(1, 5))
        .checkAssert(
            (c, limit) -> {
              double[] dstScalar = c.b.clone();
              double[] dstActive = c.b.clone();
              assertThat(active.replaceNaN(c.a, -7.5, dstActive, c.from, c.to))
                  .isEqualTo(scalar.replaceNaN(c.a, -7.5, dstScalar, c.from, c.to));
              assertThat(dstActive).as("%s", c).isEqualTo(dstScalar);

              int fillLimit = limit == 5 ? Integer.MAX_VALUE : limit;
              double[] fs = c.a.clone();
              double[] fa = c.a.clone();
              assertThat(active.forwardFill(fa, c.from, c.to, fillLimit))
                  .isEqualTo(scalar.forwardFill(fs, c.from, c.to, fillLimit));
              assertThat(Arrays.equals(fa, fs)).as("forward fill %s", c).isTrue();
              double[] bs = c.a.clone();
              double[] ba = c.a.clone();
              assertThat(active.backwardFill(ba, c.from, c.to, fillLimit))
                  .isEqualTo(scalar.backwardFill(bs, c.from, c.to, fillLimit));
              assertThat(Arrays.equals(ba, bs)).as("backward fill %s", c).isTrue();
            });
  }

  @Test
  void pairCountsAgreeExactly() {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.codeCases())
        .checkAssert(
            c -> {
              long[] s = new long[c.k * c.k];
              long[] v = new long[c.k * c.k];
              int badScalar = scalar.countPairs(c.actual, c.predicted, c.from, c.to, c.k, s);
              int badActive = active.countPairs(c.actual, c.predicted, c.from, c.to, c.k, v);
              assertThat(badActive).as("%s", c).isEqualTo(badScalar);
              assertThat(v).as("%s", c).isEqualTo(s);
            });
  }

  private static void assertSameBits(double actual, double expected, Object what) {
    assertThat(Double.doubleToLongBits(actual))
        .as("%s: %s vs %s", what, actual, expected)
        .isEqualTo(Double.doubleToLongBits(expected));
  }
}
