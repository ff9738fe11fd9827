package io.github.evalkit.imputation;

import java.util.OptionalDouble;

/**
 * An imputer fitted on training data, ready to fill any number of columns. Obtained from {@link
 * Imputer#fit(double[])} or {@link StatisticImputer#fitByGroup(double[], Object[])}.
 *
 * <p>Each {@code transform} returns a new array and leaves its input untouched. Cells that are not
 * missing are copied unchanged (bit for bit).
 *
 * <p>Immutable and safe to share between threads.
 */
public interface FittedImputer {

  /**
   * The strategy this imputer applies.
   *
   * @return the strategy
   */
  Strategy strategy();

  /**
   * The single value this imputer fills with: the fitted mean, median or mode of the training
   * values, or the constant. Empty for forward/backward fill and interpolation, whose fills depend
   * on neighbouring cells. For an imputer fitted per group it is the overall statistic, which
   * groups without a statistic of their own fall back to.
   *
   * @return the fill value, if there is one
   */
  OptionalDouble fillValue();

  /**
   * Fills the missing cells of {@code values}, treating the array as one series in its given order.
   *
   * @param values the values to fill; NaN (or the sentinel) means missing; not modified
   * @return a new array with the missing cells filled where this strategy can fill them
   * @throws IllegalArgumentException if {@code values} is null, or the imputer was fitted per group
   *     (which needs a panel) or interpolates by time (which needs a panel with a time axis)
   */
  double[] transform(double[] values);

  /**
   * Fills the missing cells of {@code values} as panel data: forward/backward fill and
   * interpolation work within each entity of {@code panel}, along its time order, and never carry a
   * value from one entity to another; an imputer fitted per group fills each cell with its entity's
   * statistic; a plain statistic ignores the panel. The result is in the original row order.
   *
   * @param values the values to fill, one per panel row; not modified
   * @param panel the entities and time order of the rows
   * @return a new array with the missing cells filled where this strategy can fill them
   * @throws IllegalArgumentException if an argument is null or the lengths differ, or the panel
   *     lacks the entity keys (per-group statistics) or the time axis (interpolation by time) the
   *     imputer needs
   */
  double[] transform(double[] values, Panel panel);

  /**
   * Like {@link #transform(double[], Panel)}, and also reports what was done: how many cells were
   * missing, imputed and left missing, and how many cells took a group fallback.
   *
   * @param values the values to fill, one per panel row; not modified
   * @param panel the entities and time order of the rows; {@code null} for one series in the given
   *     order
   * @return the filled values with their report
   * @throws IllegalArgumentException as {@link #transform(double[], Panel)} does
   */
  Imputed<double[]> impute(double[] values, Panel panel);
}
