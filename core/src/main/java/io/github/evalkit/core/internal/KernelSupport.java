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
}
