package io.github.evalkit.tribuo;

import io.github.evalkit.metrics.ClassificationReport;
import io.github.evalkit.metrics.ConfusionMatrix;

/**
 * A Tribuo classifier evaluated by evalkit: the encoded predictions, evalkit's {@link
 * ClassificationReport} over them (which holds the {@link ConfusionMatrix}, rows = actual) and the
 * Tribuo provenance of the model and test data. Obtained from {@link
 * TribuoEvaluations#classification}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param encoded the predictions as label codes, with the label list
 * @param report evalkit's report, default zero-division policy {@code WARN}; call {@link
 *     ClassificationReport#withZeroDivision} for another
 * @param provenance where the model and the data came from
 */
public record TribuoClassificationResult(
    EncodedLabels encoded, ClassificationReport report, TribuoProvenance provenance) {

  /**
   * Validates the components.
   *
   * @param encoded the predictions as label codes
   * @param report the report
   * @param provenance the provenance
   * @throws IllegalArgumentException if any component is null
   */
  public TribuoClassificationResult {
    AdapterChecks.notNull("encoded", encoded);
    AdapterChecks.notNull("report", report);
    AdapterChecks.notNull("provenance", provenance);
  }

  /**
   * The confusion matrix of the report, rows = actual, columns = predicted.
   *
   * @return {@code report().confusionMatrix()}
   */
  public ConfusionMatrix confusionMatrix() {
    return report.confusionMatrix();
  }
}
