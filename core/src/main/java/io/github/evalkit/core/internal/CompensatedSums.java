package io.github.evalkit.core.internal;

/**
 * Helpers shared by the providers for combining compensated partial sums.
 *
 * <p>Stateless and thread-safe.
 */
public final class CompensatedSums {

  private CompensatedSums() {}

  /**
   * Adds partial sums and their corrections in a fixed order with Neumaier's algorithm, so that the
   * combination loses nothing the lanes kept.
   *
   * @param parts pairs of (sum, correction) laid out flat
   * @return the combined sum
   */
  public static double combine(double... parts) {
    double sum = 0;
    double c = 0;
    for (double x : parts) {
      double t = sum + x;
      if (Math.abs(sum) >= Math.abs(x)) {
        c += (sum - t) + x;
      } else {
        c += (x - t) + sum;
      }
      sum = t;
    }
    return sum + c;
  }
}
