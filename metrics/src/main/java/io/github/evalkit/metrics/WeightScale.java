package io.github.evalkit.metrics;

/**
 * Powers of two that bring sample weights near 1. A product with a subnormal weight loses digits (a
 * weight of 4.9e-324 times 2.25 rounds to 2 ulps), and sums of weights near the largest double
 * overflow; yet no weighted figure depends on the scale of the weights, and multiplying by a power
 * of two is exact. So the weighted paths hold weights scaled this way.
 *
 * <p>Stateless and thread-safe.
 */
final class WeightScale {

  /** Weights whose largest lies within 2^±this of 1 are used as they are. */
  private static final int TOLERATED_EXPONENT = 32;

  private WeightScale() {}

  /**
   * The binary exponent of a positive finite value, {@code floor(log2 w)}, subnormals included
   * (where {@link Math#getExponent} answers -1023 for all of them).
   *
   * @param w a positive finite value
   * @return its exponent, from -1074 to 1023
   */
  static int exponentOf(double w) {
    return w >= Double.MIN_NORMAL ? Math.getExponent(w) : Math.getExponent(w * 0x1p54) - 54;
  }

  /**
   * The exponent E by which to scale a largest weight {@code w}: {@code w · 2^-E} lies in [1, 2),
   * or for weights below 2^-1022 at least 2^-52, since 2^-E must itself be a double.
   *
   * @param w a positive finite value
   * @return E, from -1022 to 1023
   */
  static int scaleExponent(double w) {
    return Math.max(exponentOf(w), Double.MIN_EXPONENT);
  }

  /**
   * The weights, or a copy scaled by a power of two so that the largest lies in [1, 2) when it is
   * outside [2^-32, 2^32].
   *
   * @param weights finite weights {@code >= 0}, one of them positive; not modified
   * @return {@code weights} itself or a scaled copy
   */
  static double[] normalized(double[] weights) {
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    int exponent = scaleExponent(max);
    if (Math.abs(exponent) <= TOLERATED_EXPONENT) {
      return weights;
    }
    double factor = Math.scalb(1.0, -exponent);
    double[] held = new double[weights.length];
    for (int i = 0; i < held.length; i++) {
      held[i] = weights[i] * factor;
    }
    return held;
  }
}
