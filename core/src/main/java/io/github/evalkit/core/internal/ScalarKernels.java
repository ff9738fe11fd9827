package io.github.evalkit.core.internal;

import static io.github.evalkit.core.internal.CompensatedSums.twoSumError;

/**
 * The scalar provider: plain Java loops. It is the reference the vector provider is tested against
 * and the fallback when the Vector API is unavailable (for example under {@code java -jar}).
 *
 * <p><b>Summation: blocked {@code Sum2}.</b> Each block of four consecutive terms is added
 * pairwise, {@code (x₀ + x₁) + (x₂ + x₃)}, and the block sums are accumulated with Knuth's TwoSum
 * and a separate error accumulator (Ogita, Rump and Oishi's {@code Sum2}, see {@link
 * CompensatedSums}). The block costs at most 2u·Σ|xᵢ| (u = 2⁻⁵³; Higham 2002, "Accuracy and
 * Stability of Numerical Algorithms", 2nd ed., section 4.2, pairwise summation of depth 2) and
 * {@code Sum2} adds u·|Σxᵢ| + γ²ₘ·Σ|xᵢ| (Ogita et al. 2005, theorem 4.4), so the error is below
 * 3u·Σ|xᵢ| + O(n²u²)·Σ|xᵢ|: within 2·eps·Σ|xᵢ| for signed sums, and, with the rounding of each term
 * (at most 4u for w·(a − b)²), a relative error below 1e-15 for sums of non-negative terms. Only
 * one addition per block is on the critical path, which is why the loop runs faster than the naive
 * single-accumulator loop although it does more arithmetic. The sums of squared and of absolute
 * differences use blocks of eight (pairwise to depth three; the squares paired by {@link
 * Math#fma}), which costs at most 4u·Σ per block, 7u·Σ in all with the rounding of the differences:
 * still below 1e-15 relative, with fewer additions per element.
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

  private static double square(double d) {
    return d * d;
  }

  /**
   * All ones when {@code bits} is not a NaN, else zero: a NaN's magnitude bits are above those of
   * +∞, so the subtraction's sign tells them apart without a branch (scattered NaN make branches
   * mispredict).
   */
  private static long notNaNMask(long bits) {
    return ((bits & Long.MAX_VALUE) - 0x7ff0000000000001L) >> 63;
  }

  /** {@code x}, or +0.0 if {@code x} is NaN, without a branch. */
  private static double zeroIfNaN(double x) {
    long bits = Double.doubleToRawLongBits(x);
    return Double.longBitsToDouble(bits & notNaNMask(bits));
  }

  /** 1 if {@code x} is NaN, else 0, without a branch. */
  private static int isNaN(double x) {
    return 1 + (int) notNaNMask(Double.doubleToRawLongBits(x));
  }

  @Override
  public double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 7; i < bound; i += 8) {
      double d0 = a[i] - b[i], d1 = a[i + 1] - b[i + 1];
      double d2 = a[i + 2] - b[i + 2], d3 = a[i + 3] - b[i + 3];
      double d4 = a[i + 4] - b[i + 4], d5 = a[i + 5] - b[i + 5];
      double d6 = a[i + 6] - b[i + 6], d7 = a[i + 7] - b[i + 7];
      // Fused multiply-adds pair the eight squares: fewer additions, one rounding fewer.
      double p =
          (Math.fma(d4, d4, d0 * d0) + Math.fma(d5, d5, d1 * d1))
              + (Math.fma(d6, d6, d2 * d2) + Math.fma(d7, d7, d3 * d3));
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = square(a[i] - b[i]);
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double p = (x[i] + x[i + 1]) + (x[i + 2] + x[i + 3]);
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = x[i];
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double p =
          (square(x[i] - shift) + square(x[i + 1] - shift))
              + (square(x[i + 2] - shift) + square(x[i + 3] - shift));
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = square(x[i] - shift);
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 7; i < bound; i += 8) {
      double p =
          ((Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]))
                  + (Math.abs(a[i + 2] - b[i + 2]) + Math.abs(a[i + 3] - b[i + 3])))
              + ((Math.abs(a[i + 4] - b[i + 4]) + Math.abs(a[i + 5] - b[i + 5]))
                  + (Math.abs(a[i + 6] - b[i + 6]) + Math.abs(a[i + 7] - b[i + 7])));
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = Math.abs(a[i] - b[i]);
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double p =
          (w[i] * square(a[i] - b[i]) + w[i + 1] * square(a[i + 1] - b[i + 1]))
              + (w[i + 2] * square(a[i + 2] - b[i + 2]) + w[i + 3] * square(a[i + 3] - b[i + 3]));
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = w[i] * square(a[i] - b[i]);
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double p =
          (w[i] * Math.abs(a[i] - b[i]) + w[i + 1] * Math.abs(a[i + 1] - b[i + 1]))
              + (w[i + 2] * Math.abs(a[i + 2] - b[i + 2])
                  + w[i + 3] * Math.abs(a[i + 3] - b[i + 3]));
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = w[i] * Math.abs(a[i] - b[i]);
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    double s = 0;
    double c = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double p = (w[i] * x[i] + w[i + 1] * x[i + 1]) + (w[i + 2] * x[i + 2] + w[i + 3] * x[i + 3]);
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = w[i] * x[i];
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    // Four Sum2 accumulators (true value s + c) and a maximum: independent chains, so the loop
    // needs no unrolling to keep the CPU busy.
    double sq = 0, sqc = 0; // Σ d²
    double ab = 0, abc = 0; // Σ |d|
    double sd = 0, sdc = 0; // Σ d
    double sa = 0, sac = 0; // Σ a
    double max = 0;
    for (int i = from; i < to; i++) {
      double ai = a[i];
      double d = ai - b[i];
      double ad = Math.abs(d);
      double d2 = d * d;
      double t = sq + d2;
      sqc += twoSumError(sq, d2, t);
      sq = t;
      t = ab + ad;
      abc += twoSumError(ab, ad, t);
      ab = t;
      t = sd + d;
      sdc += twoSumError(sd, d, t);
      sd = t;
      t = sa + ai;
      sac += twoSumError(sa, ai, t);
      sa = t;
      max = Math.max(max, ad);
    }
    double r = sq + sqc;
    out[0] = Double.isFinite(r) ? r : plainSumOfSquaredDifferences(a, b, from, to);
    r = ab + abc;
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
    int n0 = 0, n1 = 0;
    int i = from;
    for (int bound = to - 1; i < bound; i += 2) {
      n0 += isNaN(x[i]);
      n1 += isNaN(x[i + 1]);
    }
    if (i < to) {
      n0 += isNaN(x[i]);
    }
    return n0 + n1;
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
    // A NaN contributes +0.0 to the sum and 1 to the NaN count, both without a branch.
    double s = 0;
    double c = 0;
    int nan = 0;
    int i = from;
    for (int bound = to - 3; i < bound; i += 4) {
      double v0 = x[i];
      double v1 = x[i + 1];
      double v2 = x[i + 2];
      double v3 = x[i + 3];
      nan += (isNaN(v0) + isNaN(v1)) + (isNaN(v2) + isNaN(v3));
      double p = (zeroIfNaN(v0) + zeroIfNaN(v1)) + (zeroIfNaN(v2) + zeroIfNaN(v3));
      double t = s + p;
      c += twoSumError(s, p, t);
      s = t;
    }
    for (; i < to; i++) {
      double v = x[i];
      nan += isNaN(v);
      v = zeroIfNaN(v);
      double t = s + v;
      c += twoSumError(s, v, t);
      s = t;
    }
    double r = s + c;
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
    long fill = Double.doubleToRawLongBits(value);
    int n = 0;
    for (int i = from; i < to; i++) {
      long bits = Double.doubleToRawLongBits(src[i]);
      long keep = notNaNMask(bits);
      n += 1 + (int) keep;
      dst[i] = Double.longBitsToDouble((bits & keep) | (fill & ~keep));
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
    if (limit == Integer.MAX_VALUE) {
      return forwardFillUnlimited(x, from, to);
    }
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
    if (limit == Integer.MAX_VALUE) {
      return backwardFillUnlimited(x, from, to);
    }
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

  // Without a limit, once the leading NaN are skipped every NaN is filled, so the loop needs one
  // test per cell and stores only the NaN cells. Measured against the naive loop (which also
  // tests the previous value) at 10% and 50% scattered NaN, 1,000 and 100,000 cells: as fast
  // within noise, or faster, on JDK 17 and 25. A select form ("last = missing ? last : v", storing
  // every cell) was compiled with a branch at 50% NaN on JDK 17 and ran 1.6-13x slower than this.
  // A branch-free form on the raw bits never mispredicts: 5x faster at 50% NaN and 100,000 cells,
  // but twice as slow at 10%, the more common share for gaps in a series.
  private static int forwardFillUnlimited(double[] x, int from, int to) {
    int i = from;
    while (i < to && x[i] != x[i]) {
      i++; // leading NaN have nothing to take from
    }
    if (i == to) {
      return 0;
    }
    double last = x[i];
    int filled = 0;
    for (; i < to; i++) {
      double v = x[i];
      if (v != v) {
        x[i] = last;
        filled++;
      } else {
        last = v;
      }
    }
    return filled;
  }

  private static int backwardFillUnlimited(double[] x, int from, int to) {
    int i = to - 1;
    while (i >= from && x[i] != x[i]) {
      i--; // trailing NaN have nothing to take from
    }
    if (i < from) {
      return 0;
    }
    double next = x[i];
    int filled = 0;
    for (; i >= from; i--) { // the forward loop's form, for the same reason
      double v = x[i];
      if (v != v) {
        x[i] = next;
        filled++;
      } else {
        next = v;
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
   * a, Σ p and n. OR-ing every code's bits other than bit 0 checks the range in the same pass;
   * counts change only once the whole range is known to be valid.
   */
  private static int countBinaryPairs(
      int[] actual, int[] predicted, int from, int to, long[] counts) {
    int outOfRange = 0;
    int sumA = 0;
    int sumP = 0;
    int sumAp = 0;
    for (int i = from; i < to; i++) {
      int a = actual[i];
      int p = predicted[i];
      // Masking here rather than once after the loop measured 2.4x (JDK 17) and 9x (JDK 25)
      // faster at 1,000 codes: the JIT then compiles the loop to far fewer instructions.
      outOfRange |= (a | p) & ~1;
      sumA += a;
      sumP += p;
      sumAp += a & p;
    }
    if (outOfRange != 0) {
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
