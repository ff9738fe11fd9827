package io.github.evalkit.core.internal;

/**
 * The kernels that a provider implements. Implementations check nothing: the facade {@link
 * io.github.evalkit.core.ArrayKernels} validates arguments before calling them. Every method works
 * on the half-open range {@code [from, to)} and allocates nothing.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface KernelSupport {

  /**
   * Names this provider.
   *
   * @return e.g. {@code "scalar"} or {@code "vector(256 bits, 4 lanes)"}
   */
  String name();

  /**
   * Σ (a[i] − b[i])² over the range, with compensated summation; 0 for an empty range.
   *
   * @param a first array
   * @param b second array, at least as long as {@code to}
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of squared differences
   */
  double sumOfSquaredDifferences(double[] a, double[] b, int from, int to);

  /** Σ x[i], compensated; NaN if any element is NaN. */
  double sum(double[] x, int from, int to);

  /** Σ (x[i] − shift)², compensated: the second pass of a two-pass variance. */
  double sumOfSquaresAbout(double[] x, double shift, int from, int to);

  /** Σ |a[i] − b[i]|, compensated. */
  double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to);

  /** Σ w[i]·(a[i] − b[i])², compensated. */
  double weightedSumOfSquaredDifferences(double[] a, double[] b, double[] w, int from, int to);

  /** Σ w[i]·|a[i] − b[i]|, compensated. */
  double weightedSumOfAbsoluteDifferences(double[] a, double[] b, double[] w, int from, int to);

  /** Σ w[i]·x[i], compensated. */
  double weightedSum(double[] x, double[] w, int from, int to);

  /** max |a[i] − b[i]|; 0 for an empty range, NaN if any difference is NaN. */
  double maxAbsoluteDifference(double[] a, double[] b, int from, int to);

  /**
   * One fused pass over d = a[i] − b[i]: out[0] = Σ d², out[1] = Σ |d|, out[2] = max |d|, out[3] =
   * Σ d, out[4] = Σ a[i]; sums compensated.
   */
  void errorMoments(double[] a, double[] b, int from, int to, double[] out);

  /** Number of NaN elements. */
  int countNaN(double[] x, int from, int to);

  /** Index of the first NaN in the range, or −1. */
  int indexOfNaN(double[] x, int from, int to);

  /** out[0] = Σ of the non-NaN elements (compensated), out[1] = their count. */
  void sumAndCountIgnoringNaN(double[] x, int from, int to, double[] out);

  /** dst[i] = isNaN(src[i]) ? value : src[i] over the range; returns the number replaced. */
  int replaceNaN(double[] src, double value, double[] dst, int from, int to);

  /** Smallest non-NaN element, or NaN if there is none; −0.0 is smaller than 0.0. */
  double minIgnoringNaN(double[] x, int from, int to);

  /** Largest non-NaN element, or NaN if there is none; 0.0 is larger than −0.0. */
  double maxIgnoringNaN(double[] x, int from, int to);

  /**
   * In place: each NaN takes the last earlier non-NaN value of the range, filling at most {@code
   * limit} cells of each run of NaN; returns the number filled.
   */
  int forwardFill(double[] x, int from, int to, int limit);

  /**
   * In place: each NaN takes the next later non-NaN value of the range, filling at most the last
   * {@code limit} cells of each run of NaN; returns the number filled.
   */
  int backwardFill(double[] x, int from, int to, int limit);

  /**
   * Adds the pair counts of the range to {@code counts} (row-major k×k, rows = actual): counts[a[i]
   * * k + p[i]]++. Returns −1 when every code is in [0, k), else the index of the first code out of
   * range, in which case {@code counts} is left exactly as it was.
   */
  int countPairs(int[] actual, int[] predicted, int from, int to, int k, long[] counts);
}
