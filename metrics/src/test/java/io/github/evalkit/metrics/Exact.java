package io.github.evalkit.metrics;

import java.math.BigDecimal;
import java.math.MathContext;

/** Reference values in exact (BigDecimal) arithmetic, rounded once to a double at the end. */
final class Exact {

  private static final MathContext DIGITS = new MathContext(40);

  private Exact() {}

  /** {@code Σ(y − ŷ)² / n}, exact but for the final division at 40 digits. */
  static BigDecimal mse(double[] actual, double[] predicted) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < actual.length; i++) {
      BigDecimal d = new BigDecimal(actual[i]).subtract(new BigDecimal(predicted[i]));
      sum = sum.add(d.multiply(d));
    }
    return sum.divide(BigDecimal.valueOf(actual.length), DIGITS);
  }

  /** {@code sqrt(Σ(y − ŷ)² / n)} to 40 digits, rounded to a double. */
  static double rmse(double[] actual, double[] predicted) {
    return mse(actual, predicted).sqrt(DIGITS).doubleValue();
  }

  /**
   * Whether the exact MSE lies in the normal range, where {@code sqrt(mse)} keeps full precision.
   */
  static boolean mseIsNormal(double[] actual, double[] predicted) {
    return mse(actual, predicted).compareTo(new BigDecimal(Double.MIN_NORMAL)) >= 0;
  }
}
