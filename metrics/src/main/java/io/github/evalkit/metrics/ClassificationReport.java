package io.github.evalkit.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every classification figure of a confusion matrix, computed once: per-label precision, recall,
 * F1, specificity and support; macro, weighted and micro averages; accuracy, balanced accuracy,
 * MCC, Cohen's kappa; the majority-class baseline; optionally a one-vs-rest {@link BinaryView};
 * custom {@link Metric}s; and the warnings, as data. It renders as text like scikit-learn's {@code
 * classification_report} ({@link #toText(int)}), as Markdown ({@link #toMarkdown(int)}), as a
 * labelled grid ({@link #confusionMatrixGrid()}) and as worked formulas ({@link #explanations()}).
 *
 * <pre>{@code
 * ClassificationReport report =
 *     ClassificationReport.of(ConfusionMatrix.of(actual, predicted))
 *         .withZeroDivision(ZeroDivision.NAN)
 *         .withPositiveLabel("yes");
 * System.out.println(report.toText(3));
 * }</pre>
 *
 * <p>Immutable and thread-safe (as long as custom metrics are).
 */
public final class ClassificationReport {

  /**
   * The names of the built-in figures, in the command line's JSON and in the text report, which a
   * custom metric may not take.
   */
  public static final Set<String> BUILT_IN_NAMES =
      Set.of(
          "accuracy",
          "balanced_accuracy",
          "balanced accuracy",
          "mcc",
          "cohen_kappa",
          "cohen kappa",
          "precision",
          "recall",
          "f1",
          "specificity",
          "support",
          "macro",
          "micro",
          "weighted",
          "baseline");

  private final ConfusionMatrix matrix;
  private final String positive;
  private final List<Metric<ConfusionMatrix>> metrics;

  private final List<ClassScores> perClass;
  private final Map<Average, AveragedScores> averages;
  private final double mcc;
  private final double kappa;
  private final Map<String, Double> custom;
  private final List<MetricWarning> warnings;

  private ClassificationReport(
      ConfusionMatrix matrix, String positive, List<Metric<ConfusionMatrix>> metrics) {
    this.matrix = matrix;
    this.positive = positive;
    this.metrics = List.copyOf(metrics);
    List<MetricWarning> found = new ArrayList<>();
    List<ClassScores> rows = new ArrayList<>();
    for (int c = 0; c < matrix.numClasses(); c++) {
      rows.add(
          new ClassScores(
              matrix.labels().get(c),
              matrix.precision(c, found),
              matrix.recall(c, found),
              matrix.f1(c, found),
              matrix.specificity(c, null),
              matrix.support(c)));
    }
    this.perClass = List.copyOf(rows);
    Map<Average, AveragedScores> avg = new EnumMap<>(Average.class);
    for (Average a : Average.values()) {
      avg.put(a, new AveragedScores(a, matrix.precision(a), matrix.recall(a), matrix.f1(a)));
    }
    this.averages = Collections.unmodifiableMap(avg);
    this.mcc = matrix.matthewsCorrelation(found);
    this.kappa = matrix.cohenKappa(found);
    if (positive != null) {
      // Precision, recall and F1 of the positive label are already warned about above.
      matrix.specificity(matrix.indexOf(positive), found);
    }
    if (!matrix.beatsBaseline()) {
      MajorityBaseline b = matrix.baseline();
      found.add(
          new MetricWarning(
              MetricWarning.Kind.BASELINE_NOT_BEATEN,
              "accuracy",
              "accuracy "
                  + Format.fixed(matrix.accuracy(), 3)
                  + " does not beat the majority-class baseline (always predicting '"
                  + b.label()
                  + "' scores "
                  + Format.fixed(b.accuracy(), 3)
                  + ")"));
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric<ConfusionMatrix> m : this.metrics) {
      values.put(m.name(), m.compute(matrix));
    }
    this.custom = Collections.unmodifiableMap(values);
    this.warnings = List.copyOf(found);
  }

  /**
   * The report of a matrix, with the matrix's zero-division policy.
   *
   * @param matrix the confusion matrix
   * @return the report
   * @throws IllegalArgumentException if {@code matrix} is null
   */
  public static ClassificationReport of(ConfusionMatrix matrix) {
    if (matrix == null) {
      throw new IllegalArgumentException("matrix must not be null");
    }
    return new ClassificationReport(matrix, null, List.of());
  }

  /**
   * The same report under another zero-division policy.
   *
   * @param policy the policy
   * @return a new report
   * @throws IllegalArgumentException if {@code policy} is null
   */
  public ClassificationReport withZeroDivision(ZeroDivision policy) {
    return new ClassificationReport(matrix.withZeroDivision(policy), positive, metrics);
  }

  /**
   * The same report with a one-vs-rest view for a positive label (the command line's {@code
   * --positive}).
   *
   * @param label the positive label; must be one of the matrix's labels
   * @return a new report
   * @throws IllegalArgumentException if the label is null or occurs in neither actual nor predicted
   *     labels
   */
  public ClassificationReport withPositiveLabel(String label) {
    if (label == null || !matrix.labelEncoder().contains(label)) {
      throw new IllegalArgumentException(
          "positive label '" + label + "' is not one of the labels " + matrix.labels());
    }
    int c = matrix.indexOf(label);
    if (matrix.support(c) == 0 && matrix.predictedCount(c) == 0) {
      throw new IllegalArgumentException(
          "positive label '" + label + "' occurs in neither the actual nor the predicted labels");
    }
    return new ClassificationReport(matrix, label, metrics);
  }

  /**
   * The same report with a custom metric added after the built-in ones.
   *
   * @param metric the metric
   * @return a new report
   * @throws IllegalArgumentException if {@code metric} is null or its name is already used, by a
   *     custom metric or by a built-in figure ({@code accuracy}, {@code balanced_accuracy}, {@code
   *     mcc}, {@code cohen_kappa} and the other names of {@link #BUILT_IN_NAMES})
   */
  public ClassificationReport withMetric(Metric<ConfusionMatrix> metric) {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
    if (custom.containsKey(metric.name()) || BUILT_IN_NAMES.contains(metric.name())) {
      throw new IllegalArgumentException(
          "a metric named '" + metric.name() + "' is already in the report");
    }
    List<Metric<ConfusionMatrix>> more = new ArrayList<>(metrics);
    more.add(metric);
    return new ClassificationReport(matrix, positive, more);
  }

  /**
   * The confusion matrix, with the report's policy.
   *
   * @return the matrix
   */
  public ConfusionMatrix confusionMatrix() {
    return matrix;
  }

  /**
   * The zero-division policy.
   *
   * @return the policy
   */
  public ZeroDivision zeroDivision() {
    return matrix.zeroDivision();
  }

  /**
   * The labels in order.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return matrix.labels();
  }

  /**
   * The number of rows evaluated.
   *
   * @return n
   */
  public long n() {
    return matrix.total();
  }

  /**
   * Per-label scores, in label order.
   *
   * @return an unmodifiable list
   */
  public List<ClassScores> perClass() {
    return perClass;
  }

  /**
   * Averaged precision, recall and F1.
   *
   * @param average how to average
   * @return the scores
   * @throws IllegalArgumentException if {@code average} is null
   */
  public AveragedScores average(Average average) {
    if (average == null) {
      throw new IllegalArgumentException("average must not be null");
    }
    return averages.get(average);
  }

  /**
   * Accuracy; see {@link ConfusionMatrix#accuracy()}.
   *
   * @return accuracy
   */
  public double accuracy() {
    return matrix.accuracy();
  }

  /**
   * Balanced accuracy; see {@link ConfusionMatrix#balancedAccuracy()}.
   *
   * @return balanced accuracy
   */
  public double balancedAccuracy() {
    return matrix.balancedAccuracy();
  }

  /**
   * Matthews correlation; see {@link ConfusionMatrix#matthewsCorrelation()}.
   *
   * @return MCC or the policy's value
   */
  public double matthewsCorrelation() {
    return mcc;
  }

  /**
   * Cohen's kappa; see {@link ConfusionMatrix#cohenKappa()}.
   *
   * @return kappa, NaN when undefined
   */
  public double cohenKappa() {
    return kappa;
  }

  /**
   * The majority-class baseline.
   *
   * @return the baseline
   */
  public MajorityBaseline baseline() {
    return matrix.baseline();
  }

  /**
   * Whether accuracy is above the baseline's.
   *
   * @return true if the model beats the majority-class baseline
   */
  public boolean beatsBaseline() {
    return matrix.beatsBaseline();
  }

  /**
   * The one-vs-rest view, if a positive label was set.
   *
   * @return the view, or empty
   */
  public Optional<BinaryView> binary() {
    return positive == null ? Optional.empty() : Optional.of(matrix.binary(positive));
  }

  /**
   * The custom metrics' values by name, in the order they were added.
   *
   * @return an unmodifiable map
   */
  public Map<String, Double> customMetrics() {
    return custom;
  }

  /**
   * The warnings: zero divisions of per-label precision, recall, F1 (and the positive label's
   * specificity) under {@link ZeroDivision#WARN}; an MCC zero division; an undefined kappa; and a
   * model that does not beat the majority-class baseline. Empty when nothing needs saying.
   *
   * @return an unmodifiable list, in a fixed order
   */
  public List<MetricWarning> warnings() {
    return warnings;
  }

  /**
   * Worked formulas with the actual counts: per label precision, recall, F1; accuracy, balanced
   * accuracy, MCC, kappa, baseline; the binary view's scores; custom metrics.
   *
   * @return an unmodifiable list
   */
  public List<Explanation> explanations() {
    List<Explanation> out = new ArrayList<>();
    for (int c = 0; c < matrix.numClasses(); c++) {
      out.add(Explain.precision(matrix, c));
      out.add(Explain.recall(matrix, c));
      out.add(Explain.f1(matrix, c));
    }
    out.add(Explain.accuracy(matrix));
    out.add(Explain.balancedAccuracy(matrix));
    out.add(Explain.mcc(matrix));
    out.add(Explain.cohenKappa(matrix));
    out.add(Explain.baseline(matrix));
    if (positive != null) {
      out.add(Explain.specificity(matrix, matrix.indexOf(positive)));
    }
    for (Metric<ConfusionMatrix> m : metrics) {
      out.add(m.explain(matrix));
    }
    return List.copyOf(out);
  }

  /**
   * Text laid out like scikit-learn's {@code classification_report(y_true, y_pred, digits=digits)},
   * followed by balanced accuracy, MCC, kappa, the baseline, the binary view, custom metrics and
   * warnings. Undefined values print as {@code undefined}. Values are rounded half up from their
   * shortest decimal form (1/8 to 2 decimals is 0.13), where scikit-learn's report, formatted by
   * Python, rounds the binary value half to even (0.12).
   *
   * @param digits decimals, 0 to 17 (scikit-learn's default is 2)
   * @return the text, lines ending in {@code \n}
   * @throws IllegalArgumentException if {@code digits} is out of range
   */
  public String toText(int digits) {
    return ReportFormat.text(this, digits);
  }

  /**
   * The same content as a Markdown table plus lists.
   *
   * @param digits decimals, 0 to 17
   * @return Markdown text
   * @throws IllegalArgumentException if {@code digits} is out of range
   */
  public String toMarkdown(int digits) {
    return ReportFormat.markdown(this, digits);
  }

  /**
   * The confusion matrix as a labelled grid, rows actual, columns predicted.
   *
   * @return the grid, lines ending in {@code \n}
   */
  public String confusionMatrixGrid() {
    return ReportFormat.grid(matrix);
  }

  /**
   * The text report with two decimals.
   *
   * @return {@code toText(2)}
   */
  @Override
  public String toString() {
    return toText(2);
  }
}
