package io.github.evalkit.benchmarks.baseline;

import java.util.Arrays;

/**
 * Missing-value handling the way a user writes it by hand, NaN marking a missing value: a loop to
 * find the fill value, a loop to copy with the gaps filled. Each method returns a new array and
 * leaves its input alone, as evalkit's imputers do.
 */
public final class NaiveImputation {

  private NaiveImputation() {}

  /**
   * Counts the NaN values with one loop and one counter.
   *
   * @param values the values
   * @return how many are NaN
   */
  public static int countNaN(double[] values) {
    int count = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Fills NaN with the mean of the other values.
   *
   * @param values the values, at least one not NaN
   * @return a filled copy
   */
  public static double[] meanFill(double[] values) {
    double sum = 0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    return fill(values, sum / count);
  }

  /**
   * Fills NaN with the median of the other values (mean of the two middle ones for an even count),
   * found by sorting a copy of them.
   *
   * @param values the values, at least one not NaN
   * @return a filled copy
   */
  public static double[] medianFill(double[] values) {
    double[] present = sortedPresent(values);
    int n = present.length;
    double median = n % 2 == 1 ? present[n / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
    return fill(values, median);
  }

  /**
   * Fills NaN with the most frequent of the other values (the smallest on ties, as pandas' {@code
   * mode()[0]}), found as the longest run in a sorted copy of them.
   *
   * @param values the values, at least one not NaN
   * @return a filled copy
   */
  public static double[] modeFill(double[] values) {
    double[] present = sortedPresent(values);
    double mode = present[0];
    int best = 0;
    int runStart = 0;
    for (int i = 1; i <= present.length; i++) {
      if (i == present.length || present[i] != present[runStart]) {
        if (i - runStart > best) {
          best = i - runStart;
          mode = present[runStart];
        }
        runStart = i;
      }
    }
    return fill(values, mode);
  }

  /**
   * Carries the last value seen forward over NaN; leading NaN stay.
   *
   * @param values the series
   * @return a filled copy
   */
  public static double[] forwardFill(double[] values) {
    double[] filled = new double[values.length];
    double last = Double.NaN;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!Double.isNaN(v)) {
        last = v;
      }
      filled[i] = last;
    }
    return filled;
  }

  private static double[] sortedPresent(double[] values) {
    double[] present = new double[values.length - countNaN(values)];
    int j = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        present[j++] = v;
      }
    }
    Arrays.sort(present);
    return present;
  }

  private static double[] fill(double[] values, double fillValue) {
    double[] filled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      filled[i] = Double.isNaN(v) ? fillValue : v;
    }
    return filled;
  }
}
