package io.github.evalkit.benchmarks.baseline;

import java.util.Arrays;

/**
 * Regression metrics the way a user writes them by hand: one plain {@code double} accumulator per
 * sum, no compensation, no unrolling. This is the "naive loop" every regression table is compared
 * with.
 */
public final class NaiveRegression {

  /** The smallest denominator of MAPE, scikit-learn's {@code np.finfo(np.float64).eps}. */
  static final double EPSILON = Math.ulp(1.0);

  private NaiveRegression() {}

  /**
   * Mean squared error with one accumulator.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the mean squared error
   */
  public static double mse(double[] actual, double[] predicted) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      double d = actual[i] - predicted[i];
      sum += d * d;
    }
    return sum / actual.length;
  }

  /**
   * Mean absolute error with one accumulator.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the mean absolute error
   */
  public static double mae(double[] actual, double[] predicted) {
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      sum += Math.abs(actual[i] - predicted[i]);
    }
    return sum / actual.length;
  }

  /**
   * R² in two passes: the mean of the actual values, then both sums of squares.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return {@code 1 − SS_res/SS_tot}
   */
  public static double r2(double[] actual, double[] predicted) {
    double mean = mean(actual);
    double ssRes = 0;
    double ssTot = 0;
    for (int i = 0; i < actual.length; i++) {
      double d = actual[i] - predicted[i];
      double c = actual[i] - mean;
      ssRes += d * d;
      ssTot += c * c;
    }
    return 1 - ssRes / ssTot;
  }

  /**
   * Every figure of the report: a pass for the means, a pass for the sums, and a sorted copy of the
   * absolute errors for their median.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the figures
   */
  public static RegressionFigures report(double[] actual, double[] predicted) {
    int n = actual.length;
    double sumActual = 0;
    double sumResidual = 0;
    for (int i = 0; i < n; i++) {
      sumActual += actual[i];
      sumResidual += actual[i] - predicted[i];
    }
    double meanActual = sumActual / n;
    double meanResidual = sumResidual / n;
    double sse = 0;
    double sae = 0;
    double max = 0;
    double ssTot = 0;
    double ssResidualAboutMean = 0;
    double sumRelative = 0;
    double[] absolute = new double[n];
    for (int i = 0; i < n; i++) {
      double d = actual[i] - predicted[i];
      double a = Math.abs(d);
      double c = actual[i] - meanActual;
      double r = d - meanResidual;
      absolute[i] = a;
      sse += d * d;
      sae += a;
      max = Math.max(max, a);
      ssTot += c * c;
      ssResidualAboutMean += r * r;
      sumRelative += a / Math.max(Math.abs(actual[i]), EPSILON);
    }
    Arrays.sort(absolute);
    double median = n % 2 == 1 ? absolute[n / 2] : (absolute[n / 2 - 1] + absolute[n / 2]) / 2;
    double mse = sse / n;
    return new RegressionFigures(
        mse,
        Math.sqrt(mse),
        sae / n,
        1 - sse / ssTot,
        1 - ssResidualAboutMean / ssTot,
        max,
        median,
        sumRelative / n);
  }

  /**
   * Arithmetic mean with one accumulator.
   *
   * @param values the values
   * @return their mean
   */
  public static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
