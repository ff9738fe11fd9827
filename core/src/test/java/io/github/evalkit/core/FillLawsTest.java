package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.evalkit.core.internal.KernelSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forward and backward fill against pandas' semantics ({@code ffill(limit=n)}, {@code
 * bfill(limit=n)}), stated as laws for both providers.
 */
class FillLawsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void forwardFillObeysItsLaws(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases(), integers().between(1, 4))
        .checkAssert(
            (c, limitChoice) -> {
              int limit = limitChoice == 4 ? Integer.MAX_VALUE : limitChoice;
              double[] x = c.a.clone();
              int filled = provider.forwardFill(x, c.from, c.to, limit);
              assertThat(x).as("%s", c).isEqualTo(referenceForwardFill(c.a, c.from, c.to, limit));
              assertFillLaws(c, x, filled);
              if (limit == Integer.MAX_VALUE) {
                // Without a limit a second fill finds nothing to do. (With one it may: pandas
                // counts the run anew, so filling twice can reach further.)
                double[] again = x.clone();
                assertThat(provider.forwardFill(again, c.from, c.to, limit)).isZero();
                assertThat(again).isEqualTo(x);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.evalkit.core.Providers#both")
  void backwardFillObeysItsLaws(KernelSupport provider) {
    qt().withFixedSeed(EdgeCases.SEED)
        .withExamples(EdgeCases.EXAMPLES)
        .forAll(EdgeCases.cases(), integers().between(1, 4))
        .checkAssert(
            (c, limitChoice) -> {
              int limit = limitChoice == 4 ? Integer.MAX_VALUE : limitChoice;
              double[] x = c.a.clone();
              int filled = provider.backwardFill(x, c.from, c.to, limit);
              assertThat(x).as("%s", c).isEqualTo(referenceBackwardFill(c.a, c.from, c.to, limit));
              assertFillLaws(c, x, filled);
              if (limit == Integer.MAX_VALUE) {
                // Without a limit a second fill finds nothing to do. (With one it may: pandas
                // counts the run anew, so filling twice can reach further.)
                double[] again = x.clone();
                assertThat(provider.backwardFill(again, c.from, c.to, limit)).isZero();
                assertThat(again).isEqualTo(x);
              }
            });
  }

  @Test
  void handWorkedExamples() {
    double n = Double.NaN;
    // pandas: pd.Series([nan, 1, nan, nan, nan, 2, nan]).ffill(limit=2)
    //   -> [nan, 1, 1, 1, nan, 2, 2]
    double[] x = {n, 1, n, n, n, 2, n};
    assertThat(ArrayKernels.forwardFill(x, 0, x.length, 2)).isEqualTo(3);
    assertThat(x).containsExactly(n, 1, 1, 1, n, 2, 2);
    // pandas: pd.Series([nan, 1, nan, nan, nan, 2, nan]).bfill(limit=2)
    //   -> [1, 1, nan, 2, 2, 2, nan]
    double[] y = {n, 1, n, n, n, 2, n};
    assertThat(ArrayKernels.backwardFill(y, 0, y.length, 2)).isEqualTo(3);
    assertThat(y).containsExactly(1, 1, n, 2, 2, 2, n);
    // The range bounds the fill: index 0 is outside [1, 4), so nothing precedes index 1.
    double[] z = {5, n, 7, n, n};
    assertThat(ArrayKernels.forwardFill(z, 1, 4, Integer.MAX_VALUE)).isEqualTo(1);
    assertThat(z).containsExactly(5, n, 7, 7, n);
  }

  /** Outside the range nothing changes, non-missing values never change, and the count is true. */
  private static void assertFillLaws(EdgeCases.Case c, double[] x, int filled) {
    int changed = 0;
    for (int i = 0; i < x.length; i++) {
      boolean inRange = i >= c.from && i < c.to;
      if (!Double.isNaN(c.a[i]) || !inRange) {
        assertThat(Double.doubleToRawLongBits(x[i]))
            .as("%s: index %d must not change", c, i)
            .isEqualTo(Double.doubleToRawLongBits(c.a[i]));
      } else if (!Double.isNaN(x[i])) {
        changed++;
      }
    }
    assertThat(filled).as("%s", c).isEqualTo(changed);
  }

  /** Quadratic reference: cell i takes the last value before it if the gap is at most limit. */
  static double[] referenceForwardFill(double[] a, int from, int to, int limit) {
    double[] x = a.clone();
    for (int i = from; i < to; i++) {
      if (Double.isNaN(a[i])) {
        int j = i - 1;
        while (j >= from && Double.isNaN(a[j])) {
          j--;
        }
        if (j >= from && i - j <= limit) {
          x[i] = a[j];
        }
      }
    }
    return x;
  }

  static double[] referenceBackwardFill(double[] a, int from, int to, int limit) {
    double[] x = a.clone();
    for (int i = from; i < to; i++) {
      if (Double.isNaN(a[i])) {
        int j = i + 1;
        while (j < to && Double.isNaN(a[j])) {
          j++;
        }
        if (j < to && j - i <= limit) {
          x[i] = a[j];
        }
      }
    }
    return x;
  }
}
