package io.github.evalkit.tribuo;

import io.github.evalkit.metrics.RegressionReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Tribuo regressor evaluated by evalkit: one {@link RegressionReport} per output dimension (a
 * multi-dimensional Tribuo regressor is scored dimension by dimension, as Tribuo's own evaluator
 * does), the extracted columns and the Tribuo provenance. Obtained from {@link
 * TribuoEvaluations#regression}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param columns the actual and predicted values of every dimension
 * @param reports evalkit's report of each dimension, keyed by dimension name, in {@link
 *     RegressionColumns#dimensions()} order
 * @param provenance where the model and the data came from
 */
public record TribuoRegressionResult(
    RegressionColumns columns, Map<String, RegressionReport> reports, TribuoProvenance provenance) {

  /**
   * Validates the components and makes the map unmodifiable, keeping its order.
   *
   * @param columns the columns
   * @param reports the reports by dimension
   * @param provenance the provenance
   * @throws IllegalArgumentException if any component is null
   */
  public TribuoRegressionResult {
    AdapterChecks.notNull("columns", columns);
    AdapterChecks.notNull("reports", reports);
    AdapterChecks.notNull("provenance", provenance);
    reports = Collections.unmodifiableMap(new LinkedHashMap<>(reports));
  }

  /**
   * The report of one dimension.
   *
   * @param dimension a dimension name, e.g. {@code "DIM-0"} or the target's name
   * @return its report
   * @throws IllegalArgumentException if there is no such dimension (the message lists them)
   */
  public RegressionReport report(String dimension) {
    RegressionReport report = reports.get(dimension);
    if (report == null) {
      throw new IllegalArgumentException(
          "unknown dimension '" + dimension + "'; dimensions are " + reports.keySet());
    }
    return report;
  }

  /**
   * The report of a one-dimensional regressor.
   *
   * @return the only report
   * @throws IllegalStateException if there is not exactly one dimension
   */
  public RegressionReport report() {
    if (reports.size() != 1) {
      throw new IllegalStateException(
          "report() needs exactly one dimension, but there are "
              + reports.keySet()
              + "; use report(dimension)");
    }
    return reports.values().iterator().next();
  }
}
