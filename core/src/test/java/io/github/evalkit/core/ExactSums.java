package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * Exact references for the summing kernels: every term is built from the exact {@link BigDecimal}
 * value of the inputs and added without rounding, so the kernels' error is measured against the
 * true result.
 */
final class ExactSums {

  /** Unit roundoff's big brother: {@code Math.ulp(1.0)} = 2⁻⁵². */
  static final double EPS = Math.ulp(1.0);

  /** The bound for sums of non-negative terms: relative error at most 1e-15. */
  static final double NON_NEGATIVE_RELATIVE = 1e-15;

  /** The bound for signed sums: error at most 2·eps·Σ|xᵢ|. */
  static final double SIGNED_RELATIVE = 2 * EPS;

  private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);

  private ExactSums() {}

  /** The exact sum of terms and the exact sum of their magnitudes. */
  static final class Exact {
    final BigDecimal sum;
    final BigDecimal sumOfMagnitudes;

    Exact(BigDecimal sum, BigDecimal sumOfMagnitudes) {
      this.sum = sum;
      this.sumOfMagnitudes = sumOfMagnitudes;
    }
  }

  /**
   * Σ term(i) over {@code [from, to)}, exactly; {@code term} returns null to skip an element.
   *
   * @return the exact sums
   */
  static Exact of(int from, int to, IntFunction<BigDecimal> term) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal magnitudes = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      BigDecimal t = term.apply(i);
      if (t != null) {
        sum = sum.add(t);
        magnitudes = magnitudes.add(t.abs());
      }
    }
    return new Exact(sum, magnitudes);
  }

  static BigDecimal exact(double x) {
    return new BigDecimal(x);
  }

  /**
   * Asserts that {@code actual} is within {@code relative}·Σ|terms| (plus {@code 4·count} smallest
   * subnormals for products that underflow) of the exact sum, or is +∞/−∞ when the exact sum is
   * beyond the double range.
   */
  static void assertWithin(double actual, Exact exact, double relative, int count, Object what) {
    if (exact.sum.abs().compareTo(MAX) > 0) {
      assertThat(actual)
          .as("%s: exact sum %s overflows", what, exact.sum.toEngineeringString().substring(0, 8))
          .isEqualTo(exact.sum.signum() > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
      return;
    }
    assertThat(Double.isFinite(actual)).as("%s: %s is finite", what, actual).isTrue();
    BigDecimal error = exact(actual).subtract(exact.sum).abs();
    BigDecimal bound =
        exact
            .sumOfMagnitudes
            .multiply(exact(relative))
            .add(exact(Double.MIN_VALUE).multiply(BigDecimal.valueOf(4L * count)));
    assertThat(error.compareTo(bound))
        .as(
            "%s: |%s - exact %s| = %s exceeds bound %s",
            what, actual, exact.sum.doubleValue(), error.doubleValue(), bound.doubleValue())
        .isLessThanOrEqualTo(0);
  }

  /** Σ|xᵢ| of the inputs stays below overflow for sums of the inputs themselves. */
  static boolean hasNonFinite(double[] x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Double.isFinite(x[i])) {
        return true;
      }
    }
    return false;
  }

  /** Same double, bit for bit up to NaN payloads: NaN equals NaN, −0.0 differs from 0.0. */
  static void assertSameValue(double actual, double expected, Object what) {
    assertThat(Double.doubleToLongBits(actual))
        .as("%s: %s vs %s", what, actual, expected)
        .isEqualTo(Double.doubleToLongBits(expected));
  }
}
