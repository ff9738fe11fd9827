package io.github.evalkit.imputation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of applying a fitted {@link ImputationPlan}: the filled table, a report per planned
 * column and which cells were imputed.
 *
 * <p>Immutable and thread-safe (accessors return copies).
 */
public final class ImputedTable {

  private final Table table;
  private final Map<String, ImputationReport> reports;
  private final Map<String, boolean[]> imputed;

  ImputedTable(Table table, Map<String, ImputationReport> reports, Map<String, boolean[]> imputed) {
    this.table = table;
    this.reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    this.imputed = new LinkedHashMap<>(imputed);
  }

  /**
   * The filled table: same columns in the same order and the same rows in the same order as the
   * input; planned columns filled, others unchanged.
   *
   * @return the table
   */
  public Table table() {
    return table;
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rows() {
    return table.rows();
  }

  /**
   * The report of each planned column, in plan order.
   *
   * @return an unmodifiable map from column name to report
   */
  public Map<String, ImputationReport> reports() {
    return reports;
  }

  /**
   * The report of one planned column.
   *
   * @param column the column name
   * @return the report
   * @throws IllegalArgumentException if the column was not planned
   */
  public ImputationReport report(String column) {
    ImputationReport r = reports.get(column);
    if (r == null) {
      throw new IllegalArgumentException(
          "column '" + column + "' was not planned; planned: " + reports.keySet());
    }
    return r;
  }

  /**
   * Which cells of a planned column were imputed (missing in the input, filled in the output), so
   * that a writer can keep the original text of every other cell.
   *
   * @param column the column name
   * @return a new mask, true where the cell was imputed
   * @throws IllegalArgumentException if the column was not planned
   */
  public boolean[] imputedMask(String column) {
    report(column);
    return imputed.get(column).clone();
  }
}
