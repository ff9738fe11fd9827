package io.github.evalkit.core.internal;

import static io.github.evalkit.core.internal.CompensatedSums.twoSumError;

/**
 * The scalar provider: plain Java loops, unrolled into four independent compensated accumulators so
 * that the CPU overlaps their dependency chains. It is the reference the vector provider is tested
 * against and the fallback when the Vector API is unavailable (for example under {@code java
 * -jar}).
 *
 * <p>Sums of non-negative terms (squared and absolute differences) use Kahan's compensated
 * summation (Kahan 1965, "Further remarks on reducing truncation errors", CACM 8(1)); its error is
 * at most (2u + O(nu²))·Σ|xᵢ| (Higham 2002, "Accuracy and Stability of Numerical Algorithms", 2nd
 * ed., section 4.3). Signed sums use TwoSum with a separate error accumulator ({@code Sum2}, see
 * {@link CompensatedSums}), whose error is at most u·|Σxᵢ| + γ²ₙ·Σ|xᵢ|. The four lanes are merged
 * in a fixed order, so results are deterministic for a given input and range.
 *
 * <p>Compensation turns an infinite term into NaN, so when a compensated result is not finite the
 * kernel recomputes the plain left-to-right sum, which gives IEEE 754's answer (NaN, or the
 * infinity of the overflow). That second pass only runs for such inputs.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScalarKernels implements KernelSupport {

  /** The single instance. */
  public static final ScalarKernels INSTANCE = new ScalarKernels();

  private ScalarKernels() {}

  @Override
  public String name() {
    return "scalar";
  }

  // Merges four Kahan lanes (true value s - c) and a tail value in a fixed order.
  private static double mergeKahan(
      double s0, double c0, double s1, double c1, double s2, double c2, double s3, double c3) {
    double s01 = s0 + s1;
    double s23 = s2 + s3;
    double s = s01 + s23;
    double c =
        twoSumError(s0, s1, s01)
            + twoSumError(s2, s3, s23)
            + twoSumError(s01, s23, s)
            - ((c0 + c1) + (c2 + c3));
    return s + c;
  }

  // Merges four Sum2 lanes (true value s + c) in a fixed order.
  private static double mergeSum2(
      double s0, double c0, double s1, double c1, double s2, double c2, double s3, double c3) {
    return mergeKahan(s0, -c0, s1, -c1, s2, -c2, s3, -c3);
  }

  @Override
  public double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double d0 = a[i] - b[i];
      double d1 = a[i + 1] - b[i + 1];
      double d2 = a[i + 2] - b[i + 2];
      double d3 = a[i + 3] - b[i + 3];
      double y0 = d0 * d0 - c0;
      double y1 = d1 * d1 - c1;
      double y2 = d2 * d2 - c2;
      double y3 = d3 * d3 - c3;
      double t0 = s0 + y0;
      double t1 = s1 + y1;
      double t2 = s2 + y2;
      double t3 = s3 + y3;
      c0 = (t0 - s0) - y0;
      c1 = (t1 - s1) - y1;
      c2 = (t2 - s2) - y2;
      c3 = (t3 - s3) - y3;
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double d = a[i] - b[i];
      double y = d * d - c0;
      double t = s0 + y;
      c0 = (t - s0) - y;
      s0 = t;
    }
    double r = mergeKahan(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainSumOfSquaredDifferences(a, b, from, to);
  }

  static double plainSumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return s;
  }

  @Override
  public double sum(double[] x, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double x0 = x[i];
      double x1 = x[i + 1];
      double x2 = x[i + 2];
      double x3 = x[i + 3];
      double t0 = s0 + x0;
      double t1 = s1 + x1;
      double t2 = s2 + x2;
      double t3 = s3 + x3;
      c0 += twoSumError(s0, x0, t0);
      c1 += twoSumError(s1, x1, t1);
      c2 += twoSumError(s2, x2, t2);
      c3 += twoSumError(s3, x3, t3);
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double v = x[i];
      double t = s0 + v;
      c0 += twoSumError(s0, v, t);
      s0 = t;
    }
    double r = mergeSum2(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainSum(x, from, to);
  }

  static double plainSum(double[] x, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += x[i];
    }
    return s;
  }

  @Override
  public double sumOfSquaresAbout(double[] x, double shift, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double d0 = x[i] - shift;
      double d1 = x[i + 1] - shift;
      double d2 = x[i + 2] - shift;
      double d3 = x[i + 3] - shift;
      double y0 = d0 * d0 - c0;
      double y1 = d1 * d1 - c1;
      double y2 = d2 * d2 - c2;
      double y3 = d3 * d3 - c3;
      double t0 = s0 + y0;
      double t1 = s1 + y1;
      double t2 = s2 + y2;
      double t3 = s3 + y3;
      c0 = (t0 - s0) - y0;
      c1 = (t1 - s1) - y1;
      c2 = (t2 - s2) - y2;
      c3 = (t3 - s3) - y3;
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double d = x[i] - shift;
      double y = d * d - c0;
      double t = s0 + y;
      c0 = (t - s0) - y;
      s0 = t;
    }
    double r = mergeKahan(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainSumOfSquaresAbout(x, shift, from, to);
  }

  static double plainSumOfSquaresAbout(double[] x, double shift, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      double d = x[i] - shift;
      s += d * d;
    }
    return s;
  }

  @Override
  public double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double y0 = Math.abs(a[i] - b[i]) - c0;
      double y1 = Math.abs(a[i + 1] - b[i + 1]) - c1;
      double y2 = Math.abs(a[i + 2] - b[i + 2]) - c2;
      double y3 = Math.abs(a[i + 3] - b[i + 3]) - c3;
      double t0 = s0 + y0;
      double t1 = s1 + y1;
      double t2 = s2 + y2;
      double t3 = s3 + y3;
      c0 = (t0 - s0) - y0;
      c1 = (t1 - s1) - y1;
      c2 = (t2 - s2) - y2;
      c3 = (t3 - s3) - y3;
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double y = Math.abs(a[i] - b[i]) - c0;
      double t = s0 + y;
      c0 = (t - s0) - y;
      s0 = t;
    }
    double r = mergeKahan(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainSumOfAbsoluteDifferences(a, b, from, to);
  }

  static double plainSumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += Math.abs(a[i] - b[i]);
    }
    return s;
  }

  @Override
  public double weightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double d0 = a[i] - b[i];
      double d1 = a[i + 1] - b[i + 1];
      double d2 = a[i + 2] - b[i + 2];
      double d3 = a[i + 3] - b[i + 3];
      double y0 = w[i] * (d0 * d0) - c0;
      double y1 = w[i + 1] * (d1 * d1) - c1;
      double y2 = w[i + 2] * (d2 * d2) - c2;
      double y3 = w[i + 3] * (d3 * d3) - c3;
      double t0 = s0 + y0;
      double t1 = s1 + y1;
      double t2 = s2 + y2;
      double t3 = s3 + y3;
      c0 = (t0 - s0) - y0;
      c1 = (t1 - s1) - y1;
      c2 = (t2 - s2) - y2;
      c3 = (t3 - s3) - y3;
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double d = a[i] - b[i];
      double y = w[i] * (d * d) - c0;
      double t = s0 + y;
      c0 = (t - s0) - y;
      s0 = t;
    }
    double r = mergeKahan(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainWeightedSumOfSquaredDifferences(a, b, w, from, to);
  }

  static double plainWeightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      double d = a[i] - b[i];
      s += w[i] * (d * d);
    }
    return s;
  }

  @Override
  public double weightedSumOfAbsoluteDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double y0 = w[i] * Math.abs(a[i] - b[i]) - c0;
      double y1 = w[i + 1] * Math.abs(a[i + 1] - b[i + 1]) - c1;
      double y2 = w[i + 2] * Math.abs(a[i + 2] - b[i + 2]) - c2;
      double y3 = w[i + 3] * Math.abs(a[i + 3] - b[i + 3]) - c3;
      double t0 = s0 + y0;
      double t1 = s1 + y1;
      double t2 = s2 + y2;
      double t3 = s3 + y3;
      c0 = (t0 - s0) - y0;
      c1 = (t1 - s1) - y1;
      c2 = (t2 - s2) - y2;
      c3 = (t3 - s3) - y3;
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double y = w[i] * Math.abs(a[i] - b[i]) - c0;
      double t = s0 + y;
      c0 = (t - s0) - y;
      s0 = t;
    }
    double r = mergeKahan(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainWeightedSumOfAbsoluteDifferences(a, b, w, from, to);
  }

  static double plainWeightedSumOfAbsoluteDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += w[i] * Math.abs(a[i] - b[i]);
    }
    return s;
  }

  @Override
  public double weightedSum(double[] x, double[] w, int from, int to) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double x0 = w[i] * x[i];
      double x1 = w[i + 1] * x[i + 1];
      double x2 = w[i + 2] * x[i + 2];
      double x3 = w[i + 3] * x[i + 3];
      double t0 = s0 + x0;
      double t1 = s1 + x1;
      double t2 = s2 + x2;
      double t3 = s3 + x3;
      c0 += twoSumError(s0, x0, t0);
      c1 += twoSumError(s1, x1, t1);
      c2 += twoSumError(s2, x2, t2);
      c3 += twoSumError(s3, x3, t3);
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (; i < to; i++) {
      double v = w[i] * x[i];
      double t = s0 + v;
      c0 += twoSumError(s0, v, t);
      s0 = t;
    }
    double r = mergeSum2(s0, c0, s1, c1, s2, c2, s3, c3);
    return Double.isFinite(r) ? r : plainWeightedSum(x, w, from, to);
  }

  static double plainWeightedSum(double[] x, double[] w, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += w[i] * x[i];
    }
    return s;
  }

  @Override
  public double maxAbsoluteDifference(double[] a, double[] b, int from, int to) {
    double m0 = 0, m1 = 0, m2 = 0, m3 = 0;
    int i = from;
    // Math.max propagates NaN, so no branch is needed to make NaN stick.
    for (int bound = to - 3; i < bound; i += 4) {
      m0 = Math.max(m0, Math.abs(a[i] - b[i]));
      m1 = Math.max(m1, Math.abs(a[i + 1] - b[i + 1]));
      m2 = Math.max(m2, Math.abs(a[i + 2] - b[i + 2]));
      m3 = Math.max(m3, Math.abs(a[i + 3] - b[i + 3]));
    }
    for (; i < to; i++) {
      m0 = Math.max(m0, Math.abs(a[i] - b[i]));
    }
    return Math.max(Math.max(m0, m1), Math.max(m2, m3));
  }

  @Override
  public void errorMoments(double[] a, double[] b, int from, int to, double[] out) {
    // Five independent chains already give the CPU enough parallel work, so no unrolling.
    double sq = 0, sqc = 0; // Kahan: Σ d², true value sq - sqc
    double ab = 0, abc = 0; // Kahan: Σ |d|
    double max = 0;
    double sd = 0, sdc = 0; // Sum2: Σ d, true value sd + sdc
    double sa = 0, sac = 0; // Sum2: Σ a
    for (int i = from; i < to; i++) {
      double ai = a[i];
      double d = ai - b[i];
      double ad = Math.abs(d);
      double y = d * d - sqc;
      double t = sq + y;
      sqc = (t - sq) - y;
      sq = t;
      y = ad - abc;
      t = ab + y;
      abc = (t - ab) - y;
      ab = t;
      max = Math.max(max, ad);
      t = sd + d;
      sdc += twoSumError(sd, d, t);
      sd = t;
      t = sa + ai;
      sac += twoSumError(sa, ai, t);
      sa = t;
    }
    double r = sq - sqc;
    out[0] = Double.isFinite(r) ? r : plainSumOfSquaredDifferences(a, b, from, to);
    r = ab - abc;
    out[1] = Double.isFinite(r) ? r : plainSumOfAbsoluteDifferences(a, b, from, to);
    out[2] = max;
    r = sd + sdc;
    out[3] = Double.isFinite(r) ? r : plainSumOfDifferences(a, b, from, to);
    r = sa + sac;
    out[4] = Double.isFinite(r) ? r : plainSum(a, from, to);
  }

  static double plainSumOfDifferences(double[] a, double[] b, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += a[i] - b[i];
    }
    return s;
  }

  @Override
  public int countNaN(double[] x, int from, int to) {
    int n0 = 0, n1 = 0, n2 = 0, n3 = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      n0 += x[i] != x[i] ? 1 : 0;
      n1 += x[i + 1] != x[i + 1] ? 1 : 0;
      n2 += x[i + 2] != x[i + 2] ? 1 : 0;
      n3 += x[i + 3] != x[i + 3] ? 1 : 0;
    }
    for (; i < to; i++) {
      n0 += x[i] != x[i] ? 1 : 0;
    }
    return (n0 + n1) + (n2 + n3);
  }

  @Override
  public int indexOfNaN(double[] x, int from, int to) {
    for (int i = from; i < to; i++) {
      if (x[i] != x[i]) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void sumAndCountIgnoringNaN(double[] x, int from, int to, double[] out) {
    double s0 = 0, s1 = 0;
    double c0 = 0, c1 = 0;
    int nan = 0;
    int i = from;
    // A NaN contributes 0 to the sum and 1 to the NaN count; selects instead of branches keep
    // the loop free of mispredictions when NaN are scattered.
    for (int bound = to - 1; i < bound; i += 2) {
      double v0 = x[i];
      double v1 = x[i + 1];
      boolean m0 = v0 != v0;
      boolean m1 = v1 != v1;
      nan += (m0 ? 1 : 0) + (m1 ? 1 : 0);
      v0 = m0 ? 0.0 : v0;
      v1 = m1 ? 0.0 : v1;
      double t0 = s0 + v0;
      double t1 = s1 + v1;
      c0 += twoSumError(s0, v0, t0);
      c1 += twoSumError(s1, v1, t1);
      s0 = t0;
      s1 = t1;
    }
    for (; i < to; i++) {
      double v = x[i];
      boolean m = v != v;
      nan += m ? 1 : 0;
      v = m ? 0.0 : v;
      double t = s0 + v;
      c0 += twoSumError(s0, v, t);
      s0 = t;
    }
    double r = mergeSum2(s0, c0, s1, c1, 0, 0, 0, 0);
    out[0] = Double.isFinite(r) ? r : plainSumIgnoringNaN(x, from, to);
    out[1] = (to - from) - nan;
  }

  static double plainSumIgnoringNaN(double[] x, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v) {
        s += v;
      }
    }
    return s;
  }

  @Override
  public int replaceNaN(double[] src, double value, double[] dst, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      double v = src[i];
      boolean missing = v != v;
      n += missing ? 1 : 0;
      dst[i] = missing ? value : v;
    }
    return n;
  }

  @Override
  public double minIgnoringNaN(double[] x, int from, int to) {
    double min = Double.POSITIVE_INFINITY;
    boolean any = false;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v) {
        min = Math.min(min, v); // Math.min orders -0.0 before 0.0
        any = true;
      }
    }
    return any ? min : Double.NaN;
  }

  @Override
  public double maxIgnoringNaN(double[] x, int from, int to) {
    double max = Double.NEGATIVE_INFINITY;
    boolean any = false;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v) {
        max = Math.max(max, v); // Math.max orders 0.0 after -0.0
        any = true;
      }
    }
    return any ? max : Double.NaN;
  }

  @Override
  public int forwardFill(double[] x, int from, int to, int limit) {
    int filled = 0;
    double last = Double.NaN;
    int run = 0;
    for (int i = from; i < to; i++) {
      double v = x[i];
      if (v == v) {
        last = v;
        run = 0;
      } else if (run < limit && last == last) {
        x[i] = last;
        run++;
        filled++;
      }
    }
    return filled;
  }

  @Override
  public int backwardFill(double[] x, int from, int to, int limit) {
    int filled = 0;
    double next = Double.NaN;
    int run = 0;
    for (int i = to - 1; i >= from; i--) {
      double v = x[i];
      if (v == v) {
        next = v;
        run = 0;
      } else if (run < limit && next == next) {
        x[i] = next;
        run++;
        filled++;
      }
    }
    return filled;
  }

  @Override
  public int countPairs(int[] actual, int[] predicted, int from, int to, int k, long[] counts) {
    return k == 2
        ? countBinaryPairs(actual, predicted, from, to, counts)
        : countPairsGeneral(actual, predicted, from, to, k, counts);
  }

  /**
   * k = 2 from integer sums: with codes in {0, 1}, n₁₁ = Σ a·p, and the other cells follow from Σ
   * a, Σ p and n. The OR of all codes checks the range in the same pass; counts change only once
   * the whole range is known to be valid.
   */
  private static int countBinaryPairs(
      int[] actual, int[] predicted, int from, int to, long[] counts) {
    int or = 0;
    int sumA = 0;
    int sumP = 0;
    int sumAp = 0;
    for (int i = from; i < to; i++) {
      int a = actual[i];
      int p = predicted[i];
      or |= a | p;
      sumA += a;
      sumP += p;
      sumAp += a & p;
    }
    if ((or & ~1) != 0) {
      return firstCodeOutOfRange(actual, predicted, from, to, 2);
    }
    addBinaryCounts(to - from, sumA, sumP, sumAp, counts);
    return -1;
  }

  static void addBinaryCounts(int n, int sumA, int sumP, int sumAp, long[] counts) {
    counts[0] += (long) n - sumA - sumP + sumAp;
    counts[1] += sumP - sumAp;
    counts[2] += sumA - sumAp;
    counts[3] += sumAp;
  }

  static int firstCodeOutOfRange(int[] actual, int[] predicted, int from, int to, int k) {
    for (int i = from; i < to; i++) {
      int a = actual[i];
      int p = predicted[i];
      if (a < 0 || a >= k || p < 0 || p >= k) {
        return i;
      }
    }
    return -1;
  }

  private static int countPairsGeneral(
      int[] actual, int[] predicted, int from, int to, int k, long[] counts) {
    for (int i = from; i < to; i++) {
      int a = actual[i];
      int p = predicted[i];
      if (a < 0 || a >= k || p < 0 || p >= k) {
        // Undo the pairs counted so far, so that a failed call changes nothing.
        for (int j = from; j < i; j++) {
          counts[actual[j] * k + predicted[j]]--;
        }
        return i;
      }
      counts[a * k + p]++;
    }
    return -1;
  }
}
