package io.github.evalkit.imputation;

import io.github.evalkit.core.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of named columns of equal length, each either numeric ({@code double[]}, NaN = missing)
 * or text ({@code String[]}, {@code null} = missing): the input and output of an {@link
 * ImputationPlan}. Column order is the order of insertion.
 *
 * <pre>{@code
 * Table table = Table.builder()
 *     .numeric("age", new double[] {50, Double.NaN, 59})
 *     .text("city", new String[] {"Oslo", null, "Oslo"})
 *     .build();
 * }</pre>
 *
 * <p>The table copies its columns on the way in and out, so it is immutable and thread-safe.
 */
public final class Table {

  private final int rows;
  private final Map<String, Object> columns; // double[] or String[], never exposed

  private Table(int rows, Map<String, Object> columns) {
    this.rows = rows;
    this.columns = Collections.unmodifiableMap(columns);
  }

  /**
   * Starts an empty table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of rows (0 for a table without columns).
   *
   * @return the row count
   */
  public int rows() {
    return rows;
  }

  /**
   * The column names, in order.
   *
   * @return an unmodifiable list of names
   */
  public List<String> columnNames() {
    return List.copyOf(columns.keySet());
  }

  /**
   * Whether the table has a column of that name.
   *
   * @param name the column name
   * @return true if the column exists
   */
  public boolean hasColumn(String name) {
    return columns.containsKey(name);
  }

  /**
   * Whether the column is numeric.
   *
   * @param name the column name
   * @return true for a numeric column, false for a text column
   * @throws IllegalArgumentException if there is no such column
   */
  public boolean isNumeric(String name) {
    return column(name) instanceof double[];
  }

  /**
   * A copy of a numeric column.
   *
   * @param name the column name
   * @return the values; NaN means missing
   * @throws IllegalArgumentException if there is no such column or it is a text column
   */
  public double[] numeric(String name) {
    Object c = column(name);
    if (!(c instanceof double[])) {
      throw new IllegalArgumentException("column '" + name + "' is text, not numeric");
    }
    return ((double[]) c).clone();
  }

  /**
   * A copy of a text column.
   *
   * @param name the column name
   * @return the values; {@code null} means missing
   * @throws IllegalArgumentException if there is no such column or it is a numeric column
   */
  public String[] text(String name) {
    Object c = column(name);
    if (!(c instanceof String[])) {
      throw new IllegalArgumentException("column '" + name + "' is numeric, not text");
    }
    return ((String[]) c).clone();
  }

  /** The stored column, not copied: only for this package's read-only use. */
  Object column(String name) {
    Object c = columns.get(name);
    if (c == null) {
      throw new IllegalArgumentException(
          "unknown column '" + name + "'; the columns are " + columns.keySet());
    }
    return c;
  }

  /** This table with some columns replaced by arrays this package just made (not copied). */
  Table withColumns(Map<String, Object> replacements) {
    Map<String, Object> copy = new LinkedHashMap<>(columns);
    copy.putAll(replacements);
    return new Table(rows, copy);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> e : columns.entrySet()) {
      parts.add(e.getKey() + (e.getValue() instanceof double[] ? ":numeric" : ":text"));
    }
    return "Table" + parts + " with " + rows + " rows";
  }

  /** Collects columns for a {@link Table}. Not thread-safe; build once. */
  public static final class Builder {

    private final Map<String, Object> columns = new LinkedHashMap<>();
    private int rows = -1;

    private Builder() {}

    /**
     * Adds a numeric column (copied).
     *
     * @param name the column name, unique in the table
     * @param values the values; NaN means missing
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the name is taken or the length
     *     differs from the other columns'
     */
    public Builder numeric(String name, double[] values) {
      Checks.notNull(name == null ? "name" : name, values);
      add(name, values.length, values.clone());
      return this;
    }

    /**
     * Adds a text column (copied).
     *
     * @param name the column name, unique in the table
     * @param values the values; {@code null} means missing
     * @return this builder
     * @throws IllegalArgumentException if an argument is null, the name is taken or the length
     *     differs from the other columns'
     */
    public Builder text(String name, String[] values) {
      Checks.notNull(name == null ? "name" : name, values);
      add(name, values.length, values.clone());
      return this;
    }

    private void add(String name, int length, Object column) {
      if (name == null) {
        throw new IllegalArgumentException("name must not be null");
      }
      if (columns.containsKey(name)) {
        throw new IllegalArgumentException("column '" + name + "' is already in the table");
      }
      if (rows >= 0 && length != rows) {
        throw new IllegalArgumentException(
            "column '" + name + "' has " + length + " rows but the table has " + rows);
      }
      rows = length;
      columns.put(name, column);
    }

    /**
     * Builds the table.
     *
     * @return the immutable table
     */
    public Table build() {
      return new Table(Math.max(rows, 0), new LinkedHashMap<>(columns));
    }
  }
}
