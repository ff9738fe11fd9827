package io.github.evalkit.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * One-vs-rest counts and scores for a positive label: every other label counts as negative. With
 * two labels this is the usual binary confusion table; with more it is scikit-learn's {@code
 * pos_label} view of one class. {@code tn = n − tp − fp − fn}. Scores follow the matrix's {@link
 * ZeroDivision} policy.
 *
 * <p>Immutable and thread-safe.
 */
public final class BinaryView {

  private final ConfusionMatrix matrix;
  private final int positive;

  BinaryView(ConfusionMatrix matrix, int positive) {
    this.matrix = matrix;
    this.positive = positive;
  }

  /**
   * The positive label.
   *
   * @return the label
   */
  public String positiveLabel() {
    return matrix.labels().get(positive);
  }

  /**
   * True positives: actually and predicted positive.
   *
   * @return tp
   */
  public long truePositives() {
    return matrix.truePositives(positive);
  }

  /**
   * False positives: predicted positive, actually negative.
   *
   * @return fp
   */
  public long falsePositives() {
    return matrix.falsePositives(positive);
  }

  /**
   * False negatives: actually positive, predicted negative.
   *
   * @return fn
   */
  public long falseNegatives() {
    return matrix.falseNegatives(positive);
  }

  /**
   * True negatives: actually and predicted negative.
   *
   * @return tn
   */
  public long trueNegatives() {
    return matrix.trueNegatives(positive);
  }

  /**
   * Precision {@code tp/(tp+fp)}; see {@link ConfusionMatrix#precision(int)}.
   *
   * @return the precision or the policy's value
   */
  public double precision() {
    return matrix.precision(positive);
  }

  /**
   * Recall (sensitivity) {@code tp/(tp+fn)}; see {@link ConfusionMatrix#recall(int)}.
   *
   * @return the recall or the policy's value
   */
  public double recall() {
    return matrix.recall(positive);
  }

  /**
   * F1 {@code 2tp/(2tp+fp+fn)}; see {@link ConfusionMatrix#f1(int)}.
   *
   * @return F1 or the policy's value
   */
  public double f1() {
    return matrix.f1(positive);
  }

  /**
   * F-beta; see {@link ConfusionMatrix#fBeta(int, double)}.
   *
   * @param beta β, finite and {@code >= 0}
   * @return F-beta or the policy's value
   * @throws IllegalArgumentException if β is invalid
   */
  public double fBeta(double beta) {
    return matrix.fBeta(positive, beta);
  }

  /**
   * Specificity {@code tn/(tn+fp)}, undefined when there are no actual negatives.
   *
   * @return the specificity or the policy's value
   */
  public double specificity() {
    return matrix.specificity(positive);
  }

  /**
   * The warnings of precision, recall, F1 and specificity under {@link ZeroDivision#WARN}.
   *
   * @return an unmodifiable list
   */
  public List<MetricWarning> warnings() {
    List<MetricWarning> out = new ArrayList<>();
    matrix.precision(positive, out);
    matrix.recall(positive, out);
    matrix.f1(positive, out);
    matrix.specificity(positive, out);
    return List.copyOf(out);
  }

  /**
   * Explanations of precision, recall, F1 and specificity with their counts.
   *
   * @return an unmodifiable list
   */
  public List<Explanation> explanations() {
    return List.of(
        Explain.precision(matrix, positive),
        Explain.recall(matrix, positive),
        Explain.f1(matrix, positive),
        Explain.specificity(matrix, positive));
  }

  /**
   * The counts.
   *
   * @return e.g. {@code BinaryView[positive=yes, tp=63, fp=10, fn=7, tn=20]}
   */
  @Override
  public String toString() {
    return "BinaryView[positive="
        + positiveLabel()
        + ", tp="
        + truePositives()
        + ", fp="
        + falsePositives()
        + ", fn="
        + falseNegatives()
        + ", tn="
        + trueNegatives()
        + "]";
  }
}
