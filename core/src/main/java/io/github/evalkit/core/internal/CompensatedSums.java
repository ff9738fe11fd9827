package io.github.evalkit.core.internal;

/**
 * Error-free transformations and the compensated combination of partial sums, shared by the
 * providers.
 *
 * <p>{@link #twoSumError} is Knuth's TwoSum (TAOCP vol. 2, section 4.2.2, theorem B; also Ogita,
 * Rump and Oishi 2005, "Accurate sum and dot product", SIAM J. Sci. Comput. 26(6),
 * doi:10.1137/030601818): for {@code t = a + b} rounded, {@code a + b = t + twoSumError(a, b, t)}
 * exactly, whatever the magnitudes and signs (barring overflow). Accumulating those errors
 * separately and adding them once at the end is Ogita–Rump–Oishi's {@code Sum2}, equivalent to
 * Neumaier's improved Kahan–Babuška summation (Neumaier 1974, ZAMM 54).
 *
 * <p>Stateless and thread-safe.
 */
public final class CompensatedSums {

  private CompensatedSums() {}

  /**
   * The rounding error of {@code t = a + b}: {@code a + b − t}, exactly (Knuth's TwoSum, six
   * floating-point operations, no branch).
   *
   * @param a first addend
   * @param b second addend
   * @param t the rounded sum {@code a + b}
   * @return the exact rounding error of {@code t}
   */
  public static double twoSumError(double a, double b, double t) {
    double z = t - a;
    return (a - (t - z)) + (b - z);
  }

  /**
   * Adds {@code values[from..to)} in index order with TwoSum and a separate error accumulator
   * ({@code Sum2}): the result is as accurate as if computed in twice the working precision and
   * then rounded. Used to merge per-chunk partial sums; allocates nothing.
   *
   * @param values partial sums (and, optionally, their corrections as further elements)
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the compensated sum; the plain sum when that is not finite
   */
  public static double sum(double[] values, int from, int to) {
    double s = 0;
    double c = 0;
    for (int i = from; i < to; i++) {
      double x = values[i];
      double t = s + x;
      c += twoSumError(s, x, t);
      s = t;
    }
    double r = s + c;
    return Double.isFinite(r) ? r : s;
  }
}
