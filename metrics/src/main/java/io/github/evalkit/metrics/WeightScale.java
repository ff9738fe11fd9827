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
   * The exponent E of the scale {@code 2^E} at which weights whose largest is {@code w} are held: 0
   * (the weights as given) when w lies within 2^±32 of 1, which keeps integer weights integers;
   * else w's own exponent, so that {@code w · 2^-E} lies in [1, 2), or for weights below 2^-1022 at
   * least 2^-52, since {@code 2^-E} must itself be a double.
   *
   * @param w a positive finite value
   * @return E, 0 or from -1022 to 1023
   */
  static int heldExponent(double w) {
    int exponent = Math.max(exponentOf(w), Double.MIN_EXPONENT);
    return Math.abs(exponent) <= TOLERATED_EXPONENT ? 0 : exponent;
  }

  /**
   * The weights, or a copy scaled by {@code 2^-heldExponent(max)} when that is not 1.
   *
   * @param weights finite weights {@code >= 0}, one of them positive; not modified
   * @return {@code weights} itself or a scaled copy
   */
  static double[] normalized(double[] weights) {
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    int exponent = heldExponent(max);
    if (exponent == 0) {
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
