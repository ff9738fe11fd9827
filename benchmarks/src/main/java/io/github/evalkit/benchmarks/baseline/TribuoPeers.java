package io.github.evalkit.benchmarks.baseline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.DataProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.baseline.DummyRegressionTrainer;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/**
 * Tribuo 4.3's evaluators on predictions equivalent to the arrays evalkit takes. The {@link
 * Prediction} objects, and the baseline model Tribuo's evaluators require for its output domain,
 * are built once by the factory methods, outside the measured part; only {@code evaluate} is
 * measured.
 *
 * <p>Instances are not thread-safe (one per benchmark state).
 */
public final class TribuoPeers {

  /** The regression output's dimension name. */
  static final String TARGET = "y";

  private static final String[] FEATURE = {"x"};
  private static final double[] FEATURE_VALUE = {1.0};
  // A fixed time keeps the provenance, and so the setup, deterministic.
  private static final OffsetDateTime EPOCH =
      OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private TribuoPeers() {}

  /** A regression model and its predictions, ready for {@link RegressionEvaluator}. */
  public static final class RegressionCase {
    private final RegressionEvaluator evaluator = new RegressionEvaluator();
    private final Model<Regressor> model;
    private final List<Prediction<Regressor>> predictions;
    private final DataProvenance provenance;

    private RegressionCase(
        Model<Regressor> model,
        List<Prediction<Regressor>> predictions,
        DataProvenance provenance) {
      this.model = model;
      this.predictions = predictions;
      this.provenance = provenance;
    }

    /**
     * Runs Tribuo's regression evaluator: MAE, RMSE, R² and explained variance of the one output
     * dimension, plus their averages.
     *
     * @return Tribuo's evaluation
     */
    public RegressionEvaluation evaluate() {
      return evaluator.evaluate(model, predictions, provenance);
    }

    /**
     * The output dimension the predictions carry, for reading single figures off the evaluation.
     *
     * @return the regressor naming the dimension
     */
    public Regressor target() {
      return new Regressor(TARGET, Double.NaN);
    }
  }

  /** A classification model and its predictions, ready for {@link LabelEvaluator}. */
  public static final class ClassificationCase {
    private final LabelEvaluator evaluator = new LabelEvaluator();
    private final Model<Label> model;
    private final List<Prediction<Label>> predictions;
    private final DataProvenance provenance;

    private ClassificationCase(
        Model<Label> model, List<Prediction<Label>> predictions, DataProvenance provenance) {
      this.model = model;
      this.predictions = predictions;
      this.provenance = provenance;
    }

    /**
     * Runs Tribuo's label evaluator: the confusion matrix, per-label TP/FP/FN/TN, precision,
     * recall, F1 and accuracy, their micro and macro averages and the balanced error rate.
     *
     * @return Tribuo's evaluation
     */
    public LabelEvaluation evaluate() {
      return evaluator.evaluate(model, predictions, provenance);
    }
  }

  /**
   * Builds one Tribuo prediction per row, each holding its actual value in its example.
   *
   * @param actual true values
   * @param predicted predictions, same length
   * @return the evaluation case
   */
  public static RegressionCase regression(double[] actual, double[] predicted) {
    RegressionFactory factory = new RegressionFactory();
    DataProvenance provenance = new SimpleDataSourceProvenance("evalkit benchmark", EPOCH, factory);
    MutableDataset<Regressor> training = new MutableDataset<>(provenance, factory);
    training.add(new ArrayExample<>(new Regressor(TARGET, 0.0), FEATURE, FEATURE_VALUE));
    training.add(new ArrayExample<>(new Regressor(TARGET, 1.0), FEATURE, FEATURE_VALUE));
    Model<Regressor> model = DummyRegressionTrainer.createMeanTrainer().train(training);
    List<Prediction<Regressor>> predictions = new ArrayList<>(actual.length);
    for (int i = 0; i < actual.length; i++) {
      ArrayExample<Regressor> example =
          new ArrayExample<>(new Regressor(TARGET, actual[i]), FEATURE, FEATURE_VALUE);
      predictions.add(new Prediction<>(new Regressor(TARGET, predicted[i]), 1, example));
    }
    return new RegressionCase(model, predictions, provenance);
  }

  /**
   * Builds one Tribuo prediction per row; class code {@code c} becomes the label {@code "c"}.
   *
   * @param actual actual class codes
   * @param predicted predicted class codes, same length
   * @param k number of classes; the model's domain holds all of them
   * @return the evaluation case
   */
  public static ClassificationCase classification(int[] actual, int[] predicted, int k) {
    LabelFactory factory = new LabelFactory();
    DataProvenance provenance = new SimpleDataSourceProvenance("evalkit benchmark", EPOCH, factory);
    MutableDataset<Label> training = new MutableDataset<>(provenance, factory);
    Label[] labels = new Label[k];
    for (int c = 0; c < k; c++) {
      labels[c] = new Label(Integer.toString(c));
      training.add(new ArrayExample<>(labels[c], FEATURE, FEATURE_VALUE));
    }
    Model<Label> model = DummyClassifierTrainer.createMostFrequentTrainer().train(training);
    List<Prediction<Label>> predictions = new ArrayList<>(actual.length);
    for (int i = 0; i < actual.length; i++) {
      ArrayExample<Label> example = new ArrayExample<>(labels[actual[i]], FEATURE, FEATURE_VALUE);
      predictions.add(new Prediction<>(labels[predicted[i]], 1, example));
    }
    return new ClassificationCase(model, predictions, provenance);
  }
}
