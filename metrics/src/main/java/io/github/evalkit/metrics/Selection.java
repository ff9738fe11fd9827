package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;
import java.util.Arrays;
import java.util.Comparator;

/** Medians of stored absolute residuals. */
final class Selection {

  private Selection() {}

  /**
   * The median of {@code a[0, n)}, the mean of the two middle values for even {@code n}; reorders
   * {@code a}. Quickselect (Hoare 1961) with a median-of-three pivot: expected O(n).
   */
  static double median(double[] a, int n) {
    int upper = n / 2;
    double high = select(a, n, upper);
    if (n % 2 == 1) {
      return high;
    }
    // After selection every element left of `upper` is <= a[upper].
    double low = ArrayKernels.maxIgnoringNaN(a, 0, upper);
    return low + (high - low) / 2;
  }

  /** The k-th smallest (0-based) of {@code a[0, n)}; partially sorts {@code a}. */
  static double select(double[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (hi > lo) {
      int mid = (lo + hi) >>> 1;
      double pivot = medianOf3(a[lo], a[mid], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot.
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double medianOf3(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  /**
   * The weighted median of {@code values[0, n)} as scikit-learn's weighted {@code
   * median_absolute_error} and numpy's {@code averaged_inverted_cdf}: the mean of the lower and the
   * upper weighted median. With equal weights this is the ordinary median. O(n log n).
   */
  static double weightedMedian(double[] values, double[] weights, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    CompensatedSum total = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      total.add(weights[i]);
    }
    double half = total.value() / 2;
    CompensatedSum cumulative = new CompensatedSum();
    double low = values[order[n - 1]];
    for (int i = 0; i < n; i++) {
      cumulative.add(weights[order[i]]);
      if (weights[order[i]] > 0 && cumulative.value() >= half) {
        low = values[order[i]];
        break;
      }
    }
    cumulative = new CompensatedSum();
    double high = values[order[0]];
    for (int i = n - 1; i >= 0; i--) {
      cumulative.add(weights[order[i]]);
      if (weights[order[i]] > 0 && cumulative.value() >= half) {
        high = values[order[i]];
        break;
      }
    }
    return low + (high - low) / 2;
  }
}
