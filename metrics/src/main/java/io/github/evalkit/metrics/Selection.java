package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.CompensatedSum;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/** Medians of stored absolute residuals. */
final class Selection {

  private Selection() {}

  /** From this many values on, the median first narrows the range by a sample. */
  static final int SAMPLED_FROM = 1 << 18;

  /** The sample size: about 2·3·√s/s ≈ 5% of the values fall between the bounds it gives. */
  static final int SAMPLE_SIZE = 1 << 14;

  /** A fixed seed, so that a median's cost does not vary from run to run. */
  private static final long SAMPLE_SEED = 0x5eedL;

  /**
   * The median of {@code a[0, n)}, the mean of the two middle values for even {@code n}; may
   * reorder {@code a}. From {@link #SAMPLED_FROM} values on, a sample first brackets the middle
   * (see {@link #sampledMedian}); otherwise, or when the bracket misses, quickselect (Hoare 1961)
   * with a median-of-three pivot. Both give the exact order statistics; expected O(n).
   */
  static double median(double[] a, int n) {
    if (n >= SAMPLED_FROM) {
      OptionalDouble sampled = sampledMedian(a, n, SAMPLE_SIZE, SAMPLE_SEED);
      if (sampled.isPresent()) {
        return sampled.getAsDouble();
      }
    }
    return middleOf(a, n, (n - 1) / 2, n / 2);
  }

  /**
   * The median of {@code a[0, n)} (no NaN) by sampling, in the manner of Floyd and Rivest (1975):
   * sort {@code sampleSize} values drawn at seeded random positions, take two sample values whose
   * ranks lie six standard deviations of the sample rank below and above the middle, then in one
   * pass count the values below the lower bound and copy those between the bounds; the middle
   * values are then selected among the copies. Empty when the bounds miss the middle or the copies
   * overflow their buffer (then the caller selects over the whole array). Does not reorder {@code
   * a}; one comparison in the pass is almost always false, so it is predictable, where
   * quickselect's partition branches at random.
   */
  static OptionalDouble sampledMedian(double[] a, int n, int sampleSize, long seed) {
    int kHigh = n / 2;
    int kLow = (n - 1) / 2;
    SplittableRandom random = new SplittableRandom(seed);
    double[] sample = new double[sampleSize];
    for (int i = 0; i < sampleSize; i++) {
      sample[i] = a[random.nextInt(n)];
    }
    Arrays.sort(sample);
    // The sample rank of the k-th value has standard deviation at most √s / 2.
    long margin = 3 * (long) Math.ceil(Math.sqrt(sampleSize));
    long rankLow = (long) kLow * sampleSize / n - margin;
    long rankHigh = (long) kHigh * sampleSize / n + margin;
    double lowBound = rankLow < 0 ? Double.NEGATIVE_INFINITY : sample[(int) rankLow];
    double highBound = rankHigh >= sampleSize ? Double.POSITIVE_INFINITY : sample[(int) rankHigh];
    long capacity = 4 * (2 * margin + 1) * (long) n / sampleSize + 64;
    double[] between = new double[(int) Math.min(n, capacity)];
    int below = 0;
    int m = 0;
    for (int i = 0; i < n; i++) {
      double x = a[i];
      below += x < lowBound ? 1 : 0;
      if (x >= lowBound & x <= highBound) {
        if (m == between.length) {
          return OptionalDouble.empty();
        }
        between[m++] = x;
      }
    }
    if (kLow < below || kHigh >= below + m) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(middleOf(between, m, kLow - below, kHigh - below));
  }

  /**
   * The mean of the {@code kLow}-th and {@code kHigh}-th smallest of {@code v[0, m)} (kHigh = kLow
   * or kLow + 1); reorders {@code v}.
   */
  private static double middleOf(double[] v, int m, int kLow, int kHigh) {
    double high = select(v, m, kHigh);
    if (kLow == kHigh) {
      return high;
    }
    // After selection every element left of kHigh is <= v[kHigh].
    double low = ArrayKernels.maxIgnoringNaN(v, 0, kHigh);
    // Halving the difference cannot overflow; equal infinities are their own mean.
    return low == high ? low : low + (high - low) / 2;
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
   * The weighted median of {@code values[0, n)} as numpy's {@code averaged_inverted_cdf}: the mean
   * of the lower weighted median (the smallest x with weight(≤ x) ≥ W/2) and the upper one (the
   * largest x with weight(≥ x) ≥ W/2). With equal weights this is the ordinary median (scikit-learn
   * 1.2's weighted {@code median_absolute_error} takes the lower one alone). Reorders {@code
   * values} and {@code weights} together; expected O(n).
   */
  static double weightedMedian(double[] values, double[] weights, int n) {
    CompensatedSum half = halved(weightOf(weights, 0, n));
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
   * quickselect with a three-way partition that carries the weights along. The weights of the
   * partitions are summed in double-double ({@link CompensatedSum}'s two parts) and compared with
   * the target in the same precision, so that a cumulative weight that equals W/2 in decimal but
   * not in binary (0.1 + 0.2 + 0.1 + 0.3 against 1.4 / 2) falls on the side its exact value is on.
   */
  private static double lowerWeightedMedian(double[] v, double[] w, int n, CompensatedSum target) {
    int lo = 0;
    int hi = n;
    CompensatedSum below = new CompensatedSum();
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
      CompensatedSum less = weightOf(w, lo, lt);
      CompensatedSum equal = weightOf(w, lt, gt + 1);
      CompensatedSum upToPivot = below.copy();
      upToPivot.add(less);
      if (less.value() > 0 && reaches(upToPivot, target)) {
        hi = lt;
        continue;
      }
      upToPivot.add(equal);
      if (equal.value() > 0 && reaches(upToPivot, target)) {
        return pivot;
      }
      if (gt + 1 >= hi) {
        return pivot; // only rounding of the sums could leave the target above every value
      }
      below = upToPivot;
      lo = gt + 1;
    }
    return v[lo];
  }

  /** Σ w[from, to) as a double-double. */
  private static CompensatedSum weightOf(double[] w, int from, int to) {
    CompensatedSum sum = new CompensatedSum();
    for (int i = from; i < to; i++) {
      sum.add(w[i]);
    }
    return sum;
  }

  /** Half of a double-double: both parts halved, exactly unless they are subnormal. */
  private static CompensatedSum halved(CompensatedSum sum) {
    CompensatedSum half = new CompensatedSum();
    half.add(sum.high() / 2);
    half.add(sum.low() / 2);
    return half;
  }

  /** Whether {@code sum ≥ target}, from the sign of their double-double difference. */
  private static boolean reaches(CompensatedSum sum, CompensatedSum target) {
    CompensatedSum difference = sum.copy();
    difference.add(-target.high());
    difference.add(-target.low());
    return difference.value() >= 0;
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
