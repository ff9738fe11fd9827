package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;

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
   * median_absolute_error} and numpy's {@code averaged_inverted_cdf}: the mean of the lower
   * weighted median (the smallest x with weight(≤ x) ≥ W/2) and the upper one (the largest x with
   * weight(≥ x) ≥ W/2). With equal weights this is the ordinary median. Reorders {@code values} and
   * {@code weights} together; expected O(n).
   */
  static double weightedMedian(double[] values, double[] weights, int n) {
    double half = ArrayKernels.sum(weights, 0, n) / 2;
    double low = lowerWeightedMedian(values, weights, n, half);
    double[] negated = new double[n];
    for (int i = 0; i < n; i++) {
      negated[i] = -values[i];
    }
    double high = -lowerWeightedMedian(negated, weights.clone(), n, half);
    return low + (high - low) / 2;
  }

  /**
   * The smallest x of {@code values[0, n)} whose cumulative weight reaches {@code target}:
   * quickselect with a three-way partition that carries the weights along, and compensated kernel
   * sums of the partitions' weights.
   */
  private static double lowerWeightedMedian(double[] v, double[] w, int n, double target) {
    int lo = 0;
    int hi = n;
    double below = 0;
    while (hi - lo > 1) {
      double pivot = medianOf3(v[lo], v[(lo + hi - 1) >>> 1], v[hi - 1]);
      // Dijkstra's three-way partition: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi) > pivot.
      int lt = lo;
      int gt = hi - 1;
      int i = lo;
      while (i <= gt) {
        if (v[i] < pivot) {
          swap(v, w, lt++, i++);
        } else if (v[i] > pivot) {
          swap(v, w, i, gt--);
        } else {
          i++;
        }
      }
      double less = ArrayKernels.sum(w, lo, lt);
      double equal = ArrayKernels.sum(w, lt, gt + 1);
      if (below + less >= target && less > 0) {
        hi = lt;
      } else if (below + less + equal >= target && equal > 0) {
        return pivot;
      } else if (gt + 1 < hi) {
        below += less + equal;
        lo = gt + 1;
      } else {
        // Only rounding of the partial sums can get here: the target lies at the top.
        return pivot;
      }
    }
    return v[lo];
  }

  private static void swap(double[] v, double[] w, int i, int j) {
    double t = v[i];
    v[i] = v[j];
    v[j] = t;
    t = w[i];
    w[i] = w[j];
    w[j] = t;
  }
}
