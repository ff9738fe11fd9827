package io.github.evalkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;

/**
 * Exact references for the summing kernels: every term is built from the exact {@link Dyadic} value
 * of the inputs and added without rounding, so the kernels' error is measured against the true
 * result.
 */
final class ExactSums {

  /** Unit roundoff's big brother: {@code Math.ulp(1.0)} = 2⁻⁵². */
  static final double EPS = Math.ulp(1.0);

  /** The bound for sums of non-negative terms: relative error at most 1e-15. */
  static final double NON_NEGATIVE_RELATIVE = 1e-15;

  /** The bound for signed sums: error at most 2·eps·Σ|xᵢ|. */
  static final double SIGNED_RELATIVE = 2 * EPS;

  private static final Dyadic MAX = Dyadic.of(Double.MAX_VALUE);

  private ExactSums() {}

  /** The exact sum of terms and the exact sum of their magnitudes. */
  static final class Exact {
    final Dyadic sum;
    final Dyadic sumOfMagnitudes;

    Exact(Dyadic sum, Dyadic sumOfMagnitudes) {
      this.sum = sum;
      this.sumOfMagnitudes = sumOfMagnitudes;
    }
  }

  /**
   * Σ term(i) over {@code [from, to)}, exactly; {@code term} returns null to skip an element.
   *
   * @return the exact sums
   */
  static Exact of(int from, int to, IntFunction<Dyadic> term) {
    Dyadic sum = Dyadic.ZERO;
    Dyadic magnitudes = Dyadic.ZERO;
    for (int i = from; i < to; i++) {
      Dyadic t = term.apply(i);
      if (t != null) {
        sum = sum.add(t);
        magnitudes = magnitudes.add(t.abs());
      }
    }
    return new Exact(sum, magnitudes);
  }

  /**
   * Asserts that {@code actual} is within {@code relative}·Σ|terms| (plus {@code 4·count} smallest
   * subnormals for products that underflow) of the exact sum, or is +∞/−∞ when the exact sum is
   * beyond the double range.
   */
  static void assertWithin(double actual, Exact exact, double relative, int count, Object what) {
    if (exact.sum.abs().compareTo(MAX) > 0) {
      assertThat(actual)
          .as("%s: exact sum %s overflows", what, exact.sum.approximate())
          .isEqualTo(exact.sum.signum() > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
      return;
    }
    assertThat(Double.isFinite(actual)).as("%s: %s is finite", what, actual).isTrue();
    Dyadic error = Dyadic.of(actual).subtract(exact.sum).abs();
    Dyadic bound =
        exact
            .sumOfMagnitudes
            .multiply(Dyadic.of(relative))
            .add(Dyadic.of(Double.MIN_VALUE).multiply(Dyadic.of(4.0 * count)));
    assertThat(error.compareTo(bound))
        .as(
            "%s: |%s - exact %s| = %s exceeds bound %s",
            what, actual, exact.sum.approximate(), error.approximate(), bound.approximate())
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
