package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Counts of (actual, predicted) label pairs: rows are actual labels, columns predicted ones, as in
 * scikit-learn's {@code confusion_matrix}. Counts are {@code long}. Per label {@code c}: {@code tp
 * = C[c][c]}, {@code fp = column sum − tp}, {@code fn = row sum − tp}, {@code tn = n − tp − fp −
 * fn}, {@code support = row sum}.
 *
 * <p>Per-label scores take a class code ({@code int}) or a label ({@code String}); averaged scores
 * take an {@link Average}. A ratio with a zero denominator (precision of a label never predicted,
 * recall of a label never present, ...) is resolved by the matrix's {@link ZeroDivision} policy: by
 * default {@link ZeroDivision#WARN}, which gives {@code 0} and records a warning in {@link
 * #warnings()}. Under {@link ZeroDivision#NAN} such values are NaN and averages leave them out.
 *
 * <pre>{@code
 * ConfusionMatrix cm = ConfusionMatrix.of(new String[] {"no", "yes", "yes"},
 *                                         new String[] {"no", "yes", "no"});
 * cm.precision("no");                 // 1/2
 * cm.f1(Average.MACRO);
 * cm.withZeroDivision(ZeroDivision.NAN).precision("yes");
 * }</pre>
 *
 * <p>A matrix always has at least one row counted ({@code total() >= 1}). Immutable and
 * thread-safe.
 */
public final class ConfusionMatrix {

  private final LabelEncoder labels;
  private final int k;

  /** Row-major, {@code counts[actual * k + predicted]}. */
  private final long[] counts;

  private final long[] rowSums;
  private final long[] columnSums;
  private final long trace;
  private final long total;
  private final ZeroDivision zeroDivision;

  private ConfusionMatrix(LabelEncoder labels, long[] counts, ZeroDivision zeroDivision) {
    this.labels = labels;
    this.k = labels.size();
    this.counts = counts;
    this.zeroDivision = zeroDivision;
    this.rowSums = new long[k];
    this.columnSums = new long[k];
    long diagonal = 0;
    long sum = 0;
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        long c = counts[a * k + p];
        rowSums[a] += c;
        columnSums[p] += c;
        sum += c;
      }
      diagonal += counts[a * k + a];
    }
    this.trace = diagonal;
    this.total = sum;
  }

  /** Takes ownership of {@code counts}; checks that they are non-negative and not all zero. */
  static ConfusionMatrix fromOwnedCounts(LabelEncoder labels, long[] counts) {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException(
            "counts["
                + i / labels.size()
                + "]["
                + i % labels.size()
                + "] = "
                + counts[i]
                + " is negative");
      }
      if (counts[i] > Long.MAX_VALUE - sum) {
        throw new IllegalArgumentException(
            "counts add up to more than " + Long.MAX_VALUE + " rows, which a long cannot hold");
      }
      sum += counts[i];
    }
    if (sum == 0) {
      throw new IllegalArgumentException(
          "a confusion matrix needs at least one row; all counts are 0");
    }
    return new ConfusionMatrix(labels, counts, ZeroDivision.WARN);
  }

  /**
   * Counts class codes; the labels are the codes' texts {@code "0"}, {@code "1"}, ....
   *
   * @param actualCodes true class codes in {@code [0, numClasses)}
   * @param predictedCodes predicted class codes, same length
   * @param numClasses number of classes, at least 1
   * @return the matrix, with the default policy {@link ZeroDivision#WARN}
   * @throws IllegalArgumentException if an array is null, the lengths differ, the arrays are empty,
   *     {@code numClasses < 1}, or a code is out of range (naming argument, index, value)
   */
  public static ConfusionMatrix of(int[] actualCodes, int[] predictedCodes, int numClasses) {
    Checks.sameLength("actualCodes", actualCodes, "predictedCodes", predictedCodes);
    Checks.positive("numClasses", numClasses);
    requireNonEmpty(actualCodes.length);
    long[] counts = new long[checkedSquare(numClasses)];
    ArrayKernels.countPairs(actualCodes, predictedCodes, 0, actualCodes.length, numClasses, counts);
    return new ConfusionMatrix(codeLabels(numClasses), counts, ZeroDivision.WARN);
  }

  /**
   * Counts labels; the label set is the union of actual and predicted labels, ordered as {@link
   * LabelEncoder} describes (numbers by value, else text).
   *
   * @param actual true labels
   * @param predicted predicted labels, same length
   * @return the matrix
   * @throws IllegalArgumentException if an array or element is null, the lengths differ or the
   *     arrays are empty
   */
  public static ConfusionMatrix of(String[] actual, String[] predicted) {
    LabelEncoder.requireNoNulls("actual", actual);
    LabelEncoder.requireNoNulls("predicted", predicted);
    if (actual.length != predicted.length) {
      throw new IllegalArgumentException(
          "actual and predicted lengths differ: " + actual.length + " != " + predicted.length);
    }
    requireNonEmpty(actual.length);
    return of(actual, predicted, LabelEncoder.fromUnion(actual, predicted));
  }

  /**
   * Counts labels with a given label set and order (scikit-learn's {@code labels=}).
   *
   * @param actual true labels
   * @param predicted predicted labels, same length
   * @param labels the labels; every value must be one of them
   * @return the matrix
   * @throws IllegalArgumentException if an array or element is null, the lengths differ, the arrays
   *     are empty or a value is not a known label
   */
  public static ConfusionMatrix of(String[] actual, String[] predicted, LabelEncoder labels) {
    if (labels == null) {
      throw new IllegalArgumentException("labels must not be null");
    }
    int[] a = labels.encode("actual", actual);
    int[] p = labels.encode("predicted", predicted);
    Checks.sameLength("actual", a, "predicted", p);
    requireNonEmpty(a.length);
    long[] counts = new long[checkedSquare(labels.size())];
    ArrayKernels.countPairs(a, p, 0, a.length, labels.size(), counts);
    return new ConfusionMatrix(labels, counts, ZeroDivision.WARN);
  }

  /**
   * Counts labels of any type, identified by {@link String#valueOf(Object)}.
   *
   * @param actual true labels
   * @param predicted predicted labels, same size
   * @return the matrix
   * @throws IllegalArgumentException if a list or element is null, the sizes differ or the lists
   *     are empty
   */
  public static ConfusionMatrix of(List<?> actual, List<?> predicted) {
    return of(toText("actual", actual), toText("predicted", predicted));
  }

  /**
   * A matrix from counts, e.g. one printed by another tool.
   *
   * @param counts {@code counts[actual][predicted]}, square, non-negative, not all zero
   * @param labels the labels of the rows (and columns), in order
   * @return the matrix
   * @throws IllegalArgumentException if the shapes disagree, a count is negative or all are zero
   */
  public static ConfusionMatrix fromCounts(long[][] counts, List<String> labels) {
    LabelEncoder encoder = LabelEncoder.ofOrdered(labels);
    int n = encoder.size();
    if (counts == null || counts.length != n) {
      throw new IllegalArgumentException(
          "counts must have "
              + n
              + " rows, one per label, but has "
              + (counts == null ? "none" : counts.length));
    }
    long[] flat = new long[checkedSquare(n)];
    for (int a = 0; a < n; a++) {
      if (counts[a] == null || counts[a].length != n) {
        throw new IllegalArgumentException(
            "counts["
                + a
                + "] must have "
                + n
                + " columns, but has "
                + (counts[a] == null ? "none" : counts[a].length));
      }
      System.arraycopy(counts[a], 0, flat, a * n, n);
    }
    return fromOwnedCounts(encoder, flat);
  }

  private static String[] toText(String name, List<?> values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    String[] out = new String[values.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = values.get(i);
      if (v == null) {
        throw new IllegalArgumentException(name + "[" + i + "] is null");
      }
      out[i] = String.valueOf(v);
    }
    return out;
  }

  static LabelEncoder codeLabels(int numClasses) {
    List<String> names = new ArrayList<>(numClasses);
    for (int i = 0; i < numClasses; i++) {
      names.add(Integer.toString(i));
    }
    return LabelEncoder.ofOrdered(names);
  }

  static int checkedSquare(int k) {
    long square = (long) k * k;
    if (square > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("numClasses = " + k + " is too large for a k×k matrix");
    }
    return (int) square;
  }

  private static void requireNonEmpty(int length) {
    if (length == 0) {
      throw new IllegalArgumentException("actual and predicted are empty");
    }
  }

  // ---------------------------------------------------------------- policy

  /**
   * The zero-division policy of this matrix's scores.
   *
   * @return the policy; {@link ZeroDivision#WARN} unless changed
   */
  public ZeroDivision zeroDivision() {
    return zeroDivision;
  }

  /**
   * The same counts with another zero-division policy.
   *
   * @param policy the policy
   * @return a matrix sharing these counts
   * @throws IllegalArgumentException if {@code policy} is null
   */
  public ConfusionMatrix withZeroDivision(ZeroDivision policy) {
    if (policy == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
    return policy == zeroDivision ? this : new ConfusionMatrix(labels, counts, policy);
  }

  // ---------------------------------------------------------------- counts

  /**
   * The labels, in row (and column) order.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return labels.labels();
  }

  /**
   * The labels with their codes.
   *
   * @return the encoder
   */
  public LabelEncoder labelEncoder() {
    return labels;
  }

  /**
   * The number of classes (rows).
   *
   * @return at least 1
   */
  public int numClasses() {
    return k;
  }

  /**
   * The code (row index) of a label.
   *
   * @param label the label
   * @return its code
   * @throws IllegalArgumentException if the label is unknown
   */
  public int indexOf(String label) {
    return labels.code(label);
  }

  /**
   * How many rows have this actual and this predicted class.
   *
   * @param actualClass row, a code in {@code [0, numClasses())}
   * @param predictedClass column, a code in {@code [0, numClasses())}
   * @return the count
   * @throws IllegalArgumentException if a code is out of range
   */
  public long count(int actualClass, int predictedClass) {
    check(actualClass, "actualClass");
    check(predictedClass, "predictedClass");
    return counts[actualClass * k + predictedClass];
  }

  /**
   * How many rows have this actual and this predicted label.
   *
   * @param actual the actual label
   * @param predicted the predicted label
   * @return the count
   * @throws IllegalArgumentException if a label is unknown
   */
  public long count(String actual, String predicted) {
    return counts[labels.code(actual) * k + labels.code(predicted)];
  }

  /**
   * A copy of the counts, {@code [actual][predicted]}.
   *
   * @return a new k×k array
   */
  public long[][] toArray() {
    long[][] out = new long[k][];
    for (int a = 0; a < k; a++) {
      out[a] = Arrays.copyOfRange(counts, a * k, (a + 1) * k);
    }
    return out;
  }

  /**
   * The number of rows counted.
   *
   * @return n, at least 1
   */
  public long total() {
    return total;
  }

  /**
   * The number of correct predictions, the sum of the diagonal.
   *
   * @return the trace
   */
  public long trace() {
    return trace;
  }

  /**
   * True positives of class {@code c}: {@code C[c][c]}.
   *
   * @param c a class code
   * @return tp
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public long truePositives(int c) {
    check(c, "c");
    return counts[c * k + c];
  }

  /**
   * False positives of class {@code c}: predicted {@code c} but actually another class.
   *
   * @param c a class code
   * @return fp = column sum − tp
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public long falsePositives(int c) {
    return columnSums[checked(c)] - counts[c * k + c];
  }

  /**
   * False negatives of class {@code c}: actually {@code c} but predicted another class.
   *
   * @param c a class code
   * @return fn = row sum − tp
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public long falseNegatives(int c) {
    return rowSums[checked(c)] - truePositives(c);
  }

  /**
   * True negatives of class {@code c}: neither actually nor predicted {@code c}.
   *
   * @param c a class code
   * @return tn = n − tp − fp − fn
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public long trueNegatives(int c) {
    return total - rowSums[checked(c)] - columnSums[c] + counts[c * k + c];
  }

  /**
   * Support of class {@code c}: how often it is the actual class (the row sum).
   *
   * @param c a class code
   * @return the support
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public long support(int c) {
    return rowSums[checked(c)];
  }

  /**
   * Support of a label.
   *
   * @param label the label
   * @return how often it is the actual label
   * @throws IllegalArgumentException if the label is unknown
   */
  public long support(String label) {
    return rowSums[labels.code(label)];
  }

  /**
   * How often class {@code c} is predicted (the column sum).
   *
   * @param c a class code
   * @return the column sum
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public long predictedCount(int c) {
    return columnSums[checked(c)];
  }

  private int checked(int c) {
    check(c, "c");
    return c;
  }

  private void check(int c, String name) {
    if (c < 0 || c >= k) {
      throw new IllegalArgumentException(
          name + " = " + c + " is not a class code in [0, " + k + ")");
    }
  }

  // ---------------------------------------------------------------- per-class scores

  /**
   * Precision of class {@code c}: {@code tp/(tp+fp)}, the share of its predictions that are right.
   * Undefined when {@code c} is never predicted; then the {@link #zeroDivision()} policy decides.
   *
   * @param c a class code
   * @return the precision in [0, 1], or the policy's value (NaN under {@link ZeroDivision#NAN})
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public double precision(int c) {
    return precision(c, null);
  }

  /**
   * Precision of a label; see {@link #precision(int)}.
   *
   * @param label the label
   * @return the precision or the policy's value
   * @throws IllegalArgumentException if the label is unknown
   */
  public double precision(String label) {
    return precision(labels.code(label));
  }

  /**
   * Recall (sensitivity, true-positive rate) of class {@code c}: {@code tp/(tp+fn)}. Undefined when
   * {@code c} never occurs (support 0); then the policy decides.
   *
   * @param c a class code
   * @return the recall in [0, 1], or the policy's value
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public double recall(int c) {
    return recall(c, null);
  }

  /**
   * Recall of a label; see {@link #recall(int)}.
   *
   * @param label the label
   * @return the recall or the policy's value
   * @throws IllegalArgumentException if the label is unknown
   */
  public double recall(String label) {
    return recall(labels.code(label));
  }

  /**
   * F1 of class {@code c}: {@code 2tp/(2tp+fp+fn)}, the harmonic mean of precision and recall.
   * Undefined when {@code tp = fp = fn = 0}; then the policy decides.
   *
   * @param c a class code
   * @return F1 in [0, 1], or the policy's value
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public double f1(int c) {
    return f1(c, null);
  }

  /**
   * F1 of a label; see {@link #f1(int)}.
   *
   * @param label the label
   * @return F1 or the policy's value
   * @throws IllegalArgumentException if the label is unknown
   */
  public double f1(String label) {
    return f1(labels.code(label));
  }

  /**
   * F-beta of class {@code c}: {@code (1+β²)tp / ((1+β²)tp + β²fn + fp)}; β &gt; 1 favours recall,
   * β = 0 is precision, β = 1 is F1. Undefined when the denominator is 0; then the policy decides.
   *
   * @param c a class code
   * @param beta β, finite and {@code >= 0}
   * @return F-beta in [0, 1], or the policy's value
   * @throws IllegalArgumentException if {@code c} is out of range or β is negative or not finite
   */
  public double fBeta(int c, double beta) {
    return fBeta(c, beta, null);
  }

  /**
   * F-beta of a label; see {@link #fBeta(int, double)}.
   *
   * @param label the label
   * @param beta β, finite and {@code >= 0}
   * @return F-beta or the policy's value
   * @throws IllegalArgumentException if the label is unknown or β is invalid
   */
  public double fBeta(String label, double beta) {
    return fBeta(labels.code(label), beta);
  }

  /**
   * Specificity (true-negative rate) of class {@code c}: {@code tn/(tn+fp)}. Undefined when every
   * row is actually {@code c}; then the policy decides.
   *
   * @param c a class code
   * @return specificity in [0, 1], or the policy's value
   * @throws IllegalArgumentException if {@code c} is out of range
   */
  public double specificity(int c) {
    return specificity(c, null);
  }

  /**
   * Specificity of a label; see {@link #specificity(int)}.
   *
   * @param label the label
   * @return specificity or the policy's value
   * @throws IllegalArgumentException if the label is unknown
   */
  public double specificity(String label) {
    return specificity(labels.code(label));
  }

  double precision(int c, List<MetricWarning> warnings) {
    long tp = truePositives(c);
    return zeroDivision.divide(tp, tp + falsePositives(c), name("precision", c), warnings);
  }

  double recall(int c, List<MetricWarning> warnings) {
    long tp = truePositives(c);
    return zeroDivision.divide(tp, tp + falseNegatives(c), name("recall", c), warnings);
  }

  double f1(int c, List<MetricWarning> warnings) {
    long tp = truePositives(c);
    double twoTp = 2.0 * tp;
    return zeroDivision.divide(
        twoTp, twoTp + falsePositives(c) + falseNegatives(c), name("f1", c), warnings);
  }

  double fBeta(int c, double beta, List<MetricWarning> warnings) {
    checkBeta(beta);
    // (1+β²)tp / ((1+β²)tp + β²fn + fp), divided through by 1+β²: the weights stay in [0, 1], so
    // a huge β (β² overflows to ∞) gives recall instead of ∞/∞ = NaN. Halving is exact, so β = 1
    // gives the same double as f1.
    double b2 = beta * beta;
    double fpWeight = 1 / (1 + b2);
    double fnWeight = Double.isInfinite(b2) ? 1 : b2 / (1 + b2); // not 1 − fpWeight: tiny β²
    double tp = truePositives(c);
    long fn = falseNegatives(c);
    long fp = falsePositives(c);
    double denominator = tp + fnWeight * fn + fpWeight * fp;
    if (denominator == 0 && (fp > 0 || (fn > 0 && beta > 0))) {
      // A weight underflowed (β² beyond the double range, or below it); then tp = 0 and F = 0.
      denominator = 1;
    }
    return zeroDivision.divide(tp, denominator, name("f" + Format.operand(beta), c), warnings);
  }

  double specificity(int c, List<MetricWarning> warnings) {
    long tn = trueNegatives(c);
    return zeroDivision.divide(tn, tn + falsePositives(c), name("specificity", c), warnings);
  }

  private static void checkBeta(double beta) {
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta = " + beta + " must be finite and >= 0");
    }
  }

  String name(String metric, int c) {
    return metric + "(" + labels.label(c) + ")";
  }

  // ---------------------------------------------------------------- averaged scores

  /**
   * Precision averaged over labels.
   *
   * @param average {@link Average#MACRO}, {@link Average#WEIGHTED} or {@link Average#MICRO}
   * @return the average; NaN if every entry is NaN (only under {@link ZeroDivision#NAN}) or the
   *     remaining weights sum to 0
   * @throws IllegalArgumentException if {@code average} is null
   */
  public double precision(Average average) {
    return average(average, c -> precision(c, null));
  }

  /**
   * Recall averaged over labels; see {@link #precision(Average)}. Macro recall is not balanced
   * accuracy: it also averages labels with support 0 (under the policy).
   *
   * @param average how to average
   * @return the average
   * @throws IllegalArgumentException if {@code average} is null
   */
  public double recall(Average average) {
    return average(average, c -> recall(c, null));
  }

  /**
   * F1 averaged over labels (the mean of per-label F1, as scikit-learn does, not the F1 of the
   * averaged precision and recall); see {@link #precision(Average)}.
   *
   * @param average how to average
   * @return the average
   * @throws IllegalArgumentException if {@code average} is null
   */
  public double f1(Average average) {
    return average(average, c -> f1(c, null));
  }

  /**
   * F-beta averaged over labels; see {@link #precision(Average)}.
   *
   * @param average how to average
   * @param beta β, finite and {@code >= 0}
   * @return the average
   * @throws IllegalArgumentException if {@code average} is null or β is invalid
   */
  public double fBeta(Average average, double beta) {
    checkBeta(beta);
    return average(average, c -> fBeta(c, beta, null));
  }

  /**
   * Specificity averaged over labels. {@link Average#MICRO} pools the counts: {@code Σtn / (Σtn +
   * Σfp)}.
   *
   * @param average how to average
   * @return the average
   * @throws IllegalArgumentException if {@code average} is null
   */
  public double specificity(Average average) {
    if (average == Average.MICRO) {
      long tn = 0;
      long fp = 0;
      for (int c = 0; c < k; c++) {
        tn += trueNegatives(c);
        fp += falsePositives(c);
      }
      return zeroDivision.divide(tn, (double) tn + fp, "specificity(micro)", null);
    }
    return average(average, c -> specificity(c, null));
  }

  private double average(Average average, IntToDoubleFunction perClass) {
    if (average == null) {
      throw new IllegalArgumentException("average must not be null");
    }
    switch (average) {
      case MICRO:
        // Single-label data: every error is one fp and one fn, so pooled P = R = F = accuracy.
        return accuracy();
      case MACRO:
        {
          double sum = 0;
          int used = 0;
          for (int c = 0; c < k; c++) {
            double v = perClass.applyAsDouble(c);
            if (!Double.isNaN(v)) {
              sum += v;
              used++;
            }
          }
          return used == 0 ? Double.NaN : sum / used;
        }
      default:
        {
          double sum = 0;
          long weight = 0;
          for (int c = 0; c < k; c++) {
            double v = perClass.applyAsDouble(c);
            if (!Double.isNaN(v)) {
              sum += v * rowSums[c];
              weight += rowSums[c];
            }
          }
          return weight == 0 ? Double.NaN : sum / weight;
        }
    }
  }

  // ---------------------------------------------------------------- whole-matrix scores

  /**
   * Accuracy, {@code trace / n}: the share of correct predictions.
   *
   * @return accuracy in [0, 1]
   */
  public double accuracy() {
    return (double) trace / total;
  }

  /**
   * Balanced accuracy: the mean recall over the labels with support &gt; 0 (scikit-learn's {@code
   * balanced_accuracy_score}). Always defined, since {@code n >= 1}.
   *
   * @return balanced accuracy in [0, 1]
   */
  public double balancedAccuracy() {
    double sum = 0;
    int present = 0;
    for (int c = 0; c < k; c++) {
      if (rowSums[c] > 0) {
        sum += (double) counts[c * k + c] / rowSums[c];
        present++;
      }
    }
    return sum / present;
  }

  /**
   * The multiclass Matthews correlation coefficient {@code (n·trace − Σ p_k·t_k) / sqrt((n² − Σ
   * p_k²)(n² − Σ t_k²))}, with {@code t_k} row sums and {@code p_k} column sums, computed in exact
   * integer arithmetic before one final division: in {@code long}/{@code double} up to 94,906,265
   * rows (where every part is an integer below 2⁵³; relative error below 3 units in the last
   * place), beyond that in {@code BigInteger} with the root and the division at 34 digits. A zero
   * denominator (only one label predicted, or only one actual) gives {@code 0} (a warning under
   * {@link ZeroDivision#WARN}) or NaN under {@link ZeroDivision#NAN}.
   *
   * @return MCC in [-1, 1], or the policy's value
   */
  public double matthewsCorrelation() {
    return matthewsCorrelation(null);
  }

  double matthewsCorrelation(List<MetricWarning> warnings) {
    if (total <= EXACT_IN_DOUBLE) {
      long[] parts = mccPartsInLong();
      if (parts[1] == 0 || parts[2] == 0) {
        return mccZeroDenominator(warnings);
      }
      // Every part is an integer below 2⁵³, exact as a double; the product rounds once, and
      // sqrt(fl(p·p)) is exactly p, so a perfect classifier still gets exactly 1.
      double value = parts[0] / Math.sqrt((double) parts[1] * (double) parts[2]);
      return Math.max(-1.0, Math.min(1.0, value));
    }
    BigInteger[] parts = mccParts();
    if (parts[1].signum() == 0 || parts[2].signum() == 0) {
      return mccZeroDenominator(warnings);
    }
    // Exact integers, then one square root and one division at 34 digits: a perfect
    // classifier gets exactly 1, and n² never overflows.
    BigDecimal denominator =
        new BigDecimal(parts[1].multiply(parts[2])).sqrt(MathContext.DECIMAL128);
    double value =
        new BigDecimal(parts[0]).divide(denominator, MathContext.DECIMAL128).doubleValue();
    return Math.max(-1.0, Math.min(1.0, value));
  }

  private double mccZeroDenominator(List<MetricWarning> warnings) {
    if (zeroDivision == ZeroDivision.NAN) {
      return Double.NaN;
    }
    if (zeroDivision == ZeroDivision.WARN && warnings != null) {
      warnings.add(MetricWarning.zeroDivision("mcc"));
    }
    return 0.0;
  }

  /**
   * Up to this many rows, n² and so every part of MCC and kappa is an integer below 2⁵³: exact in a
   * {@code long} and in a {@code double}.
   */
  private static final long EXACT_IN_DOUBLE = 94_906_265L; // floor(sqrt(2⁵³))

  /** {@link #mccParts()} in {@code long} arithmetic, for {@code total ≤ EXACT_IN_DOUBLE}. */
  private long[] mccPartsInLong() {
    long nSquared = total * total;
    long sumPt = 0;
    long sumPp = 0;
    long sumTt = 0;
    for (int c = 0; c < k; c++) {
      long p = columnSums[c];
      long t = rowSums[c];
      sumPt += p * t;
      sumPp += p * p;
      sumTt += t * t;
    }
    return new long[] {total * trace - sumPt, nSquared - sumPp, nSquared - sumTt, nSquared - sumPt};
  }

  /** {n·trace − Σ p_k t_k, n² − Σ p_k², n² − Σ t_k², n² − Σ p_k t_k}, exact. */
  BigInteger[] mccParts() {
    BigInteger n = BigInteger.valueOf(total);
    BigInteger nSquared = n.multiply(n);
    BigInteger sumPt = BigInteger.ZERO;
    BigInteger sumPp = BigInteger.ZERO;
    BigInteger sumTt = BigInteger.ZERO;
    for (int c = 0; c < k; c++) {
      BigInteger p = BigInteger.valueOf(columnSums[c]);
      BigInteger t = BigInteger.valueOf(rowSums[c]);
      sumPt = sumPt.add(p.multiply(t));
      sumPp = sumPp.add(p.multiply(p));
      sumTt = sumTt.add(t.multiply(t));
    }
    return new BigInteger[] {
      n.multiply(BigInteger.valueOf(trace)).subtract(sumPt),
      nSquared.subtract(sumPp),
      nSquared.subtract(sumTt),
      nSquared.subtract(sumPt)
    };
  }

  /**
   * Cohen's kappa {@code (p_o − p_e)/(1 − p_e)}, with {@code p_o} = accuracy and {@code p_e = Σ
   * p_k·t_k / n²} the agreement expected by chance, computed in exact integer arithmetic as {@code
   * (n·trace − Σ p_k t_k)/(n² − Σ p_k t_k)}. Undefined (NaN) when {@code p_e = 1}, i.e. when actual
   * and predicted labels are all one and the same label.
   *
   * @return kappa in [-1, 1], or NaN when undefined
   */
  public double cohenKappa() {
    return cohenKappa(null);
  }

  double cohenKappa(List<MetricWarning> warnings) {
    if (total <= EXACT_IN_DOUBLE) {
      long[] parts = mccPartsInLong();
      if (parts[3] == 0) {
        return kappaUndefined(warnings);
      }
      return (double) parts[0] / parts[3]; // exact integers, one correctly rounded division
    }
    BigInteger[] parts = mccParts();
    if (parts[3].signum() == 0) {
      return kappaUndefined(warnings);
    }
    return new BigDecimal(parts[0])
        .divide(new BigDecimal(parts[3]), MathContext.DECIMAL128)
        .doubleValue();
  }

  private static double kappaUndefined(List<MetricWarning> warnings) {
    if (warnings != null) {
      warnings.add(
          MetricWarning.undefined(
              "cohen_kappa", "chance agreement p_e = 1 (one label everywhere)"));
    }
    return Double.NaN;
  }

  /**
   * The majority-class baseline: the most frequent actual label (ties: first in label order) and
   * the accuracy of always predicting it.
   *
   * @return the baseline
   */
  public MajorityBaseline baseline() {
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (rowSums[c] > rowSums[best]) {
        best = c;
      }
    }
    return new MajorityBaseline(labels.label(best), rowSums[best], total);
  }

  /**
   * Whether the model's accuracy is strictly above the majority-class baseline's. When it is not,
   * {@link #warnings()} holds a {@link MetricWarning.Kind#BASELINE_NOT_BEATEN} warning.
   *
   * @return true if accuracy &gt; baseline accuracy
   */
  public boolean beatsBaseline() {
    return trace > baseline().count();
  }

  /**
   * The one-vs-rest view for a positive label, also when there are more than two labels.
   *
   * @param positive the positive label
   * @return the binary view, with this matrix's policy
   * @throws IllegalArgumentException if the label is unknown
   */
  public BinaryView binary(String positive) {
    return new BinaryView(this, labels.code(positive));
  }

  /**
   * The one-vs-rest view for a positive class code.
   *
   * @param positive the positive class code
   * @return the binary view
   * @throws IllegalArgumentException if the code is out of range
   */
  public BinaryView binary(int positive) {
    return new BinaryView(this, checked(positive));
  }

  /**
   * The warnings of this matrix's standard figures (those of {@link ClassificationReport#of}): zero
   * divisions of per-label precision, recall and F1 under {@link ZeroDivision#WARN}, an undefined
   * MCC or kappa, and a model that does not beat the majority-class baseline.
   *
   * @return an unmodifiable list, in a fixed order
   */
  public List<MetricWarning> warnings() {
    return ClassificationReport.of(this).warnings();
  }

  /**
   * Equal when labels and counts are equal (the policy is ignored).
   *
   * @param other another object
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionMatrix
        && ((ConfusionMatrix) other).labels.equals(labels)
        && Arrays.equals(((ConfusionMatrix) other).counts, counts);
  }

  /**
   * Hash of labels and counts.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + Arrays.hashCode(counts);
  }

  /**
   * The labelled grid.
   *
   * @return the matrix as text
   */
  @Override
  public String toString() {
    return ReportFormat.grid(this);
  }
}
