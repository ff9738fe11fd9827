package io.github.evalkit.tribuo;

import io.github.evalkit.imputation.FittedImputer;
import io.github.evalkit.imputation.Imputer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which evalkit {@link Imputer} fills which feature column: an immutable configuration, fitted on
 * the training columns with {@link #fit(FeatureColumns)} and then applied to any split (training,
 * validation, test) with {@link FittedFeatureImputer#transform(FeatureColumns)}. Fitting on the
 * training split only is what keeps test data out of the fill values.
 *
 * <pre>{@code
 * FittedFeatureImputer fitted =
 *     FeatureImputer.create().with("age", Imputers.median()).withDefault(Imputers.mean()).fit(train);
 * FeatureColumns trainFilled = fitted.transform(train);
 * FeatureColumns testFilled = fitted.transform(test);
 * }</pre>
 *
 * <p><b>Edge cases.</b> A column with neither its own imputer nor a default passes through
 * unchanged (and {@link FeatureColumns#toExamples} will refuse it if it still has gaps). Naming a
 * column the training data lacks is an error at {@link #fit}. A statistic imputer (mean, median,
 * mode) needs at least one non-missing training value in its column; the imputer's error names the
 * column.
 *
 * <p>Immutable and thread-safe; every {@code with...} method returns a new configuration.
 */
public final class FeatureImputer {

  private final Map<String, Imputer> perColumn;
  private final Imputer fallback;

  private FeatureImputer(Map<String, Imputer> perColumn, Imputer fallback) {
    this.perColumn = perColumn;
    this.fallback = fallback;
  }

  /**
   * A configuration that imputes nothing yet.
   *
   * @return an empty configuration
   */
  public static FeatureImputer create() {
    return new FeatureImputer(Map.of(), null);
  }

  /**
   * Adds (or replaces) the imputer of one column.
   *
   * @param column the column's name
   * @param imputer the imputer for that column
   * @return a new configuration
   * @throws IllegalArgumentException if an argument is null
   */
  public FeatureImputer with(String column, Imputer imputer) {
    AdapterChecks.notNull("column", column);
    AdapterChecks.notNull("imputer", imputer);
    Map<String, Imputer> next = new LinkedHashMap<>(perColumn);
    next.put(column, imputer);
    return new FeatureImputer(Map.copyOf(next), fallback);
  }

  /**
   * Sets the imputer of every column not named by {@link #with}.
   *
   * @param imputer the imputer for the remaining columns
   * @return a new configuration
   * @throws IllegalArgumentException if {@code imputer} is null
   */
  public FeatureImputer withDefault(Imputer imputer) {
    return new FeatureImputer(perColumn, AdapterChecks.notNull("imputer", imputer));
  }

  /**
   * Fits every configured imputer on its training column.
   *
   * @param train the training split's feature columns; not modified
   * @return the fitted imputers, immutable and thread-safe
   * @throws IllegalArgumentException if {@code train} is null, lacks a named column, or an imputer
   *     cannot be fitted on its column (the message names the column)
   */
  public FittedFeatureImputer fit(FeatureColumns train) {
    AdapterChecks.notNull("train", train);
    for (String column : perColumn.keySet()) {
      if (!train.names().contains(column)) {
        throw new IllegalArgumentException(
            "an imputer is set for column '"
                + column
                + "', which the training data lacks; "
                + "columns are "
                + train.names());
      }
    }
    Map<String, FittedImputer> fitted = new LinkedHashMap<>();
    for (String column : train.names()) {
      Imputer imputer = perColumn.getOrDefault(column, fallback);
      if (imputer == null) {
        continue;
      }
      try {
        fitted.put(column, imputer.fit(train.columnView(column)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot fit the imputer of column '" + column + "': " + e.getMessage(), e);
      }
    }
    return new FittedFeatureImputer(fitted);
  }

  @Override
  public String toString() {
    return "FeatureImputer[columns=" + perColumn.keySet() + ", default=" + fallback + "]";
  }
}
