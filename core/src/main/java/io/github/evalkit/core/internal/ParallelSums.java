package io.github.evalkit.core.internal;

import java.util.stream.IntStream;

/**
 * Splits a long range into fixed-size chunks, sums the chunks on the common fork/join pool with the
 * provider's compensated kernel, and merges the partial sums with {@link CompensatedSums#sum} in
 * chunk order. The chunk size does not depend on the number of threads, so the result is the same
 * on every machine with the same provider. A merged result that is not finite is replaced by the
 * sequential kernel's over the whole range (a second pass only then), so NaN and ±∞ are those of
 * the sequential kernel.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParallelSums {

  /** Ranges shorter than this run sequentially: below it the fork/join overhead does not pay. */
  public static final int THRESHOLD = 1 << 20;

  /** Elements per chunk: 128 Ki doubles, 1 MiB per array, small enough to balance two cores. */
  static final int CHUNK = 1 << 17;

  private ParallelSums() {}

  /** A compensated sum over a sub-range. */
  @FunctionalInterface
  public interface RangeSum {
    /**
     * Sums the range.
     *
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @return the compensated sum over the range
     */
    double sum(int from, int to);
  }

  /**
   * Sums {@code [from, to)} in parallel chunks when the range is at least {@link #THRESHOLD} long.
   *
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @param kernel the sequential kernel applied to each chunk
   * @return the merged compensated sum
   */
  public static double sum(int from, int to, RangeSum kernel) {
    int n = to - from;
    if (n < THRESHOLD) {
      return kernel.sum(from, to);
    }
    int chunks = (int) (((long) n + CHUNK - 1) / CHUNK);
    double[] partial = new double[chunks];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            k -> {
              // k * CHUNK < n, so lo < to; lo + CHUNK could pass Integer.MAX_VALUE, to - lo cannot.
              int lo = from + k * CHUNK;
              partial[k] = kernel.sum(lo, lo + Math.min(CHUNK, to - lo));
            });
    double r = CompensatedSums.sum(partial, 0, chunks);
    // Chunk sums that overflow to +∞ and −∞ would merge to NaN where the plain loop stays at ±∞:
    // a result that is not finite is the sequential kernel's, recomputed only then.
    return Double.isFinite(r) ? r : kernel.sum(from, to);
  }
}
