package io.github.evalkit.benchmarks.baseline;

/**
 * Confusion counting and the classification report the way a user writes them by hand: one
 * increment per row into a {@code long[k * k]} table (rows = actual), then the per-class figures
 * from its row and column sums. Codes are trusted to lie in {@code [0, k)}.
 */
public final class NaiveClassification {

  private NaiveClassification() {}

  /**
   * Counts (actual, predicted) pairs into a new row-major k×k table.
   *
   * @param actual actual class codes
   * @param predicted predicted class codes, same length
   * @param k number of classes
   * @return {@code counts[actual * k + predicted]}
   */
  public static long[] confusion(int[] actual, int[] predicted, int k) {
    long[] counts = new long[k * k];
    for (int i = 0; i < actual.length; i++) {
      counts[actual[i] * k + predicted[i]]++;
    }
    return counts;
  }

  /**
   * Counts the pairs, then derives every summary figure of the report.
   *
   * @param actual actual class codes
   * @param predicted predicted class codes, same length
   * @param k number of classes
   * @return the figures
   */
  public static ClassificationFigures report(int[] actual, int[] predicted, int k) {
    return figures(confusion(actual, predicted, k), k);
  }

  /**
   * The summary figures of a row-major k×k confusion table (rows = actual).
   *
   * @param counts the table
   * @param k number of classes
   * @return the figures
   */
  public static ClassificationFigures figures(long[] counts, int k) {
    long[] rowSums = new long[k];
    long[] columnSums = new long[k];
    long trace = 0;
    long n = 0;
    for (int a = 0; a < k; a++) {
      for (int p = 0; p < k; p++) {
        long c = counts[a * k + p];
        rowSums[a] += c;
        columnSums[p] += c;
        n += c;
      }
      trace += counts[a * k + a];
    }
    double sumPrecision = 0;
    double sumRecall = 0;
    double sumF1 = 0;
    double weightedF1 = 0;
    double sumRecallWithSupport = 0;
    int classesWithSupport = 0;
    double sumProducts = 0;
    double sumPredictedSquares = 0;
    double sumActualSquares = 0;
    for (int c = 0; c < k; c++) {
      long tp = counts[c * k + c];
      long fp = columnSums[c] - tp;
      long fn = rowSums[c] - tp;
      double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      double f1 = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
      sumPrecision += precision;
      sumRecall += recall;
      sumF1 += f1;
      weightedF1 += f1 * rowSums[c];
      if (rowSums[c] > 0) {
        sumRecallWithSupport += recall;
        classesWithSupport++;
      }
      sumProducts += (double) rowSums[c] * columnSums[c];
      sumPredictedSquares += (double) columnSums[c] * columnSums[c];
      sumActualSquares += (double) rowSums[c] * rowSums[c];
    }
    double nn = (double) n * n;
    double mccDenominator = Math.sqrt((nn - sumPredictedSquares) * (nn - sumActualSquares));
    double mcc = mccDenominator == 0 ? 0 : ((double) n * trace - sumProducts) / mccDenominator;
    double observed = (double) trace / n;
    double expected = sumProducts / nn;
    return new ClassificationFigures(
        observed,
        sumRecallWithSupport / classesWithSupport,
        sumPrecision / k,
        sumRecall / k,
        sumF1 / k,
        weightedF1 / n,
        mcc,
        (observed - expected) / (1 - expected));
  }
}
