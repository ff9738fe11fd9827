package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;

/**
 * Regression metrics over paired arrays of actual and predicted values.
 *
 * <p>Every method takes the actual values first, in the order scikit-learn uses ({@code y_true,
 * y_pred}). Inputs must be non-null, of equal, non-zero length and finite; otherwise an {@link
 * IllegalArgumentException} names the argument, the index and the value. Sums run on the
 * compensated kernels of {@code evalkit-core}, so results stay accurate on millions of rows and on
 * values with a large common offset.
 *
 * <p>Stateless and thread-safe; inputs are never modified.
 */
public final class RegressionMetrics {

  private RegressionMetrics() {}

  /**
   * Mean squared error, {@code mean((y − ŷ)²)}, in squared units of the target.
   *
   * @param actual the true values
   * @param predicted the predictions, same length
   * @return the mean squared error, never negative
   * @throws IllegalArgumentException on null, empty, mismatched or non-finite input
   */
  public static double mse(double[] actual, double[] predicted) {
    checkPairs(actual, predicted);
    return ArrayKernels.sumOfSquaredDifferences(actual, predicted) / actual.length;
  }

  /**
   * Root mean squared error, {@code sqrt(mse)}, in units of the target.
   *
   * @param actual the true values
   * @param predicted the predictions, same length
   * @return the root mean squared error, never negative
   * @throws IllegalArgumentException on null, empty, mismatched or non-finite input
   */
  public static double rmse(double[] actual, double[] predicted) {
    return Math.sqrt(mse(actual, predicted));
  }

  private static void checkPairs(double[] actual, double[] predicted) {
    Checks.sameLength("actual", actual, "predicted", predicted);
    if (actual.length == 0) {
      throw new IllegalArgumentException("actual and predicted are empty");
    }
    requireFinite("actual", actual);
    requireFinite("predicted", predicted);
  }

  private static void requireFinite(String name, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] is " + values[i] + "; metrics need finite values");
      }
    }
  }
}
