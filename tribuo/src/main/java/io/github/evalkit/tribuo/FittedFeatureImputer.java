package io.github.evalkit.tribuo;

import io.github.evalkit.imputation.FittedImputer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imputers fitted on the training split's feature columns, one per column, ready to fill the
 * columns of any split. Obtained from {@link FeatureImputer#fit(FeatureColumns)}.
 *
 * <p><b>Edge cases.</b> {@link #transform(FeatureColumns)} fills the fitted columns by name;
 * columns without a fitted imputer are copied unchanged, and a fitted column missing from the data
 * is an error. Cells that are not missing are kept bit for bit. A cell the imputer cannot fill (for
 * example a leading gap under forward fill) stays NaN.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class FittedFeatureImputer {

  private final Map<String, FittedImputer> fitted;

  FittedFeatureImputer(Map<String, FittedImputer> fitted) {
    this.fitted = Collections.unmodifiableMap(new LinkedHashMap<>(fitted));
  }

  /**
   * The names of the columns this imputer fills.
   *
   * @return an unmodifiable set, in column order
   */
  public Set<String> columns() {
    return fitted.keySet();
  }

  /**
   * The fitted imputer of one column, e.g. to read its {@link FittedImputer#fillValue()}.
   *
   * @param column a column name
   * @return the fitted imputer, or empty if that column is not imputed
   */
  public Optional<FittedImputer> imputer(String column) {
    return Optional.ofNullable(fitted.get(column));
  }

  /**
   * Fills the missing cells of every fitted column.
   *
   * @param data the columns to fill (training, validation or test split); not modified
   * @return new columns, in the same order, with the fitted columns filled
   * @throws IllegalArgumentException if {@code data} is null or lacks a fitted column, or an
   *     imputer cannot fill its column (the message names the column; e.g. interpolation by time,
   *     which needs a panel that plain columns lack)
   */
  public FeatureColumns transform(FeatureColumns data) {
    AdapterChecks.notNull("data", data);
    Map<String, double[]> filled = new LinkedHashMap<>();
    for (Map.Entry<String, FittedImputer> e : fitted.entrySet()) {
      if (!data.names().contains(e.getKey())) {
        throw new IllegalArgumentException(
            "column '"
                + e.getKey()
                + "' was fitted but is missing from the data; columns are "
                + data.names());
      }
      try {
        filled.put(e.getKey(), e.getValue().transform(data.columnView(e.getKey())));
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException(
            "cannot fill column '" + e.getKey() + "': " + x.getMessage(), x);
      }
    }
    return data.replacing(filled);
  }

  @Override
  public String toString() {
    return "FittedFeatureImputer[columns=" + fitted.keySet() + "]";
  }
}
