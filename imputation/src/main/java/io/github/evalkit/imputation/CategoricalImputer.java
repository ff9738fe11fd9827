package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable configuration for filling missing values in a categorical column ({@code String[]}
 * or any {@code T[]}, where {@code null} means missing): the mode, a constant, forward fill or
 * backward fill. Mean, median and interpolation need numbers and live in {@link Imputers}.
 *
 * <pre>{@code
 * String[] filled = CategoricalImputer.<String>mode().fit(trainCities).transform(testCities);
 * // pandas: test.fillna(train.mode().min())
 * }</pre>
 *
 * <p>Categories are compared with {@code equals}. The mode is the most frequent category; ties go
 * to the smallest in natural order ({@link #mode()}) or in a given order ({@link
 * #mode(Comparator)}). Forward and backward fill follow pandas ({@code s.ffill(limit=n)}), within
 * each entity of a {@link Panel} when one is given.
 *
 * <p>Immutable and thread-safe (given immutable categories such as strings).
 *
 * @param <T> the category type
 */
public final class CategoricalImputer<T> {

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private final Strategy strategy;
  private final T constant;
  private final Comparator<? super T> tieOrder;
  private final int limit;

  private CategoricalImputer(
      Strategy strategy, T constant, Comparator<? super T> tieOrder, int limit) {
    this.strategy = strategy;
    this.constant = constant;
    this.tieOrder = tieOrder;
    this.limit = limit;
  }

  /**
   * Fills with the most frequent training category, ties broken by the smallest in natural order
   * (text: {@link String#compareTo}; numbers: numerically).
   *
   * @param <T> the category type
   * @return the mode imputer
   */
  public static <T extends Comparable<? super T>> CategoricalImputer<T> mode() {
    return new CategoricalImputer<>(Strategy.MODE, null, Comparator.<T>naturalOrder(), NO_LIMIT);
  }

  /**
   * Fills with the most frequent training category, ties broken by the smallest in {@code
   * tieOrder}.
   *
   * @param tieOrder the order that decides ties
   * @param <T> the category type
   * @return the mode imputer
   * @throws IllegalArgumentException if {@code tieOrder} is null
   */
  public static <T> CategoricalImputer<T> mode(Comparator<? super T> tieOrder) {
    Checks.notNull("tieOrder", tieOrder);
    return new CategoricalImputer<>(Strategy.MODE, null, tieOrder, NO_LIMIT);
  }

  /**
   * Fills with {@code value} (pandas {@code s.fillna("unknown")}).
   *
   * @param value the fill category, not null
   * @param <T> the category type
   * @return the constant imputer
   * @throws IllegalArgumentException if {@code value} is null
   */
  public static <T> CategoricalImputer<T> constant(T value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "constant = null: null means missing and cannot be a fill value");
    }
    return new CategoricalImputer<>(Strategy.CONSTANT, value, null, NO_LIMIT);
  }

  /**
   * Carries the last earlier non-null category forward (pandas {@code s.ffill()}).
   *
   * @param <T> the category type
   * @return the forward-fill imputer
   */
  public static <T> CategoricalImputer<T> forwardFill() {
    return new CategoricalImputer<>(Strategy.FORWARD_FILL, null, null, NO_LIMIT);
  }

  /**
   * Carries the next later non-null category backward (pandas {@code s.bfill()}).
   *
   * @param <T> the category type
   * @return the backward-fill imputer
   */
  public static <T> CategoricalImputer<T> backwardFill() {
    return new CategoricalImputer<>(Strategy.BACKWARD_FILL, null, null, NO_LIMIT);
  }

  /**
   * A copy of this forward or backward fill that fills at most {@code limit} cells of each run of
   * missing cells (the first ones forward, the last ones backward).
   *
   * @param limit the most cells to fill per run, at least 1
   * @return the new configuration
   * @throws IllegalArgumentException if {@code limit < 1}
   * @throws IllegalStateException if this is a mode or constant imputer
   */
  public CategoricalImputer<T> withLimit(int limit) {
    Checks.positive("limit", limit);
    if (strategy.isStatistic()) {
      throw new IllegalStateException("a limit applies to forward and backward fill only");
    }
    return new CategoricalImputer<>(strategy, constant, tieOrder, limit);
  }

  /**
   * The strategy this imputer applies.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Fits on training data: the mode learns the most frequent category; constant, forward and
   * backward fill learn nothing. {@code train} is not modified.
   *
   * @param train the training categories; {@code null} means missing
   * @return the fitted imputer, immutable and thread-safe
   * @throws IllegalArgumentException if {@code train} is null, or a mode has no non-missing
   *     category to fit on
   */
  public FittedCategoricalImputer<T> fit(T[] train) {
    Checks.notNull("train", train);
    return new FittedCategoricalImputer<>(
        strategy, overall(train, 0, train.length, null), limit, null);
  }

  /**
   * Fits one mode per entity; entities without a non-missing category (or absent from the training
   * data) take the overall mode, counted in {@link ImputationReport#groupFallbacks()}. Other
   * strategies ignore the groups. Apply with {@link FittedCategoricalImputer#transform(Object[],
   * Panel)}.
   *
   * @param train the training categories; {@code null} means missing
   * @param groups the entity key of each training row; no nulls
   * @return the fitted imputer
   * @throws IllegalArgumentException if an argument is null, the lengths differ, a group key is
   *     null, or a mode has no non-missing category to fit on
   */
  public FittedCategoricalImputer<T> fitByGroup(T[] train, Object[] groups) {
    Checks.notNull("train", train);
    Checks.notNull("groups", groups);
    if (groups.length != train.length) {
      throw new IllegalArgumentException(
          "train and groups lengths differ: " + train.length + " != " + groups.length);
    }
    T overall = overall(train, 0, train.length, null);
    if (strategy != Strategy.MODE) {
      return new FittedCategoricalImputer<>(strategy, overall, limit, null);
    }
    Panel panel = Panel.byEntity(groups, "groups");
    Map<Object, T> perGroup = new HashMap<>();
    for (int g = 0; g < panel.groupCount(); g++) {
      T m = modeOf(train, panel.groupStart(g), panel.groupStart(g + 1), panel.slots());
      if (m != null) {
        perGroup.put(panel.groupKey(g), m);
      }
    }
    return new FittedCategoricalImputer<>(strategy, overall, limit, perGroup);
  }

  private T overall(T[] train, int from, int to, int[] slots) {
    if (strategy == Strategy.CONSTANT) {
      return constant;
    }
    if (strategy != Strategy.MODE) {
      return null;
    }
    T m = modeOf(train, from, to, slots);
    if (m == null) {
      throw Cells.nothingToFit(strategy, "train", train.length);
    }
    return m;
  }

  /** The mode of the cells {@code [from, to)} (through {@code slots} when non-null), or null. */
  private T modeOf(T[] train, int from, int to, int[] slots) {
    Map<T, Integer> counts = new HashMap<>();
    for (int k = from; k < to; k++) {
      T v = train[slots == null ? k : slots[k]];
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    T best = null;
    int bestCount = 0;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      int c = e.getValue();
      if (c > bestCount || (c == bestCount && tieOrder.compare(e.getKey(), best) < 0)) {
        best = e.getKey();
        bestCount = c;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return strategy.cliName() + (constant == null ? "" : "(" + Objects.toString(constant) + ")");
  }
}
