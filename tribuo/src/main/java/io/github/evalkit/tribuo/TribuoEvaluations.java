package io.github.evalkit.tribuo;

import io.github.evalkit.metrics.ClassificationReport;
import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.RegressionMetrics;
import io.github.evalkit.metrics.RegressionReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Entry points that evaluate Tribuo models and predictions with evalkit's metrics.
 *
 * <pre>{@code
 * Model<Label> model = new LogisticRegressionTrainer().train(train);
 * TribuoClassificationResult result = TribuoEvaluations.classification(model, test);
 * System.out.println(result.report().toText(3));
 * double macroF1 = result.report().average(Average.MACRO).f1();
 * }</pre>
 *
 * <p><b>Classification.</b> Labels come from the model's output domain (see {@link EncodedLabels}),
 * so classes that are never predicted still have their row, column and scores. The confusion matrix
 * is evalkit's: rows = actual, columns = predicted, which is the transpose of Tribuo's {@code
 * LabelConfusionMatrix}. Figures agree with Tribuo's {@code LabelEvaluation} to rounding (see the
 * module README for where definitions differ: evalkit records a warning where Tribuo silently
 * returns 0, and offers a support-weighted average that Tribuo lacks).
 *
 * <p><b>Regression.</b> Each output dimension of a Tribuo {@code Regressor} gets its own {@link
 * RegressionReport}, keyed by dimension name (see {@link RegressionColumns}). RMSE, MAE, R² and
 * explained variance agree with Tribuo's {@code RegressionEvaluation} to rounding; evalkit's sums
 * are compensated, and R² and explained variance of a constant target are NaN with a warning where
 * Tribuo divides by zero.
 *
 * <p><b>Errors.</b> Null arguments, unlabelled examples and empty prediction lists are rejected
 * with an {@link IllegalArgumentException} naming the argument or the prediction's index. Models
 * and datasets are only read.
 *
 * <p>Stateless and thread-safe, as far as the Tribuo model's {@code predict} is.
 */
public final class TribuoEvaluations {

  private TribuoEvaluations() {}

  /**
   * Evalkit's confusion matrix of a model's predictions, over the model's output domain.
   *
   * @param model the model that made the predictions; only its output domain is read
   * @param predictions the predictions, not empty
   * @return the matrix, rows = actual, columns = predicted
   * @throws IllegalArgumentException on null input, an empty list or an unlabelled example
   */
  public static ConfusionMatrix confusionMatrix(
      Model<Label> model, List<Prediction<Label>> predictions) {
    return EncodedLabels.of(model, predictions).toConfusionMatrix();
  }

  /**
   * Evalkit's confusion matrix of predictions, over an output domain.
   *
   * @param domain the output domain, e.g. {@code trainingData.getOutputIDInfo()}
   * @param predictions the predictions, not empty
   * @return the matrix, rows = actual, columns = predicted
   * @throws IllegalArgumentException on null input, an empty list or an unlabelled example
   */
  public static ConfusionMatrix confusionMatrix(
      ImmutableOutputInfo<Label> domain, List<Prediction<Label>> predictions) {
    return EncodedLabels.of(domain, predictions).toConfusionMatrix();
  }

  /**
   * Evalkit's confusion matrix of predictions without their model; the labels are gathered from the
   * predictions (see {@link EncodedLabels#of(List)}).
   *
   * @param predictions the predictions, not empty
   * @return the matrix, rows = actual, columns = predicted
   * @throws IllegalArgumentException on null input, an empty list or an unlabelled example
   */
  public static ConfusionMatrix confusionMatrix(List<Prediction<Label>> predictions) {
    return EncodedLabels.of(predictions).toConfusionMatrix();
  }

  /**
   * Evaluates a model's predictions.
   *
   * @param model the model that made the predictions; its output domain gives the labels
   * @param predictions the predictions, not empty
   * @return the encoded predictions, evalkit's report and the model's provenance
   * @throws IllegalArgumentException on null input, an empty list or an unlabelled example
   */
  public static TribuoClassificationResult classification(
      Model<Label> model, List<Prediction<Label>> predictions) {
    EncodedLabels encoded = EncodedLabels.of(model, predictions);
    return new TribuoClassificationResult(
        encoded,
        ClassificationReport.of(encoded.toConfusionMatrix()),
        TribuoProvenance.of(model, null));
  }

  /**
   * Evaluates predictions over an output domain.
   *
   * @param domain the output domain, e.g. {@code trainingData.getOutputIDInfo()}
   * @param predictions the predictions, not empty
   * @return the encoded predictions, evalkit's report and an empty provenance
   * @throws IllegalArgumentException on null input, an empty list or an unlabelled example
   */
  public static TribuoClassificationResult classification(
      ImmutableOutputInfo<Label> domain, List<Prediction<Label>> predictions) {
    EncodedLabels encoded = EncodedLabels.of(domain, predictions);
    return new TribuoClassificationResult(
        encoded, ClassificationReport.of(encoded.toConfusionMatrix()), TribuoProvenance.none());
  }

  /**
   * Predicts every example of a dataset with the model and evaluates the predictions.
   *
   * @param model the model; its output domain gives the labels
   * @param test the labelled data to evaluate on, not empty
   * @return the encoded predictions, evalkit's report and the provenance of model and data
   * @throws IllegalArgumentException on null input, an empty dataset or an unlabelled example
   */
  public static TribuoClassificationResult classification(Model<Label> model, Dataset<Label> test) {
    AdapterChecks.notNull("model", model);
    AdapterChecks.notNull("test", test);
    EncodedLabels encoded = EncodedLabels.of(model, model.predict(test));
    return new TribuoClassificationResult(
        encoded,
        ClassificationReport.of(encoded.toConfusionMatrix()),
        TribuoProvenance.of(model, test));
  }

  /**
   * Evaluates predictions without their model; labels are gathered from the predictions.
   *
   * @param predictions the predictions, not empty
   * @return the encoded predictions, evalkit's report and an empty provenance
   * @throws IllegalArgumentException on null input, an empty list or an unlabelled example
   */
  public static TribuoClassificationResult classification(List<Prediction<Label>> predictions) {
    EncodedLabels encoded = EncodedLabels.of(predictions);
    return new TribuoClassificationResult(
        encoded, ClassificationReport.of(encoded.toConfusionMatrix()), TribuoProvenance.none());
  }

  /**
   * Evaluates a regressor's predictions, one report per output dimension of the model.
   *
   * @param model the model that made the predictions; its output domain gives the dimensions
   * @param predictions the predictions, not empty
   * @return the columns, a report per dimension and the model's provenance
   * @throws IllegalArgumentException on null input, an empty list, a missing dimension or a
   *     non-finite value (naming the prediction's index and the dimension)
   */
  public static TribuoRegressionResult regression(
      Model<Regressor> model, List<Prediction<Regressor>> predictions) {
    return regression(RegressionColumns.of(model, predictions), TribuoProvenance.of(model, null));
  }

  /**
   * Predicts every example of a dataset with the regressor and evaluates the predictions.
   *
   * @param model the model; its output domain gives the dimensions
   * @param test the data to evaluate on, not empty
   * @return the columns, a report per dimension and the provenance of model and data
   * @throws IllegalArgumentException on null input, an empty dataset, a missing dimension or a
   *     non-finite value
   */
  public static TribuoRegressionResult regression(Model<Regressor> model, Dataset<Regressor> test) {
    AdapterChecks.notNull("model", model);
    AdapterChecks.notNull("test", test);
    return regression(
        RegressionColumns.of(model, model.predict(test)), TribuoProvenance.of(model, test));
  }

  /**
   * Evaluates regression predictions without their model; the dimensions are those of the first
   * prediction's actual output.
   *
   * @param predictions the predictions, not empty
   * @return the columns, a report per dimension and an empty provenance
   * @throws IllegalArgumentException on null input, an empty list, a missing dimension or a
   *     non-finite value
   */
  public static TribuoRegressionResult regression(List<Prediction<Regressor>> predictions) {
    return regression(RegressionColumns.of(predictions), TribuoProvenance.none());
  }

  /**
   * Evaluates a regressor's predictions weighting each by its example's weight, like Tribuo's
   * {@code new RegressionEvaluator(true)}. Evalkit sums the weights in double precision, Tribuo in
   * {@code float}, so with weights whose float sum rounds the two differ at about 1e-7 relative.
   *
   * @param model the model that made the predictions; its output domain gives the dimensions
   * @param predictions the predictions, not empty
   * @return the columns, a weighted report per dimension and the model's provenance
   * @throws IllegalArgumentException as {@link #regression(Model, List)}, or if a weight is
   *     negative or non-finite or all weights are 0
   */
  public static TribuoRegressionResult weightedRegression(
      Model<Regressor> model, List<Prediction<Regressor>> predictions) {
    RegressionColumns columns = RegressionColumns.of(model, predictions);
    requireRows(columns);
    double[] weights = columns.weights();
    Map<String, RegressionReport> reports = new LinkedHashMap<>();
    for (String dimension : columns.dimensions()) {
      reports.put(
          dimension,
          RegressionMetrics.report(
              columns.actual(dimension), columns.predicted(dimension), weights));
    }
    return new TribuoRegressionResult(columns, reports, TribuoProvenance.of(model, null));
  }

  private static void requireRows(RegressionColumns columns) {
    if (columns.size() == 0) {
      throw new IllegalArgumentException("there are no predictions to evaluate");
    }
  }

  private static TribuoRegressionResult regression(
      RegressionColumns columns, TribuoProvenance provenance) {
    requireRows(columns);
    Map<String, RegressionReport> reports = new LinkedHashMap<>();
    for (String dimension : columns.dimensions()) {
      reports.put(
          dimension,
          RegressionMetrics.report(columns.actual(dimension), columns.predicted(dimension)));
    }
    return new TribuoRegressionResult(columns, reports, provenance);
  }
}
