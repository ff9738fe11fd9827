package io.github.evalkit.benchmarks.kernels;

/**
 * The loops a user would write by hand: one accumulator, no compensation, no unrolling. They are
 * the baseline every kernel benchmark compares against.
 *
 * <p>Stateless and thread-safe.
 */
public final class NaiveLoops {

  private NaiveLoops() {}

  /**
   * Σ (a[i] − b[i])².
   *
   * @param a first array
   * @param b second array, same length
   * @return the sum
   */
  public static double sumOfSquaredDifferences(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return sum;
  }

  /**
   * Σ |a[i] − b[i]|.
   *
   * @param a first array
   * @param b second array, same length
   * @return the sum
   */
  public static double sumOfAbsoluteDifferences(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum;
  }

  /**
   * Σ x[i].
   *
   * @param x the values
   * @return the sum
   */
  public static double sum(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum;
  }

  /**
   * Number of NaN elements.
   *
   * @param x the values
   * @return the count
   */
  public static int countNaN(double[] x) {
    int n = 0;
    for (double v : x) {
      if (Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Mean of the non-NaN elements.
   *
   * @param x the values
   * @return the mean, NaN if there are none
   */
  public static double meanIgnoringNaN(double[] x) {
    double sum = 0;
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return sum / n;
  }

  /**
   * Copies {@code src} into {@code dst}, replacing NaN by {@code value}.
   *
   * @param src the values
   * @param value the replacement
   * @param dst receives the copy, same length
   * @return how many were replaced
   */
  public static int replaceNaN(double[] src, double value, double[] dst) {
    int n = 0;
    for (int i = 0; i < src.length; i++) {
      double v = src[i];
      if (Double.isNaN(v)) {
        dst[i] = value;
        n++;
      } else {
        dst[i] = v;
      }
    }
    return n;
  }

  /**
   * Forward fill in place, no limit.
   *
   * @param x the values, modified
   * @return how many were filled
   */
  public static int forwardFill(double[] x) {
    int filled = 0;
    double last = Double.NaN;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        if (!Double.isNaN(last)) {
          x[i] = last;
          filled++;
        }
      } else {
        last = x[i];
      }
    }
    return filled;
  }

  /**
   * Adds the (actual, predicted) pair counts to a row-major k×k table, checking each code.
   *
   * @param actual codes in [0, k)
   * @param predicted codes in [0, k), same length
   * @param k number of classes
   * @param counts the table, k·k long
   * @return {@code counts}
   * @throws IllegalArgumentException if a code is out of range
   */
  public static long[] countPairs(int[] actual, int[] predicted, int k, long[] counts) {
    for (int i = 0; i < actual.length; i++) {
      int a = actual[i];
      int p = predicted[i];
      if (a < 0 || a >= k || p < 0 || p >= k) {
        throw new IllegalArgumentException("code out of range at " + i);
      }
      counts[a * k + p]++;
    }
    return counts;
  }
}
