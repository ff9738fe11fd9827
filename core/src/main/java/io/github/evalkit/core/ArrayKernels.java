package io.github.evalkit.core;

import io.github.evalkit.core.internal.KernelProvider;
import io.github.evalkit.core.internal.KernelSupport;
import io.github.evalkit.core.internal.ParallelSums;

/**
 * Kernels over {@code double[]} and {@code int[]} ranges: the fast, accurate loops under evalkit's
 * metrics and imputers.
 *
 * <p>Each method checks its arguments, then delegates to the provider chosen once at start-up (see
 * {@link #providerName()}): the Java Vector API provider when the JVM runs with {@code
 * --add-modules jdk.incubator.vector}, else the scalar one. Both compute the same results within
 * the bounds below.
 *
 * <p><b>Accuracy.</b> Sums are compensated (blocked TwoSum/{@code Sum2}, see the package
 * documentation): for sums of non-negative terms (squared and absolute differences) the relative
 * error is below 1e-15 at any length; for signed sums the error is at most 2·eps·Σ|termᵢ| (eps =
 * 2⁻⁵²), so the mean of 10 million values near 1e9 is right to the last bit or two. A NaN term
 * gives NaN; an infinite term or an overflow gives the infinity (or NaN) that the plain loop gives.
 * Only an overflow that the kernel's own order of additions meets is seen: finite terms near {@link
 * Double#MAX_VALUE} whose sum is finite may give that sum where the plain loop overflows, and may
 * give ±∞ with one provider or vector width and the finite sum with another.
 *
 * <p>Ranges are half-open, {@code [from, to)}; an index outside the array throws {@link
 * IndexOutOfBoundsException} with the range in its message. A {@code null} array or arrays of
 * different lengths throw {@link IllegalArgumentException} naming the argument. The sequential
 * kernels never allocate and never modify their inputs, except the fills, which work in place as
 * documented.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArrayKernels {

  private static final KernelSupport IMPL = KernelProvider.get();

  private ArrayKernels() {}

  /**
   * Names the provider in use: {@code "scalar"}, or {@code "vector(...)"} with the vector width.
   * Run the JVM with {@code --add-modules jdk.incubator.vector} to get the vector provider; set
   * {@code -Devalkit.vectorization=scalar} to force the scalar one.
   *
   * @return the provider's name
   */
  public static String providerName() {
    return IMPL.name();
  }

  /**
   * Σ (a[i] − b[i])² over all elements, with compensated summation. NaN in either array gives NaN;
   * an infinite difference gives +∞. Empty arrays give 0.
   *
   * @param a first array, e.g. actual values
   * @param b second array of the same length, e.g. predictions
   * @return the sum of squared differences, never negative
   * @throws IllegalArgumentException if an array is null or the lengths differ
   */
  public static double sumOfSquaredDifferences(double[] a, double[] b) {
    Checks.sameLength("a", a, "b", b);
    return IMPL.sumOfSquaredDifferences(a, b, 0, a.length);
  }

  /**
   * Σ (a[i] − b[i])² over {@code [from, to)}; see {@link #sumOfSquaredDifferences(double[],
   * double[])}.
   *
   * @param a first array
   * @param b second array of the same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of squared differences over the range
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    Checks.sameLength("a", a, "b", b);
    Checks.range(from, to, a.length);
    return IMPL.sumOfSquaredDifferences(a, b, from, to);
  }

  /**
   * Opt-in parallel {@link #sumOfSquaredDifferences(double[], double[], int, int)} for long ranges:
   * from {@value #PARALLEL_THRESHOLD} elements on, fixed chunks of the range are summed on the
   * common {@link java.util.concurrent.ForkJoinPool} and the partial sums are merged with
   * compensation, so the result keeps the sequential kernel's accuracy bound and does not depend on
   * the number of threads. A result that is not finite (NaN, ±∞) is the sequential kernel's, which
   * is then run over the whole range. Shorter ranges run sequentially. Allocates a little per call
   * (the partial sums and the stream), unlike the sequential kernels.
   *
   * @param a first array
   * @param b second array of the same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of squared differences over the range
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double parallelSumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    Checks.sameLength("a", a, "b", b);
    Checks.range(from, to, a.length);
    return ParallelSums.sum(from, to, (lo, hi) -> IMPL.sumOfSquaredDifferences(a, b, lo, hi));
  }

  /**
   * Opt-in parallel {@link #sum(double[], int, int)} for long ranges, chunked and merged like
   * {@link #parallelSumOfSquaredDifferences}.
   *
   * @param x the values
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static double parallelSum(double[] x, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return ParallelSums.sum(from, to, (lo, hi) -> IMPL.sum(x, lo, hi));
  }

  /** Ranges at least this long are split by the parallel kernels; shorter ones run sequentially. */
  public static final int PARALLEL_THRESHOLD = ParallelSums.THRESHOLD;

  /**
   * Σ x[i] over {@code [from, to)}, compensated (blocked {@code Sum2}: TwoSum with a separate error
   * term, Ogita, Rump and Oishi 2005): the error is at most 2·eps·Σ|x[i]|, independent of the
   * length. NaN if any element is NaN, ±∞ as IEEE 754 gives it for infinite elements or overflow; 0
   * for an empty range.
   *
   * @param x the values
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static double sum(double[] x, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return IMPL.sum(x, from, to);
  }

  /**
   * Σ (x[i] − shift)² over {@code [from, to)}, compensated: the second pass of a two-pass variance
   * (pass the mean as {@code shift}).
   *
   * @param x the values
   * @param shift the value subtracted from each element, typically the mean
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of squares about {@code shift}, never negative (NaN if an element is NaN)
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static double sumOfSquaresAbout(double[] x, double shift, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return IMPL.sumOfSquaresAbout(x, shift, from, to);
  }

  /**
   * Σ |a[i] − b[i]| over {@code [from, to)}, compensated.
   *
   * @param a first array
   * @param b second array of the same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of absolute differences, never negative (NaN if a difference is NaN)
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    Checks.sameLength("a", a, "b", b);
    Checks.range(from, to, a.length);
    return IMPL.sumOfAbsoluteDifferences(a, b, from, to);
  }

  /**
   * Σ w[i]·(a[i] − b[i])² over {@code [from, to)}, compensated. Weights are not checked here.
   *
   * @param a first array
   * @param b second array of the same length
   * @param w weights, same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the weighted sum of squared differences
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double weightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    Checks.sameLength("a", a, "b", b);
    Checks.sameLength("a", a, "w", w);
    Checks.range(from, to, a.length);
    return IMPL.weightedSumOfSquaredDifferences(a, b, w, from, to);
  }

  /**
   * Σ w[i]·|a[i] − b[i]| over {@code [from, to)}, compensated. Weights are not checked here.
   *
   * @param a first array
   * @param b second array of the same length
   * @param w weights, same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the weighted sum of absolute differences
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double weightedSumOfAbsoluteDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    Checks.sameLength("a", a, "b", b);
    Checks.sameLength("a", a, "w", w);
    Checks.range(from, to, a.length);
    return IMPL.weightedSumOfAbsoluteDifferences(a, b, w, from, to);
  }

  /**
   * Σ w[i]·x[i] over {@code [from, to)}, compensated.
   *
   * @param x the values
   * @param w weights, same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the weighted sum
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double weightedSum(double[] x, double[] w, int from, int to) {
    Checks.sameLength("x", x, "w", w);
    Checks.range(from, to, x.length);
    return IMPL.weightedSum(x, w, from, to);
  }

  /**
   * max |a[i] − b[i]| over {@code [from, to)}; 0 for an empty range, NaN if any difference is NaN.
   *
   * @param a first array
   * @param b second array of the same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the largest absolute difference
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static double maxAbsoluteDifference(double[] a, double[] b, int from, int to) {
    Checks.sameLength("a", a, "b", b);
    Checks.range(from, to, a.length);
    return IMPL.maxAbsoluteDifference(a, b, from, to);
  }

  /** Length of the array {@link #errorMoments} writes into. */
  public static final int ERROR_MOMENTS_LENGTH = 5;

  /** Index of Σ d² in the output of {@link #errorMoments}. */
  public static final int SUM_SQUARED = 0;

  /** Index of Σ |d| in the output of {@link #errorMoments}. */
  public static final int SUM_ABSOLUTE = 1;

  /** Index of max |d| in the output of {@link #errorMoments}. */
  public static final int MAX_ABSOLUTE = 2;

  /** Index of Σ d in the output of {@link #errorMoments}. */
  public static final int SUM_DIFFERENCE = 3;

  /** Index of Σ a in the output of {@link #errorMoments}. */
  public static final int SUM_FIRST = 4;

  /**
   * One fused pass over the differences d = a[i] − b[i] of {@code [from, to)}, for reports that
   * need several error sums: writes Σ d², Σ |d|, max |d|, Σ d and Σ a[i] into {@code out} at the
   * indices {@link #SUM_SQUARED}, {@link #SUM_ABSOLUTE}, {@link #MAX_ABSOLUTE}, {@link
   * #SUM_DIFFERENCE} and {@link #SUM_FIRST}. Sums are compensated. Nothing is allocated.
   *
   * @param a first array, e.g. actual values
   * @param b second array of the same length, e.g. predictions
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param out receives the results; at least {@link #ERROR_MOMENTS_LENGTH} long, and not one of
   *     the input arrays
   * @throws IllegalArgumentException if an array is null, the lengths differ or {@code out} is too
   *     short
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static void errorMoments(double[] a, double[] b, int from, int to, double[] out) {
    Checks.sameLength("a", a, "b", b);
    Checks.range(from, to, a.length);
    Checks.minLength("out", out, ERROR_MOMENTS_LENGTH);
    IMPL.errorMoments(a, b, from, to, out);
  }

  /**
   * Counts the NaN elements of {@code [from, to)}.
   *
   * @param x the values
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return how many elements are NaN
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static int countNaN(double[] x, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return IMPL.countNaN(x, from, to);
  }

  /**
   * Finds the first NaN in {@code [from, to)}.
   *
   * @param x the values
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the index of the first NaN, or −1 if there is none
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static int indexOfNaN(double[] x, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return IMPL.indexOfNaN(x, from, to);
  }

  /**
   * In one pass, the compensated sum and the count of the non-NaN elements of {@code [from, to)}:
   * {@code out[0]} = the sum (0 if there are none), {@code out[1]} = the count. Infinite values
   * count as values.
   *
   * @param x the values; NaN means missing
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param out receives sum and count; at least 2 long, and not {@code x}
   * @throws IllegalArgumentException if {@code x} is null or {@code out} is too short
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static void sumAndCountIgnoringNaN(double[] x, int from, int to, double[] out) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    Checks.minLength("out", out, 2);
    IMPL.sumAndCountIgnoringNaN(x, from, to, out);
  }

  /**
   * Copies {@code [from, to)} of {@code src} into the same positions of {@code dst}, replacing each
   * NaN by {@code value}. {@code dst} may be {@code src} to replace in place.
   *
   * @param src the values; NaN means missing
   * @param value the replacement
   * @param dst receives the copy; same length as {@code src}
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return how many elements were replaced
   * @throws IllegalArgumentException if an array is null or the lengths differ
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static int replaceNaN(double[] src, double value, double[] dst, int from, int to) {
    Checks.sameLength("src", src, "dst", dst);
    Checks.range(from, to, src.length);
    return IMPL.replaceNaN(src, value, dst, from, to);
  }

  /**
   * The smallest non-NaN element of {@code [from, to)}, ordering −0.0 before 0.0.
   *
   * @param x the values; NaN means missing
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the minimum, or NaN if every element is NaN or the range is empty
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static double minIgnoringNaN(double[] x, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return IMPL.minIgnoringNaN(x, from, to);
  }

  /**
   * The largest non-NaN element of {@code [from, to)}, ordering 0.0 after −0.0.
   *
   * @param x the values; NaN means missing
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the maximum, or NaN if every element is NaN or the range is empty
   * @throws IllegalArgumentException if {@code x} is null
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static double maxIgnoringNaN(double[] x, int from, int to) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    return IMPL.maxIgnoringNaN(x, from, to);
  }

  /**
   * Forward fill <em>in place</em>: each NaN in {@code [from, to)} takes the last earlier non-NaN
   * value of the range; of each run of consecutive NaN, at most the first {@code limit} cells are
   * filled (pandas' {@code ffill(limit=...)}). Leading NaN stay NaN.
   *
   * @param x the values, modified in place; NaN means missing
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param limit at most this many cells of each run are filled; {@link Integer#MAX_VALUE} for no
   *     limit
   * @return how many cells were filled
   * @throws IllegalArgumentException if {@code x} is null or {@code limit < 1}
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static int forwardFill(double[] x, int from, int to, int limit) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    Checks.positive("limit", limit);
    return IMPL.forwardFill(x, from, to, limit);
  }

  /**
   * Backward fill <em>in place</em>: each NaN in {@code [from, to)} takes the next later non-NaN
   * value of the range; of each run of consecutive NaN, at most the last {@code limit} cells are
   * filled (pandas' {@code bfill(limit=...)}). Trailing NaN stay NaN.
   *
   * @param x the values, modified in place; NaN means missing
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param limit at most this many cells of each run are filled; {@link Integer#MAX_VALUE} for no
   *     limit
   * @return how many cells were filled
   * @throws IllegalArgumentException if {@code x} is null or {@code limit < 1}
   * @throws IndexOutOfBoundsException if the range is not within {@code x}
   */
  public static int backwardFill(double[] x, int from, int to, int limit) {
    Checks.notNull("x", x);
    Checks.range(from, to, x.length);
    Checks.positive("limit", limit);
    return IMPL.backwardFill(x, from, to, limit);
  }

  /**
   * Adds the (actual, predicted) pair counts of {@code [from, to)} to a k×k confusion table stored
   * row-major ({@code counts[actual * k + predicted]}, rows = actual). The range check of the codes
   * runs in the same pass: a code outside {@code [0, k)} throws, naming the argument, the index and
   * the value, and leaves {@code counts} as it was.
   *
   * @param actual class codes of the true labels
   * @param predicted class codes of the predictions, same length
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param k number of classes, at least 1
   * @param counts the table to add to, at least k·k long
   * @throws IllegalArgumentException if an array is null, the lengths differ, {@code k < 1}, {@code
   *     counts} is too short, or a code is out of range
   * @throws IndexOutOfBoundsException if the range is not within the arrays
   */
  public static void countPairs(
      int[] actual, int[] predicted, int from, int to, int k, long[] counts) {
    Checks.sameLength("actual", actual, "predicted", predicted);
    Checks.range(from, to, actual.length);
    Checks.positive("k", k);
    Checks.notNull("counts", counts);
    if ((long) k * k > counts.length) {
      throw new IllegalArgumentException(
          "counts has length " + counts.length + " but k*k = " + (long) k * k);
    }
    int bad = IMPL.countPairs(actual, predicted, from, to, k, counts);
    if (bad >= 0) {
      throw Checks.codeOutOfRange(actual, predicted, bad, k);
    }
  }
}
