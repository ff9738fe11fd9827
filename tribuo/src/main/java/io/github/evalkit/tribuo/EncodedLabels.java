package io.github.evalkit.tribuo;

import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.LabelEncoder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Tribuo classification predictions as evalkit sees them: a list of label names and, per
 * prediction, the code (index into that list) of its actual and of its predicted label.
 *
 * <p><b>Which labels.</b> The label list is the model's output domain (so a class the model never
 * predicts, or that no test row has, still gets a row and a column), plus any label that occurs in
 * the predictions but not in the domain (a test class unseen in training: Tribuo's own evaluator
 * rejects those, evalkit counts them). It is sorted as evalkit's command line sorts labels: by
 * numeric value when every label is a number, else by text. When only predictions are given, the
 * domain is the union of the actual labels, the predicted labels and the labels in each
 * prediction's score map.
 *
 * <p><b>Edge cases.</b> An empty prediction list gives empty code arrays (the label list may still
 * be non-empty). A prediction whose actual label is Tribuo's unknown label ({@code LABEL##UNKNOWN},
 * an unlabelled example) cannot be evaluated and is rejected with an {@link
 * IllegalArgumentException} naming its index. Tribuo's label scores are ignored here: only the
 * label names count.
 *
 * <p>Immutable and thread-safe: the arrays are copied on the way in and on the way out.
 */
public final class EncodedLabels {

  private final List<String> labels;
  private final int[] actual;
  private final int[] predicted;

  private EncodedLabels(List<String> labels, int[] actual, int[] predicted) {
    this.labels = List.copyOf(labels);
    this.actual = actual;
    this.predicted = predicted;
  }

  /**
   * Encodes predictions, taking the labels from the model's output domain.
   *
   * @param model the model that made the predictions; only its output domain is read
   * @param predictions the predictions, each carrying its example with the actual label
   * @return the encoded labels
   * @throws IllegalArgumentException if an argument or a prediction is null, or an actual label is
   *     Tribuo's unknown label
   */
  public static EncodedLabels of(Model<Label> model, List<Prediction<Label>> predictions) {
    AdapterChecks.notNull("model", model);
    return of(model.getOutputIDInfo(), predictions);
  }

  /**
   * Encodes predictions, taking the labels from an output domain (for example {@code
   * dataset.getOutputIDInfo()}).
   *
   * @param domain the output domain; its labels all appear in the result
   * @param predictions the predictions, each carrying its example with the actual label
   * @return the encoded labels
   * @throws IllegalArgumentException if an argument or a prediction is null, or an actual label is
   *     Tribuo's unknown label
   */
  public static EncodedLabels of(
      ImmutableOutputInfo<Label> domain, List<Prediction<Label>> predictions) {
    AdapterChecks.notNull("domain", domain);
    AdapterChecks.notNull("predictions", predictions);
    Set<String> names = new LinkedHashSet<>();
    for (Label label : domain.getDomain()) {
      names.add(label.getLabel());
    }
    return encode(names, predictions);
  }

  /**
   * Encodes predictions without a model: the labels are those that occur as actual or predicted
   * labels, or as keys of a prediction's score map (which for most Tribuo classifiers is the whole
   * output domain).
   *
   * @param predictions the predictions, each carrying its example with the actual label
   * @return the encoded labels
   * @throws IllegalArgumentException if the list or a prediction is null, or an actual label is
   *     Tribuo's unknown label
   */
  public static EncodedLabels of(List<Prediction<Label>> predictions) {
    AdapterChecks.notNull("predictions", predictions);
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < predictions.size(); i++) {
      Prediction<Label> p = AdapterChecks.prediction(predictions, i);
      names.addAll(p.getOutputScores().keySet());
    }
    return encode(names, predictions);
  }

  private static EncodedLabels encode(Set<String> names, List<Prediction<Label>> predictions) {
    int n = predictions.size();
    String[] actualNames = new String[n];
    String[] predictedNames = new String[n];
    for (int i = 0; i < n; i++) {
      Prediction<Label> p = AdapterChecks.prediction(predictions, i);
      actualNames[i] = AdapterChecks.actualLabel(p, i);
      predictedNames[i] = p.getOutput().getLabel();
      names.add(actualNames[i]);
      names.add(predictedNames[i]);
    }
    List<String> labels = LabelEncoder.order(names);
    Map<String, Integer> codes = new HashMap<>();
    for (int c = 0; c < labels.size(); c++) {
      codes.put(labels.get(c), c);
    }
    int[] actual = new int[n];
    int[] predicted = new int[n];
    for (int i = 0; i < n; i++) {
      actual[i] = codes.get(actualNames[i]);
      predicted[i] = codes.get(predictedNames[i]);
    }
    return new EncodedLabels(labels, actual, predicted);
  }

  /**
   * The label names; a label's code is its index in this list.
   *
   * @return an unmodifiable list, sorted as described in the class comment
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The number of labels, the size of the confusion matrix.
   *
   * @return {@code labels().size()}
   */
  public int labelCount() {
    return labels.size();
  }

  /**
   * The code of a label.
   *
   * @param label a label name
   * @return its index in {@link #labels()}
   * @throws IllegalArgumentException if the label is not one of {@link #labels()}
   */
  public int codeOf(String label) {
    int code = labels.indexOf(label);
    if (code < 0) {
      throw new IllegalArgumentException("unknown label '" + label + "'; labels are " + labels);
    }
    return code;
  }

  /**
   * The number of predictions encoded.
   *
   * @return the length of {@link #actual()} and {@link #predicted()}
   */
  public int size() {
    return actual.length;
  }

  /**
   * The actual label of each prediction, as codes in {@code [0, labelCount())}.
   *
   * @return a fresh copy, in the order of the predictions
   */
  public int[] actual() {
    return actual.clone();
  }

  /**
   * The predicted label of each prediction, as codes in {@code [0, labelCount())}.
   *
   * @return a fresh copy, in the order of the predictions
   */
  public int[] predicted() {
    return predicted.clone();
  }

  /**
   * Counts the encoded pairs into evalkit's confusion matrix: rows = actual, columns = predicted,
   * over exactly {@link #labels()} in that order (so every label of the domain has a row and a
   * column, even with a count of 0). This is the transpose of Tribuo's {@code
   * LabelConfusionMatrix}.
   *
   * @return the matrix, with the default zero-division policy {@code WARN}
   * @throws IllegalArgumentException if there are no predictions (evalkit's matrix needs at least
   *     one row)
   */
  public ConfusionMatrix toConfusionMatrix() {
    if (actual.length == 0) {
      throw new IllegalArgumentException(
          "there are no predictions to evaluate; a confusion matrix needs at least one");
    }
    String[] actualNames = new String[actual.length];
    String[] predictedNames = new String[predicted.length];
    for (int i = 0; i < actual.length; i++) {
      actualNames[i] = labels.get(actual[i]);
      predictedNames[i] = labels.get(predicted[i]);
    }
    return ConfusionMatrix.of(actualNames, predictedNames, LabelEncoder.ofOrdered(labels));
  }

  @Override
  public String toString() {
    return "EncodedLabels[labels=" + labels + ", size=" + size() + "]";
  }

  /**
   * Equal when the labels and every code agree.
   *
   * @param o another object
   * @return true if {@code o} encodes the same labels and codes
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof EncodedLabels e
        && labels.equals(e.labels)
        && Arrays.equals(actual, e.actual)
        && Arrays.equals(predicted, e.predicted);
  }

  @Override
  public int hashCode() {
    return labels.hashCode() * 31 * 31 + Arrays.hashCode(actual) * 31 + Arrays.hashCode(predicted);
  }
}
