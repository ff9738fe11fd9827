package io.github.evalkit.tribuo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Named numeric feature columns of equal length, the shape data has before it becomes a Tribuo
 * dataset: one {@code double[]} per feature, one row per future example, {@code NaN} for a missing
 * cell. Fill the gaps with a {@link FeatureImputer} fitted on the training columns, then turn the
 * rows into Tribuo examples with {@link #toExamples(List)} or {@link #toDataset(List,
 * OutputFactory, String)}.
 *
 * <p><b>Edge cases.</b> Zero columns or zero rows are allowed. Column names must be non-blank and
 * distinct; lengths must agree. {@link #toExamples(List)} refuses a cell that is still missing
 * (Tribuo would otherwise learn from a NaN feature) and names its row and column. Infinite values
 * are passed through: they are not missing.
 *
 * <p>Immutable and thread-safe: arrays are copied on the way in and on the way out.
 */
public final class FeatureColumns {

  private final Map<String, double[]> columns;
  private final int rows;

  private FeatureColumns(Map<String, double[]> columns, int rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Columns from a map of name to values, in the map's iteration order (use a {@link LinkedHashMap}
   * to fix the order).
   *
   * @param columns the columns; the arrays are copied, never modified
   * @return the feature columns
   * @throws IllegalArgumentException if the map, a name or an array is null, a name is blank, or
   *     the lengths differ
   */
  public static FeatureColumns of(Map<String, double[]> columns) {
    AdapterChecks.notNull("columns", columns);
    Map<String, double[]> copy = new LinkedHashMap<>();
    int rows = -1;
    String first = null;
    for (Map.Entry<String, double[]> e : columns.entrySet()) {
      String name = e.getKey();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("column name must not be blank, but is '" + name + "'");
      }
      double[] values = AdapterChecks.notNull("column '" + name + "'", e.getValue());
      if (rows < 0) {
        rows = values.length;
        first = name;
      } else if (values.length != rows) {
        throw new IllegalArgumentException(
            "column '"
                + name
                + "' and column '"
                + first
                + "' lengths differ: "
                + values.length
                + " != "
                + rows);
      }
      copy.put(name, values.clone());
    }
    return new FeatureColumns(copy, Math.max(rows, 0));
  }

  /**
   * The column names, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return List.copyOf(columns.keySet());
  }

  /**
   * The number of rows, the length of every column.
   *
   * @return the row count; 0 when there are no columns
   */
  public int rows() {
    return rows;
  }

  /**
   * The values of one column.
   *
   * @param name a name from {@link #names()}
   * @return a fresh copy
   * @throws IllegalArgumentException if there is no such column
   */
  public double[] column(String name) {
    return columnView(name).clone();
  }

  /**
   * Counts the missing ({@code NaN}) cells of one column.
   *
   * @param name a name from {@link #names()}
   * @return the number of NaN cells
   * @throws IllegalArgumentException if there is no such column
   */
  public int missing(String name) {
    int count = 0;
    for (double v : columnView(name)) {
      if (Double.isNaN(v)) {
        count++;
      }
    }
    return count;
  }

  double[] columnView(String name) {
    double[] values = columns.get(name);
    if (values == null) {
      throw new IllegalArgumentException(
          "unknown column '" + name + "'; columns are " + columns.keySet());
    }
    return values;
  }

  /** Replaces some columns, keeping the order; {@code replacements} are trusted, not copied. */
  FeatureColumns replacing(Map<String, double[]> replacements) {
    Map<String, double[]> next = new LinkedHashMap<>(columns);
    next.putAll(replacements);
    return new FeatureColumns(next, rows);
  }

  /**
   * Builds one Tribuo example per row, with every column as a feature of that name.
   *
   * @param outputs the output (label or regressor) of each row
   * @param <T> the output type
   * @return new, independent examples, in row order, each with weight 1
   * @throws IllegalArgumentException if {@code outputs} or one of its entries is null, its size is
   *     not {@link #rows()}, or a cell is missing (NaN)
   */
  public <T extends Output<T>> List<Example<T>> toExamples(List<T> outputs) {
    AdapterChecks.notNull("outputs", outputs);
    if (outputs.size() != rows) {
      throw new IllegalArgumentException(
          "outputs and rows lengths differ: " + outputs.size() + " != " + rows);
    }
    String[] names = columns.keySet().toArray(new String[0]);
    double[][] values = columns.values().toArray(new double[0][]);
    List<Example<T>> examples = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      double[] row = new double[names.length];
      for (int c = 0; c < names.length; c++) {
        row[c] = values[c][r];
        if (Double.isNaN(row[c])) {
          throw new IllegalArgumentException(
              "row " + r + ", column '" + names[c] + "' is missing (NaN); impute it first");
        }
      }
      T output = AdapterChecks.notNull("outputs[" + r + "]", outputs.get(r));
      examples.add(new ArrayExample<>(output, names.clone(), row));
    }
    return examples;
  }

  /**
   * Builds a Tribuo {@link MutableDataset} of {@link #toExamples(List)}.
   *
   * @param outputs the output (label or regressor) of each row
   * @param factory the output factory, e.g. {@code new LabelFactory()}
   * @param description a description for the dataset's provenance
   * @param <T> the output type
   * @return a new dataset
   * @throws IllegalArgumentException as {@link #toExamples(List)}, or if {@code factory} or {@code
   *     description} is null
   */
  public <T extends Output<T>> MutableDataset<T> toDataset(
      List<T> outputs, OutputFactory<T> factory, String description) {
    AdapterChecks.notNull("factory", factory);
    AdapterChecks.notNull("description", description);
    List<Example<T>> examples = toExamples(outputs);
    return new MutableDataset<>(
        examples, new SimpleDataSourceProvenance(description, factory), factory);
  }

  @Override
  public String toString() {
    return "FeatureColumns[names=" + columns.keySet() + ", rows=" + rows + "]";
  }
}
