package io.github.evalkit.imputation;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Marks which cells are missing, because missingness itself can carry information a model should
 * see (scikit-learn's {@code MissingIndicator}, pandas {@code s.isna()}). Compute the indicator
 * before imputing: afterwards nothing is missing.
 *
 * <pre>{@code
 * double[] wasMissing = MissingIndicator.indicator(bloodPressure); // 1.0 where missing, else 0.0
 * double[] filled = Imputers.median().fit(bloodPressure).transform(bloodPressure);
 * }</pre>
 *
 * <p>Stateless and thread-safe; inputs are never modified.
 */
public final class MissingIndicator {

  private MissingIndicator() {}

  /**
   * Which cells are NaN (pandas {@code s.isna().to_numpy()}).
   *
   * @param values the values
   * @return a new mask, true where the value is NaN
   * @throws IllegalArgumentException if {@code values} is null
   */
  public static boolean[] mask(double[] values) {
    Checks.notNull("values", values);
    boolean[] mask = new boolean[values.length];
    int i = ArrayKernels.indexOfNaN(values, 0, values.length);
    while (i >= 0) {
      mask[i] = true;
      i = i + 1 < values.length ? ArrayKernels.indexOfNaN(values, i + 1, values.length) : -1;
    }
    return mask;
  }

  /**
   * Which cells are NaN or equal to {@code sentinel} (scikit-learn {@code
   * MissingIndicator(missing_values=-999)}, plus NaN).
   *
   * @param values the values
   * @param sentinel the value that also marks a missing cell; NaN for none
   * @return a new mask, true where the value is missing
   * @throws IllegalArgumentException if {@code values} is null
   */
  public static boolean[] mask(double[] values, double sentinel) {
    boolean[] mask = mask(values);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == sentinel) {
        mask[i] = true;
      }
    }
    return mask;
  }

  /**
   * Which cells are {@code null}.
   *
   * @param values the categories
   * @return a new mask, true where the value is null
   * @throws IllegalArgumentException if {@code values} is null
   */
  public static boolean[] mask(Object[] values) {
    Checks.notNull("values", values);
    boolean[] mask = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      mask[i] = values[i] == null;
    }
    return mask;
  }

  /**
   * An indicator column: {@code 1.0} where the value is NaN, else {@code 0.0} (pandas {@code
   * s.isna().astype(float)}), ready to be a model feature.
   *
   * @param values the values
   * @return a new array of 0.0 and 1.0
   * @throws IllegalArgumentException if {@code values} is null
   */
  public static double[] indicator(double[] values) {
    return toIndicator(mask(values));
  }

  /**
   * An indicator column: {@code 1.0} where the category is {@code null}, else {@code 0.0}.
   *
   * @param values the categories
   * @return a new array of 0.0 and 1.0
   * @throws IllegalArgumentException if {@code values} is null
   */
  public static double[] indicator(Object[] values) {
    return toIndicator(mask(values));
  }

  /**
   * The indicator columns of a table, like scikit-learn's {@code
   * MissingIndicator(features="missing-only")}: one numeric column {@code name + suffix} for each
   * column of {@code table} that has a missing value, in table order. Fit-time selection matters:
   * to use the same columns on test data, call {@link #indicator(double[])} per chosen column.
   *
   * @param table the table
   * @param suffix appended to each column name, e.g. {@code "_missing"}
   * @return a new table holding only the indicator columns; with no missing value anywhere, a table
   *     with no columns (and so no rows)
   * @throws IllegalArgumentException if an argument is null
   */
  public static Table indicatorColumns(Table table, String suffix) {
    Checks.notNull("table", table);
    Checks.notNull("suffix", suffix);
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String name : table.columnNames()) {
      Object c = table.column(name);
      double[] ind = c instanceof double[] ? indicator((double[]) c) : indicator((Object[]) c);
      if (ArrayKernels.maxIgnoringNaN(ind, 0, ind.length) > 0) {
        out.put(name + suffix, ind);
      }
    }
    Table.Builder b = Table.builder();
    out.forEach(b::numeric);
    return b.build();
  }

  private static double[] toIndicator(boolean[] mask) {
    double[] ind = new double[mask.length];
    for (int i = 0; i < mask.length; i++) {
      ind[i] = mask[i] ? 1.0 : 0.0;
    }
    return ind;
  }
}
