package io.github.evalkit.imputation;

import io.github.evalkit.core.ArrayKernels;
import java.util.Arrays;

/**
 * The statistics behind mean, median and mode imputation, over a range of an array in which NaN
 * means missing. Each returns NaN when the range has no valid value. Stateless.
 */
final class Statistics {

  private Statistics() {}

  static double of(Strategy strategy, double[] x, int from, int to) {
    switch (strategy) {
      case MEAN:
        return mean(x, from, to);
      case MEDIAN:
        return median(x, from, to);
      case MODE:
        return mode(x, from, to);
      default:
        throw new IllegalArgumentException(strategy + " is not a fitted statistic");
    }
  }

  /**
   * Compensated mean of the non-NaN values (core kernel), safe from overflow of the sum and never
   * outside [min, max] of the values, so a constant range has that constant as its mean.
   */
  static double mean(double[] x, int from, int to) {
    double[] sumAndCount = new double[2];
    ArrayKernels.sumAndCountIgnoringNaN(x, from, to, sumAndCount);
    double count = sumAndCount[1];
    if (count == 0) {
      return Double.NaN;
    }
    double sum = sumAndCount[0];
    if (Double.isFinite(sum)) {
      double mean = sum / count;
      // The sum's rounding and the division's can carry the mean just past the values (three
      // times 0.1 sums to 0.30000000000000004, a third of which exceeds 0.1). That takes every
      // value within about 2·count ulps of the mean, so one value farther away shows the mean
      // is inside them, without the two passes that find the smallest and largest.
      double first = x[firstValue(x, from)];
      if (Math.abs(first - mean) > 4 * (count + 1) * Math.ulp(mean)) {
        return mean;
      }
      return within(mean, x, from, to);
    }
    double min = ArrayKernels.minIgnoringNaN(x, from, to);
    double max = ArrayKernels.maxIgnoringNaN(x, from, to);
    // An infinite value decides the mean, unless both infinities occur. The sum cannot tell:
    // finite values that overflow it (-MAX + -MAX) next to +∞ give NaN, not +∞.
    if (min == Double.NEGATIVE_INFINITY) {
      return max == Double.POSITIVE_INFINITY ? Double.NaN : min;
    }
    if (max == Double.POSITIVE_INFINITY) {
      return max;
    }
    // Finite values whose (compensated) sum overflows to ±∞ or NaN (e.g. 1e308 + 1e308): sum them
    // scaled down by a power of two, which is exact for all but subnormal values, and scale the
    // mean back up.
    int shift = 2 + (32 - Integer.numberOfLeadingZeros((int) count));
    double[] scaled = new double[to - from];
    for (int i = from; i < to; i++) {
      scaled[i - from] = Math.scalb(x[i], -shift);
    }
    ArrayKernels.sumAndCountIgnoringNaN(scaled, 0, scaled.length, sumAndCount);
    return within(Math.scalb(sumAndCount[0] / count, shift), x, from, to);
  }

  /** The index of the first non-NaN value at or after {@code from}; one must exist. */
  private static int firstValue(double[] x, int from) {
    int i = from;
    while (x[i] != x[i]) {
      i++;
    }
    return i;
  }

  /**
   * {@code mean} clamped to [min, max] of the non-NaN values, which the exact mean never leaves.
   * Math.max/min also keep the sign of an all -0.0 column.
   */
  private static double within(double mean, double[] x, int from, int to) {
    double min = ArrayKernels.minIgnoringNaN(x, from, to);
    double max = ArrayKernels.maxIgnoringNaN(x, from, to);
    return Math.min(Math.max(mean, min), max);
  }

  /** Median of the non-NaN values; an even count gives the mean of the two middle values. */
  static double median(double[] x, int from, int to) {
    double[] v = sortedValues(x, from, to);
    int n = v.length;
    if (n == 0) {
      return Double.NaN;
    }
    if ((n & 1) == 1) {
      return v[n / 2];
    }
    return midpoint(v[n / 2 - 1], v[n / 2]);
  }

  /**
   * The most frequent non-NaN value; ties go to the smallest. Values are compared with {@code ==},
   * so {@code -0.0} and {@code 0.0} count as one value (reported as the smaller, {@code -0.0}, when
   * both occur).
   */
  static double mode(double[] x, int from, int to) {
    double[] v = sortedValues(x, from, to);
    if (v.length == 0) {
      return Double.NaN;
    }
    double best = v[0];
    int bestCount = 0;
    int i = 0;
    while (i < v.length) {
      int j = i + 1;
      while (j < v.length && v[j] == v[i]) {
        j++;
      }
      if (j - i > bestCount) { // strictly greater: in ascending order, the smallest tie wins
        bestCount = j - i;
        best = v[i];
      }
      i = j;
    }
    return best;
  }

  /** (a + b) / 2 without overflow for huge values of the same sign. */
  static double midpoint(double a, double b) {
    double m = (a + b) / 2;
    return Double.isInfinite(m) && Double.isFinite(a) && Double.isFinite(b) ? a / 2 + b / 2 : m;
  }

  private static double[] sortedValues(double[] x, int from, int to) {
    int missing = ArrayKernels.countNaN(x, from, to);
    double[] v = new double[to - from - missing];
    int k = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(x[i])) {
        v[k++] = x[i];
      }
    }
    Arrays.sort(v);
    return v;
  }
}
