package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Counts (actual, predicted) label pairs for a {@link ConfusionMatrix}: add pairs one by one or as
 * arrays, merge accumulators filled elsewhere (labels are reconciled by value), and take {@link
 * #snapshot()}s in the contract's label order. Counts are exact, so merging is exactly associative
 * and commutative and equals the batch matrix.
 *
 * <p>Two kinds: {@link #create()} learns labels as they come (union of actual and predicted);
 * {@link #forClassCodes(int)} has the fixed labels {@code "0" .. "k-1"} and also accepts {@code
 * int[]} codes, counted by the range-checked kernel of {@code evalkit-core}.
 *
 * <p>A snapshot of an accumulator without pairs throws {@link IllegalStateException}. Not
 * thread-safe: use one per thread and {@link #merge} them, or the {@link #toConfusionMatrix}
 * collector.
 */
public final class ConfusionMatrixAccumulator {

  private final boolean fixedLabels;
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> codes = new HashMap<>();

  /** Row-major k×k table over the labels in insertion order. */
  private long[] counts = new long[0];

  private long total;

  private ConfusionMatrixAccumulator(boolean fixedLabels) {
    this.fixedLabels = fixedLabels;
  }

  /**
   * An empty accumulator that learns labels from the data.
   *
   * @return a new accumulator
   */
  public static ConfusionMatrixAccumulator create() {
    return new ConfusionMatrixAccumulator(false);
  }

  /**
   * An empty accumulator for class codes {@code 0 .. numClasses-1} (labels {@code "0" ..}); its
   * snapshot has all {@code numClasses} rows, also those never seen.
   *
   * @param numClasses the number of classes, at least 1
   * @return a new accumulator
   * @throws IllegalArgumentException if {@code numClasses < 1} or too large
   */
  public static ConfusionMatrixAccumulator forClassCodes(int numClasses) {
    Checks.positive("numClasses", numClasses);
    ConfusionMatrix.checkedSquare(numClasses);
    ConfusionMatrixAccumulator acc = new ConfusionMatrixAccumulator(true);
    for (String label : ConfusionMatrix.codeLabels(numClasses).labels()) {
      acc.codes.put(label, acc.labels.size());
      acc.labels.add(label);
    }
    acc.counts = new long[numClasses * numClasses];
    return acc;
  }

  /**
   * A collector to a confusion matrix, for streams of any element type.
   *
   * @param actual extracts the true label
   * @param predicted extracts the predicted label
   * @param <T> the element type
   * @return the collector
   */
  public static <T> Collector<T, ConfusionMatrixAccumulator, ConfusionMatrix> toConfusionMatrix(
      Function<? super T, String> actual, Function<? super T, String> predicted) {
    return Collector.of(
        ConfusionMatrixAccumulator::create,
        (acc, t) -> acc.add(actual.apply(t), predicted.apply(t)),
        ConfusionMatrixAccumulator::merge,
        ConfusionMatrixAccumulator::snapshot);
  }

  /**
   * Adds one pair.
   *
   * @param actual the true label
   * @param predicted the predicted label
   * @return this accumulator
   * @throws IllegalArgumentException if a label is null, or unknown to a {@link #forClassCodes}
   *     accumulator (nothing is added)
   */
  public ConfusionMatrixAccumulator add(String actual, String predicted) {
    Integer a = actual == null ? null : codes.get(actual);
    Integer p = predicted == null ? null : codes.get(predicted);
    if (a != null && p != null) {
      counts[a * labels.size() + p]++;
      total++;
      return this;
    }
    return addAll(new String[] {actual}, new String[] {predicted});
  }

  /**
   * Adds pairs of labels. Inputs are not modified.
   *
   * @param actual true labels
   * @param predicted predicted labels, same length
   * @return this accumulator
   * @throws IllegalArgumentException if an array or element is null, the lengths differ or (for
   *     {@link #forClassCodes}) a label is unknown, naming argument, index and value (nothing is
   *     added)
   */
  public ConfusionMatrixAccumulator addAll(String[] actual, String[] predicted) {
    LabelEncoder.requireNoNulls("actual", actual);
    LabelEncoder.requireNoNulls("predicted", predicted);
    if (actual.length != predicted.length) {
      throw new IllegalArgumentException(
          "actual and predicted lengths differ: " + actual.length + " != " + predicted.length);
    }
    if (actual.length == 0) {
      return this;
    }
    if (fixedLabels) {
      requireKnown("actual", actual);
      requireKnown("predicted", predicted);
    } else {
      List<String> fresh = new ArrayList<>();
      collectNew(actual, fresh);
      collectNew(predicted, fresh);
      grow(fresh);
    }
    int[] a = encode(actual);
    int[] p = encode(predicted);
    ArrayKernels.countPairs(a, p, 0, a.length, labels.size(), counts);
    total += a.length;
    return this;
  }

  /**
   * Adds pairs of class codes, for an accumulator made by {@link #forClassCodes(int)}.
   *
   * @param actualCodes true class codes in {@code [0, numClasses)}
   * @param predictedCodes predicted class codes, same length
   * @return this accumulator
   * @throws IllegalArgumentException if an array is null, the lengths differ or a code is out of
   *     range (naming argument, index and value; nothing is added)
   * @throws IllegalStateException if this accumulator learns labels ({@link #create()})
   */
  public ConfusionMatrixAccumulator addAll(int[] actualCodes, int[] predictedCodes) {
    if (!fixedLabels) {
      throw new IllegalStateException(
          "class codes need an accumulator made by forClassCodes(numClasses)");
    }
    Checks.sameLength("actualCodes", actualCodes, "predictedCodes", predictedCodes);
    ArrayKernels.countPairs(
        actualCodes, predictedCodes, 0, actualCodes.length, labels.size(), counts);
    total += actualCodes.length;
    return this;
  }

  /**
   * Adds everything {@code other} counted, matching labels by value; {@code other} is not changed.
   * The labels of a {@link #forClassCodes} accumulator are declared, so merging one brings all of
   * its labels, counted or not, as the batch matrix of those codes would have them; a growing
   * accumulator brings only the labels it has seen.
   *
   * @param other another accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is null or this accumulator, or has labels
   *     unknown to this {@link #forClassCodes} accumulator (nothing is changed)
   */
  public ConfusionMatrixAccumulator merge(ConfusionMatrixAccumulator other) {
    if (other == null || other == this) {
      throw new IllegalArgumentException("other must be another, non-null accumulator");
    }
    int otherK = other.labels.size();
    List<String> fresh = new ArrayList<>();
    for (int c = 0; c < otherK; c++) {
      String label = other.labels.get(c);
      if (!codes.containsKey(label) && other.hasCounts(c)) {
        if (fixedLabels) {
          throw new IllegalArgumentException(
              "other has label '" + label + "', which is not one of " + labels);
        }
        fresh.add(label);
      }
    }
    grow(fresh);
    int k = labels.size();
    for (int a = 0; a < otherK; a++) {
      for (int p = 0; p < otherK; p++) {
        long c = other.counts[a * otherK + p];
        if (c != 0) {
          counts[codes.get(other.labels.get(a)) * k + codes.get(other.labels.get(p))] += c;
        }
      }
    }
    total += other.total;
    return this;
  }

  private boolean hasCounts(int c) {
    int k = labels.size();
    for (int i = 0; i < k; i++) {
      if (counts[c * k + i] != 0 || counts[i * k + c] != 0) {
        return true;
      }
    }
    return fixedLabels;
  }

  /**
   * How many pairs were added.
   *
   * @return the count
   */
  public long total() {
    return total;
  }

  /**
   * The matrix of everything added so far, labels in the contract's order (for {@link
   * #forClassCodes}: code order); later additions do not change it.
   *
   * @return the matrix, with policy {@link ZeroDivision#WARN}
   * @throws IllegalStateException if nothing was added
   */
  public ConfusionMatrix snapshot() {
    if (total == 0) {
      throw new IllegalStateException("no pairs were added; a confusion matrix needs at least one");
    }
    LabelEncoder encoder =
        fixedLabels
            ? LabelEncoder.ofOrdered(labels)
            : LabelEncoder.ofOrdered(LabelEncoder.order(labels));
    int k = labels.size();
    int[] newCode = new int[k];
    for (int c = 0; c < k; c++) {
      newCode[c] = encoder.code(labels.get(c));
    }
    long[] sorted = new long[k * k];
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        sorted[newCode[a] * k + newCode[p]] = counts[a * k + p];
      }
    }
    return ConfusionMatrix.fromOwnedCounts(encoder, sorted);
  }

  private void requireKnown(String name, String[] values) {
    for (int i = 0; i < values.length; i++) {
      if (!codes.containsKey(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] = '" + values[i] + "' is not one of the labels " + labels);
      }
    }
  }

  private void collectNew(String[] values, List<String> fresh) {
    for (String v : values) {
      if (!codes.containsKey(v) && !fresh.contains(v)) {
        fresh.add(v);
      }
    }
  }

  /** Adds labels, re-laying out the table for the new k. */
  private void grow(List<String> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    int oldK = labels.size();
    int newK = oldK + fresh.size();
    long[] table = new long[ConfusionMatrix.checkedSquare(newK)];
    for (int a = 0; a < oldK; a++) {
      System.arraycopy(counts, a * oldK, table, a * newK, oldK);
    }
    for (String label : fresh) {
      codes.put(label, labels.size());
      labels.add(label);
    }
    counts = table;
  }

  private int[] encode(String[] values) {
    int[] out = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = codes.get(values[i]);
    }
    return out;
  }

  /**
   * Summary for debugging.
   *
   * @return total and labels
   */
  @Override
  public String toString() {
    return "ConfusionMatrixAccumulator[total=" + total + ", labels=" + labels + "]";
  }
}
