package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class SumOfSquaredDifferencesTest {

  @Test
  void handWorkedExample() {
    // (3-1)^2 + (5-5)^2 + (2-4.5)^2 = 4 + 0 + 6.25
    assertThat(
            ArrayKernels.sumOfSquaredDifferences(new double[] {3, 5, 2}, new double[] {1, 5, 4.5}))
        .isEqualTo(10.25);
  }

  @Test
  void emptyRangeIsZero() {
    assertThat(ArrayKernels.sumOfSquaredDifferences(new double[0], new double[0])).isZero();
    assertThat(ArrayKernels.sumOfSquaredDifferences(new double[] {1, 2}, new double[] {3, 4}, 1, 1))
        .isZero();
  }

  @Test
  void rangeSelectsElements() {
    double[] a = {100, 1, 2, 100};
    double[] b = {0, 0, 0, 0};
    assertThat(ArrayKernels.sumOfSquaredDifferences(a, b, 1, 3)).isEqualTo(5.0);
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> ArrayKernels.sumOfSquaredDifferences(null, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a must not be null");
    assertThatThrownBy(() -> ArrayKernels.sumOfSquaredDifferences(new double[5], new double[6]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a and b lengths differ: 5 != 6");
    assertThatThrownBy(
            () -> ArrayKernels.sumOfSquaredDifferences(new double[5], new double[5], 2, 6))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Range [2, 6) out of bounds for length 5");
  }

  @Test
  void matchesExactArithmeticWithinOneUlpScale() {
    qt().withFixedSeed(20261124L)
        .forAll(integers().between(0, 300), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (length, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              double[] a = new double[length];
              double[] b = new double[length];
              for (int i = 0; i < length; i++) {
                a[i] = 1e9 + random.nextDouble(-1000, 1000);
                b[i] = 1e9 + random.nextDouble(-1000, 1000);
              }
              double actual = ArrayKernels.sumOfSquaredDifferences(a, b);
              BigDecimal exact = BigDecimal.ZERO;
              for (int i = 0; i < length; i++) {
                // The difference of two doubles is exact in BigDecimal; its rounding to double is
                // what both providers compute first, so the reference squares the rounded value.
                BigDecimal d = new BigDecimal(a[i] - b[i]);
                exact = exact.add(d.multiply(d));
              }
              double reference = exact.round(MathContext.DECIMAL64).doubleValue();
              assertThat(actual)
                  .isCloseTo(reference, org.assertj.core.data.Offset.offset(1e-15 * reference));
            });
  }

  @Test
  void nanPropagates() {
    qt().withFixedSeed(7L)
        .forAll(doubles().any())
        .checkAssert(
            x ->
                assertThat(
                        ArrayKernels.sumOfSquaredDifferences(
                            new double[] {x, Double.NaN}, new double[] {0, 0}))
                    .isNaN());
  }
}
