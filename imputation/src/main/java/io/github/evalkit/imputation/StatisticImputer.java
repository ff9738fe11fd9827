package io.github.evalkit.imputation;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Fills every missing cell with one value: the mean, median or mode of the training values, or a
 * constant. The scikit-learn counterpart is {@code SimpleImputer(strategy=...)}; the pandas one is
 * {@code test.fillna(train.mean())} (or {@code .median()}, {@code .mode().min()}, a constant).
 *
 * <ul>
 *   <li>mean: compensated sum of the non-missing values over their count (a sum that would overflow
 *       is rescaled, so {@code [1e308, 1e308]} has mean {@code 1e308}), kept within the smallest
 *       and largest value, so a constant column has that constant as its mean (also {@code 0.1},
 *       whose plain mean {@code (0.1 + 0.1 + 0.1) / 3} is {@code 0.10000000000000002}); infinite
 *       values count as values, and a mean of both +∞ and −∞ is an error.
 *   <li>median: the middle value; an even count takes the mean of the two middle values.
 *   <li>mode: the most frequent value, ties broken by the smallest; values compare with {@code ==}
 *       ({@code -0.0} and {@code 0.0} are one value, reported as {@code -0.0} when it occurs).
 *   <li>constant: the given value; no training value is needed.
 * </ul>
 *
 * <p>{@link #fitByGroup(double[], Object[])} fits one statistic per entity, with the overall
 * statistic as the fallback for entities that have no valid training value.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatisticImputer implements Imputer {

  private final Strategy strategy;
  private final double constant;
  private final double sentinel;

  private StatisticImputer(Strategy strategy, double constant, double sentinel) {
    this.strategy = strategy;
    this.constant = constant;
    this.sentinel = sentinel;
  }

  static StatisticImputer of(Strategy strategy) {
    return new StatisticImputer(strategy, Double.NaN, Double.NaN);
  }

  static StatisticImputer constant(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(
          "constant = NaN: NaN means missing and cannot be a fill value");
    }
    return new StatisticImputer(Strategy.CONSTANT, value, Double.NaN);
  }

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public StatisticImputer withMissingValue(double sentinel) {
    return new StatisticImputer(strategy, constant, Cells.checkSentinel(sentinel));
  }

  @Override
  public FittedImputer fit(double[] train) {
    double[] w = Cells.missingAsNaNToRead("train", train, sentinel); // read only
    return new FittedStatistic(strategy, overall(w, "train"), sentinel, null);
  }

  /**
   * Fits one statistic per entity: each group's mean, median or mode of its own non-missing
   * training values (pandas {@code df.groupby("id")["x"].transform("mean")}). Applied with {@link
   * FittedImputer#transform(double[], Panel)}, each missing cell takes its entity's statistic; an
   * entity with no valid training value, or absent from the training data, takes the overall
   * statistic of {@code train}, and the report counts those cells in {@link
   * ImputationReport#groupFallbacks()}. A constant imputer ignores the groups.
   *
   * @param train the training values; NaN (or the sentinel) means missing; not modified
   * @param groups the entity key of each training row (compared with {@code equals}); no nulls
   * @return the fitted imputer; its {@link FittedImputer#fillValue()} is the overall statistic
   * @throws IllegalArgumentException if an argument is null, the lengths differ, a group key is
   *     null, {@code train} has no non-missing value, or the statistic of {@code train} or of a
   *     group is NaN (its values hold both +Infinity and -Infinity)
   */
  public FittedImputer fitByGroup(double[] train, Object[] groups) {
    double[] w = Cells.missingAsNaNToRead("train", train, sentinel); // read only
    Checks.notNull("groups", groups);
    if (groups.length != w.length) {
      throw new IllegalArgumentException(
          "train and groups lengths differ: " + w.length + " != " + groups.length);
    }
    double overall = overall(w, "train");
    if (strategy == Strategy.CONSTANT) {
      return new FittedStatistic(strategy, overall, sentinel, null);
    }
    Panel panel = Panel.byEntity(groups, "groups");
    int[] slots = panel.slots();
    double[] buf = new double[w.length];
    for (int k = 0; k < slots.length; k++) {
      buf[k] = w[slots[k]];
    }
    Map<Object, Double> perGroup = new HashMap<>();
    for (int g = 0; g < panel.groupCount(); g++) {
      int from = panel.groupStart(g);
      int to = panel.groupStart(g + 1);
      double s = Statistics.of(strategy, buf, from, to);
      if (!Double.isNaN(s)) {
        perGroup.put(panel.groupKey(g), s);
      } else if (ArrayKernels.countNaN(buf, from, to) < to - from) {
        // Valid values, but ±Infinity both: no statistic, which the overall one must not hide.
        throw infinitiesBoth("group '" + panel.groupKey(g) + "' of train");
      }
    }
    return new FittedStatistic(strategy, overall, sentinel, perGroup);
  }

  /**
   * The constant of a {@code constant} imputer.
   *
   * @return the constant, empty for mean, median and mode
   */
  public OptionalDouble constantValue() {
    return strategy == Strategy.CONSTANT ? OptionalDouble.of(constant) : OptionalDouble.empty();
  }

  private double overall(double[] w, String name) {
    if (strategy == Strategy.CONSTANT) {
      return constant;
    }
    double s = Statistics.of(strategy, w, 0, w.length);
    if (Double.isNaN(s)) {
      if (Cells.countNaN(w) == w.length) {
        throw Cells.nothingToFit(strategy, name, w.length);
      }
      throw infinitiesBoth(name);
    }
    return s;
  }

  private IllegalArgumentException infinitiesBoth(String what) {
    String statistic = strategy.cliName();
    return new IllegalArgumentException(
        "cannot fit "
            + statistic
            + ": "
            + what
            + " holds both +Infinity and -Infinity, so its "
            + statistic
            + " is NaN");
  }

  @Override
  public String toString() {
    return strategy == Strategy.CONSTANT
        ? "constant(" + constant + ")"
        : strategy.cliName() + (Double.isNaN(sentinel) ? "" : ", missing=" + sentinel);
  }
}
