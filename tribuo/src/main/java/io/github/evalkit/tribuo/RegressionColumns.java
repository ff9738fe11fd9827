package io.github.evalkit.tribuo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.regression.Regressor;

/**
 * Tribuo regression predictions as evalkit sees them: for each output dimension (by name), the
 * actual and the predicted value of every prediction, as two {@code double[]} columns.
 *
 * <p><b>Dimensions.</b> A one-dimensional Tribuo regressor has a single dimension (often named
 * {@code "DIM-0"} or after the target); a multi-dimensional one has one column pair per dimension.
 * With a model the dimensions are those of its output domain, otherwise those of the first
 * prediction's actual output; they are kept in Tribuo's order (sorted by name). Values are looked
 * up by dimension name, never by position, in both the actual and the predicted regressor.
 *
 * <p><b>Edge cases.</b> An empty prediction list gives empty columns (and, without a model, no
 * dimensions). A prediction that lacks a dimension, and a value that is NaN or infinite (Tribuo's
 * unknown regressor is all NaN), are rejected with an {@link IllegalArgumentException} naming the
 * prediction's index, the dimension and the value. Tribuo's predicted variances are ignored; the
 * examples' weights are kept in {@link #weights()}.
 *
 * <p>Immutable and thread-safe: columns are copied on the way out.
 */
public final class RegressionColumns {

  private final Map<String, double[]> actual;
  private final Map<String, double[]> predicted;
  private final double[] weights;

  private RegressionColumns(
      Map<String, double[]> actual, Map<String, double[]> predicted, double[] weights) {
    this.actual = actual;
    this.predicted = predicted;
    this.weights = weights;
  }

  /**
   * Extracts the columns of every dimension in the model's output domain.
   *
   * @param model the model that made the predictions; only its output domain is read
   * @param predictions the predictions, each carrying its example with the actual values
   * @return the columns
   * @throws IllegalArgumentException if an argument or a prediction is null, a prediction lacks a
   *     dimension, or a value is not finite
   */
  public static RegressionColumns of(
      Model<Regressor> model, List<Prediction<Regressor>> predictions) {
    AdapterChecks.notNull("model", model);
    return of(model.getOutputIDInfo(), predictions);
  }

  /**
   * Extracts the columns of every dimension in an output domain.
   *
   * @param domain the output domain, for example {@code model.getOutputIDInfo()}
   * @param predictions the predictions, each carrying its example with the actual values
   * @return the columns
   * @throws IllegalArgumentException if an argument or a prediction is null, a prediction lacks a
   *     dimension, or a value is not finite
   */
  public static RegressionColumns of(
      ImmutableOutputInfo<Regressor> domain, List<Prediction<Regressor>> predictions) {
    AdapterChecks.notNull("domain", domain);
    return extract(Arrays.asList(Regressor.extractNames(domain)), predictions);
  }

  /**
   * Extracts the columns of the dimensions of the first prediction's actual output.
   *
   * @param predictions the predictions, each carrying its example with the actual values
   * @return the columns
   * @throws IllegalArgumentException if the list or a prediction is null, a prediction lacks a
   *     dimension, or a value is not finite
   */
  public static RegressionColumns of(List<Prediction<Regressor>> predictions) {
    AdapterChecks.notNull("predictions", predictions);
    List<String> names = new ArrayList<>();
    if (!predictions.isEmpty()) {
      names.addAll(
          Arrays.asList(
              AdapterChecks.prediction(predictions, 0).getExample().getOutput().getNames()));
    }
    return extract(names, predictions);
  }

  private static RegressionColumns extract(
      List<String> names, List<Prediction<Regressor>> predictions) {
    AdapterChecks.notNull("predictions", predictions);
    int n = predictions.size();
    Map<String, double[]> actual = new LinkedHashMap<>();
    Map<String, double[]> predicted = new LinkedHashMap<>();
    double[] weights = new double[n];
    for (String name : names) {
      actual.put(name, new double[n]);
      predicted.put(name, new double[n]);
    }
    for (int i = 0; i < n; i++) {
      Prediction<Regressor> p = AdapterChecks.prediction(predictions, i);
      weights[i] = p.getExample().getWeight(); // float to double is exact
      for (String name : names) {
        actual.get(name)[i] = value(p.getExample().getOutput(), name, i, "actual");
        predicted.get(name)[i] = value(p.getOutput(), name, i, "predicted");
      }
    }
    return new RegressionColumns(actual, predicted, weights);
  }

  private static double value(Regressor regressor, String name, int i, String role) {
    Optional<Regressor.DimensionTuple> dimension = regressor.getDimension(name);
    if (dimension.isEmpty()) {
      throw new IllegalArgumentException(
          "predictions["
              + i
              + "]: the "
              + role
              + " output has no dimension '"
              + name
              + "' (it has "
              + Arrays.toString(regressor.getNames())
              + ")");
    }
    double v = dimension.get().getValue();
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(
          "predictions["
              + i
              + "]: "
              + role
              + " value of dimension '"
              + name
              + "' is "
              + v
              + "; metrics need finite values");
    }
    return v;
  }

  /**
   * The dimension names, in Tribuo's order.
   *
   * @return an unmodifiable list; empty only when extracted from an empty list without a model
   */
  public List<String> dimensions() {
    return List.copyOf(actual.keySet());
  }

  /**
   * The number of predictions, the length of every column.
   *
   * @return the number of rows
   */
  public int size() {
    return weights.length;
  }

  /**
   * The weight of each prediction's example ({@code Example.getWeight()}, 1 unless set), widened
   * exactly from Tribuo's {@code float}.
   *
   * @return a fresh copy, in the order of the predictions
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * The actual values of one dimension.
   *
   * @param dimension a name from {@link #dimensions()}
   * @return a fresh copy, in the order of the predictions
   * @throws IllegalArgumentException if there is no such dimension
   */
  public double[] actual(String dimension) {
    return column(actual, dimension).clone();
  }

  /**
   * The predicted values of one dimension.
   *
   * @param dimension a name from {@link #dimensions()}
   * @return a fresh copy, in the order of the predictions
   * @throws IllegalArgumentException if there is no such dimension
   */
  public double[] predicted(String dimension) {
    return column(predicted, dimension).clone();
  }

  private double[] column(Map<String, double[]> columns, String dimension) {
    double[] column = columns.get(dimension);
    if (column == null) {
      throw new IllegalArgumentException(
          "unknown dimension '" + dimension + "'; dimensions are " + columns.keySet());
    }
    return column;
  }

  @Override
  public String toString() {
    return "RegressionColumns[dimensions=" + actual.keySet() + ", size=" + size() + "]";
  }
}
