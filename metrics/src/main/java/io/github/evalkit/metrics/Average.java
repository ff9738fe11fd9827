package io.github.evalkit.metrics;

/**
 * How per-label scores are combined into one number, as scikit-learn's {@code average} parameter.
 *
 * <p>Immutable and thread-safe.
 */
public enum Average {
  /** Plain mean over labels; undefined ({@code NaN}) entries are left out. */
  MACRO,
  /**
   * Mean weighted by support (the number of actual occurrences of each label); undefined entries
   * are left out and the remaining weights renormalised.
   */
  WEIGHTED,
  /**
   * Computed from the pooled counts of all labels. For single-label data, micro precision, recall
   * and F-scores all equal accuracy.
   */
  MICRO
}
