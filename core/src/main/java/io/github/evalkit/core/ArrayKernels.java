package io.github.evalkit.core;

import io.github.evalkit.core.internal.KernelProvider;
import io.github.evalkit.core.internal.KernelSupport;

/**
 * Kernels over {@code double[]} ranges: the fast, accurate loops under evalkit's metrics and
 * imputers.
 *
 * <p>Each method checks its arguments, then delegates to the provider chosen once at start-up (see
 * {@link #providerName()}). Sums are compensated, so their error does not grow with the length of
 * the input the way a plain loop's does. Methods never allocate and never modify their inputs.
 *
 * <p>Ranges are half-open, {@code [from, to)}; an index outside the array throws {@link
 * IndexOutOfBoundsException} with the range in its message. A {@code null} array or arrays of
 * different lengths throw {@link IllegalArgumentException} naming the argument.
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
}
