package io.github.evalkit.imputation;

/**
 * An immutable configuration for filling missing values in a numeric column: what to fill with, not
 * yet fitted to any data. Obtain one from {@link Imputers}, refine it with the {@code with...}
 * methods (each returns a new configuration), then {@link #fit(double[])} it on training data.
 *
 * <pre>{@code
 * double[] filled = Imputers.mean().fit(train).transform(test);
 * }</pre>
 *
 * <p>Keeping {@code fit} and {@code transform} apart is what keeps test data out of training
 * statistics: the fitted imputer remembers only what it learned from {@code train}.
 *
 * <p>Missing means {@code NaN}, and also the sentinel set by {@link #withMissingValue(double)}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Imputer {

  /**
   * The strategy this imputer applies.
   *
   * @return the strategy
   */
  Strategy strategy();

  /**
   * A copy of this configuration that also treats cells equal to {@code sentinel} (compared with
   * {@code ==}, so {@code 0.0} and {@code -0.0} are the same) as missing, like scikit-learn's
   * {@code SimpleImputer(missing_values=-999)}. A sentinel cell that is filled takes the fill; one
   * left unfilled keeps the sentinel. Passing {@code NaN} declares no sentinel.
   *
   * @param sentinel the value that marks a missing cell, e.g. {@code -999}
   * @return the new configuration
   * @throws IllegalArgumentException if {@code sentinel} is infinite
   */
  Imputer withMissingValue(double sentinel);

  /**
   * Fits this imputer on training data. Statistic strategies compute their fill value from the
   * non-missing training values; fill strategies (forward/backward fill, interpolation) learn
   * nothing from the data except for a configured fallback, which is fitted on {@code train}.
   * {@code train} is not modified.
   *
   * @param train the training values; NaN (or the sentinel) means missing
   * @return the fitted imputer, immutable and thread-safe
   * @throws IllegalArgumentException if {@code train} is null, or a statistic strategy has no
   *     non-missing value to fit on, or the statistic is undefined (a mean of +∞ and −∞)
   */
  FittedImputer fit(double[] train);
}
