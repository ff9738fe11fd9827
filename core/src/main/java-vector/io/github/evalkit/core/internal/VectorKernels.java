package io.github.evalkit.core.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java Vector API provider. Each sum runs in four independent vector accumulators (the {@code
 * loopBound} main loop unrolled four times), every lane with its own compensation; a vector loop
 * and the scalar provider take the remainder. At the end the accumulators are merged with TwoSum
 * and the lanes are added in index order, so the result is deterministic for a given input and
 * vector width, and within the same error bound as the scalar provider (see {@link ScalarKernels}:
 * Kahan for sums of non-negative terms, TwoSum/{@code Sum2} for signed sums).
 *
 * <p>Ranges shorter than two vectors go to the scalar provider. The vector width is the preferred
 * species, or {@code -Devalkit.vectorBitSize=128|256|512} when that is no wider (tests use it to
 * reach the tail paths with fewer lanes).
 *
 * <p>Loaded by name from {@link KernelProvider}; this source root is the only code that imports
 * {@code jdk.incubator.vector}. Stateless and thread-safe.
 */
final class VectorKernels implements KernelSupport {

  /** System property that narrows the vector width, in bits. */
  static final String BIT_SIZE_PROPERTY = "evalkit.vectorBitSize";

  private static final VectorSpecies<Double> SPECIES = species();
  private static final int LANES = SPECIES.length();
  private static final VectorSpecies<Integer> INT_SPECIES =
      VectorSpecies.of(int.class, SPECIES.vectorShape());
  private static final ScalarKernels SCALAR = ScalarKernels.INSTANCE;

  private static VectorSpecies<Double> species() {
    VectorSpecies<Double> preferred = DoubleVector.SPECIES_PREFERRED;
    String bits = System.getProperty(BIT_SIZE_PROPERTY, "");
    if (bits.isEmpty()) {
      return preferred;
    }
    int requested = Integer.parseInt(bits.trim());
    if (requested > preferred.vectorBitSize()) {
      return preferred;
    }
    return VectorSpecies.of(double.class, VectorShape.forBitSize(requested));
  }

  /**
   * Creates the provider.
   *
   * @throws UnsupportedOperationException when the vector species has fewer than two lanes
   */
  VectorKernels() {
    if (LANES < 2) {
      throw new UnsupportedOperationException(
          "the preferred vector species has " + LANES + " double lane(s)");
    }
  }

  @Override
  public String name() {
    return "vector(" + SPECIES.vectorBitSize() + " bits, " + LANES + " lanes)";
  }

  // ---- Helpers: all take and return vectors, so after inlining nothing is allocated.

  /** The exact rounding error of {@code t = a + b} per lane (Knuth's TwoSum). */
  private static DoubleVector twoSumError(DoubleVector a, DoubleVector b, DoubleVector t) {
    DoubleVector z = t.sub(a);
    return a.sub(t.sub(z)).add(b.sub(z));
  }

  /**
   * Merges four accumulators (true value Σ sₖ + cₖ) and a scalar tail: vectors pairwise with
   * TwoSum, then the lanes in index order with TwoSum, corrections added last.
   */
  private static double merge(
      DoubleVector s0,
      DoubleVector c0,
      DoubleVector s1,
      DoubleVector c1,
      DoubleVector s2,
      DoubleVector c2,
      DoubleVector s3,
      DoubleVector c3,
      double tail) {
    DoubleVector s01 = s0.add(s1);
    DoubleVector s23 = s2.add(s3);
    DoubleVector s = s01.add(s23);
    DoubleVector c =
        c0.add(c1)
            .add(c2.add(c3))
            .add(twoSumError(s0, s1, s01))
            .add(twoSumError(s2, s3, s23))
            .add(twoSumError(s01, s23, s));
    return mergeLanes(s, c, tail);
  }

  private static double mergeLanes(DoubleVector s, DoubleVector c, double tail) {
    double sum = 0;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double x = s.lane(lane);
      double t = sum + x;
      corr += CompensatedSums.twoSumError(sum, x, t) + c.lane(lane);
      sum = t;
    }
    double t = sum + tail;
    corr += CompensatedSums.twoSumError(sum, tail, t);
    return t + corr;
  }

  private static boolean tooShort(int from, int to) {
    return to - from < 2 * LANES;
  }

  // ---- Sums of non-negative terms: Kahan per lane; the true value is s - c.

  @Override
  public double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.sumOfSquaredDifferences(a, b, from, to);
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    DoubleVector s2 = s0, c2 = s0, s3 = s0, c3 = s0;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector d0 = load(a, i).sub(load(b, i));
      DoubleVector d1 = load(a, i + LANES).sub(load(b, i + LANES));
      DoubleVector d2 = load(a, i + 2 * LANES).sub(load(b, i + 2 * LANES));
      DoubleVector d3 = load(a, i + 3 * LANES).sub(load(b, i + 3 * LANES));
      DoubleVector y0 = d0.mul(d0).sub(c0);
      DoubleVector y1 = d1.mul(d1).sub(c1);
      DoubleVector y2 = d2.mul(d2).sub(c2);
      DoubleVector y3 = d3.mul(d3).sub(c3);
      DoubleVector t0 = s0.add(y0);
      DoubleVector t1 = s1.add(y1);
      DoubleVector t2 = s2.add(y2);
      DoubleVector t3 = s3.add(y3);
      c0 = t0.sub(s0).sub(y0);
      c1 = t1.sub(s1).sub(y1);
      c2 = t2.sub(s2).sub(y2);
      c3 = t3.sub(s3).sub(y3);
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector d = load(a, i).sub(load(b, i));
      DoubleVector y = d.mul(d).sub(c0);
      DoubleVector t = s0.add(y);
      c0 = t.sub(s0).sub(y);
      s0 = t;
    }
    double r =
        merge(
            s0,
            c0.neg(),
            s1,
            c1.neg(),
            s2,
            c2.neg(),
            s3,
            c3.neg(),
            SCALAR.sumOfSquaredDifferences(a, b, i, to));
    return Double.isFinite(r) ? r : ScalarKernels.plainSumOfSquaredDifferences(a, b, from, to);
  }

  @Override
  public double sumOfSquaresAbout(double[] x, double shift, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.sumOfSquaresAbout(x, shift, from, to);
    }
    DoubleVector m = DoubleVector.broadcast(SPECIES, shift);
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    DoubleVector s2 = s0, c2 = s0, s3 = s0, c3 = s0;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector d0 = load(x, i).sub(m);
      DoubleVector d1 = load(x, i + LANES).sub(m);
      DoubleVector d2 = load(x, i + 2 * LANES).sub(m);
      DoubleVector d3 = load(x, i + 3 * LANES).sub(m);
      DoubleVector y0 = d0.mul(d0).sub(c0);
      DoubleVector y1 = d1.mul(d1).sub(c1);
      DoubleVector y2 = d2.mul(d2).sub(c2);
      DoubleVector y3 = d3.mul(d3).sub(c3);
      DoubleVector t0 = s0.add(y0);
      DoubleVector t1 = s1.add(y1);
      DoubleVector t2 = s2.add(y2);
      DoubleVector t3 = s3.add(y3);
      c0 = t0.sub(s0).sub(y0);
      c1 = t1.sub(s1).sub(y1);
      c2 = t2.sub(s2).sub(y2);
      c3 = t3.sub(s3).sub(y3);
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector d = load(x, i).sub(m);
      DoubleVector y = d.mul(d).sub(c0);
      DoubleVector t = s0.add(y);
      c0 = t.sub(s0).sub(y);
      s0 = t;
    }
    double r =
        merge(
            s0,
            c0.neg(),
            s1,
            c1.neg(),
            s2,
            c2.neg(),
            s3,
            c3.neg(),
            SCALAR.sumOfSquaresAbout(x, shift, i, to));
    return Double.isFinite(r) ? r : ScalarKernels.plainSumOfSquaresAbout(x, shift, from, to);
  }

  @Override
  public double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.sumOfAbsoluteDifferences(a, b, from, to);
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    DoubleVector s2 = s0, c2 = s0, s3 = s0, c3 = s0;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector y0 = load(a, i).sub(load(b, i)).abs().sub(c0);
      DoubleVector y1 = load(a, i + LANES).sub(load(b, i + LANES)).abs().sub(c1);
      DoubleVector y2 = load(a, i + 2 * LANES).sub(load(b, i + 2 * LANES)).abs().sub(c2);
      DoubleVector y3 = load(a, i + 3 * LANES).sub(load(b, i + 3 * LANES)).abs().sub(c3);
      DoubleVector t0 = s0.add(y0);
      DoubleVector t1 = s1.add(y1);
      DoubleVector t2 = s2.add(y2);
      DoubleVector t3 = s3.add(y3);
      c0 = t0.sub(s0).sub(y0);
      c1 = t1.sub(s1).sub(y1);
      c2 = t2.sub(s2).sub(y2);
      c3 = t3.sub(s3).sub(y3);
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector y = load(a, i).sub(load(b, i)).abs().sub(c0);
      DoubleVector t = s0.add(y);
      c0 = t.sub(s0).sub(y);
      s0 = t;
    }
    double r =
        merge(
            s0,
            c0.neg(),
            s1,
            c1.neg(),
            s2,
            c2.neg(),
            s3,
            c3.neg(),
            SCALAR.sumOfAbsoluteDifferences(a, b, i, to));
    return Double.isFinite(r) ? r : ScalarKernels.plainSumOfAbsoluteDifferences(a, b, from, to);
  }

  @Override
  public double weightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.weightedSumOfSquaredDifferences(a, b, w, from, to);
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    int i = from;
    // Two accumulators: three loads per vector already keep the load ports busy.
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector d0 = load(a, i).sub(load(b, i));
      DoubleVector d1 = load(a, i + LANES).sub(load(b, i + LANES));
      DoubleVector y0 = load(w, i).mul(d0.mul(d0)).sub(c0);
      DoubleVector y1 = load(w, i + LANES).mul(d1.mul(d1)).sub(c1);
      DoubleVector t0 = s0.add(y0);
      DoubleVector t1 = s1.add(y1);
      c0 = t0.sub(s0).sub(y0);
      c1 = t1.sub(s1).sub(y1);
      s0 = t0;
      s1 = t1;
    }
    DoubleVector zero = DoubleVector.zero(SPECIES);
    double r =
        merge(
            s0,
            c0.neg(),
            s1,
            c1.neg(),
            zero,
            zero,
            zero,
            zero,
            SCALAR.weightedSumOfSquaredDifferences(a, b, w, i, to));
    return Double.isFinite(r)
        ? r
        : ScalarKernels.plainWeightedSumOfSquaredDifferences(a, b, w, from, to);
  }

  @Override
  public double weightedSumOfAbsoluteDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.weightedSumOfAbsoluteDifferences(a, b, w, from, to);
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    int i = from;
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector y0 = load(w, i).mul(load(a, i).sub(load(b, i)).abs()).sub(c0);
      DoubleVector y1 =
          load(w, i + LANES).mul(load(a, i + LANES).sub(load(b, i + LANES)).abs()).sub(c1);
      DoubleVector t0 = s0.add(y0);
      DoubleVector t1 = s1.add(y1);
      c0 = t0.sub(s0).sub(y0);
      c1 = t1.sub(s1).sub(y1);
      s0 = t0;
      s1 = t1;
    }
    DoubleVector zero = DoubleVector.zero(SPECIES);
    double r =
        merge(
            s0,
            c0.neg(),
            s1,
            c1.neg(),
            zero,
            zero,
            zero,
            zero,
            SCALAR.weightedSumOfAbsoluteDifferences(a, b, w, i, to));
    return Double.isFinite(r)
        ? r
        : ScalarKernels.plainWeightedSumOfAbsoluteDifferences(a, b, w, from, to);
  }

  // ---- Signed sums: TwoSum per lane with a separate error accumulator; true value s + c.

  @Override
  public double sum(double[] x, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.sum(x, from, to);
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    DoubleVector s2 = s0, c2 = s0, s3 = s0, c3 = s0;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector x0 = load(x, i);
      DoubleVector x1 = load(x, i + LANES);
      DoubleVector x2 = load(x, i + 2 * LANES);
      DoubleVector x3 = load(x, i + 3 * LANES);
      DoubleVector t0 = s0.add(x0);
      DoubleVector t1 = s1.add(x1);
      DoubleVector t2 = s2.add(x2);
      DoubleVector t3 = s3.add(x3);
      c0 = c0.add(twoSumError(s0, x0, t0));
      c1 = c1.add(twoSumError(s1, x1, t1));
      c2 = c2.add(twoSumError(s2, x2, t2));
      c3 = c3.add(twoSumError(s3, x3, t3));
      s0 = t0;
      s1 = t1;
      s2 = t2;
      s3 = t3;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(x, i);
      DoubleVector t = s0.add(v);
      c0 = c0.add(twoSumError(s0, v, t));
      s0 = t;
    }
    double r = merge(s0, c0, s1, c1, s2, c2, s3, c3, SCALAR.sum(x, i, to));
    return Double.isFinite(r) ? r : ScalarKernels.plainSum(x, from, to);
  }

  @Override
  public double weightedSum(double[] x, double[] w, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.weightedSum(x, w, from, to);
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    int i = from;
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector x0 = load(w, i).mul(load(x, i));
      DoubleVector x1 = load(w, i + LANES).mul(load(x, i + LANES));
      DoubleVector t0 = s0.add(x0);
      DoubleVector t1 = s1.add(x1);
      c0 = c0.add(twoSumError(s0, x0, t0));
      c1 = c1.add(twoSumError(s1, x1, t1));
      s0 = t0;
      s1 = t1;
    }
    DoubleVector zero = DoubleVector.zero(SPECIES);
    double r = merge(s0, c0, s1, c1, zero, zero, zero, zero, SCALAR.weightedSum(x, w, i, to));
    return Double.isFinite(r) ? r : ScalarKernels.plainWeightedSum(x, w, from, to);
  }

  @Override
  public double maxAbsoluteDifference(double[] a, double[] b, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.maxAbsoluteDifference(a, b, from, to);
    }
    // Lanewise max follows Math.max: NaN propagates.
    DoubleVector m0 = DoubleVector.zero(SPECIES), m1 = m0;
    int i = from;
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      m0 = m0.max(load(a, i).sub(load(b, i)).abs());
      m1 = m1.max(load(a, i + LANES).sub(load(b, i + LANES)).abs());
    }
    DoubleVector m = m0.max(m1);
    double max = SCALAR.maxAbsoluteDifference(a, b, i, to);
    for (int lane = 0; lane < LANES; lane++) {
      max = Math.max(max, m.lane(lane));
    }
    return max;
  }

  @Override
  public void errorMoments(double[] a, double[] b, int from, int to, double[] out) {
    if (tooShort(from, to)) {
      SCALAR.errorMoments(a, b, from, to, out);
      return;
    }
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector sq = zero, sqc = zero, ab = zero, abc = zero, max = zero;
    DoubleVector sd = zero, sdc = zero, sa = zero, sac = zero;
    int i = from;
    // Five independent chains per iteration; unrolling further would run out of registers.
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector va = load(a, i);
      DoubleVector d = va.sub(load(b, i));
      DoubleVector ad = d.abs();
      DoubleVector y = d.mul(d).sub(sqc);
      DoubleVector t = sq.add(y);
      sqc = t.sub(sq).sub(y);
      sq = t;
      y = ad.sub(abc);
      t = ab.add(y);
      abc = t.sub(ab).sub(y);
      ab = t;
      max = max.max(ad);
      t = sd.add(d);
      sdc = sdc.add(twoSumError(sd, d, t));
      sd = t;
      t = sa.add(va);
      sac = sac.add(twoSumError(sa, va, t));
      sa = t;
    }
    // The scalar provider handles the tail; its results enter the merge as one more term.
    SCALAR.errorMoments(a, b, i, to, out);
    double r = mergeLanes(sq, sqc.neg(), out[0]);
    double sumSquared =
        Double.isFinite(r) ? r : ScalarKernels.plainSumOfSquaredDifferences(a, b, from, to);
    r = mergeLanes(ab, abc.neg(), out[1]);
    double sumAbsolute =
        Double.isFinite(r) ? r : ScalarKernels.plainSumOfAbsoluteDifferences(a, b, from, to);
    double maxAbsolute = out[2];
    for (int lane = 0; lane < LANES; lane++) {
      maxAbsolute = Math.max(maxAbsolute, max.lane(lane));
    }
    r = mergeLanes(sd, sdc, out[3]);
    double sumDifference =
        Double.isFinite(r) ? r : ScalarKernels.plainSumOfDifferences(a, b, from, to);
    r = mergeLanes(sa, sac, out[4]);
    double sumFirst = Double.isFinite(r) ? r : ScalarKernels.plainSum(a, from, to);
    out[0] = sumSquared;
    out[1] = sumAbsolute;
    out[2] = maxAbsolute;
    out[3] = sumDifference;
    out[4] = sumFirst;
  }

  // ---- Missing values.

  @Override
  public int countNaN(double[] x, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.countNaN(x, from, to);
    }
    int n0 = 0, n1 = 0;
    int i = from;
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector v0 = load(x, i);
      DoubleVector v1 = load(x, i + LANES);
      n0 += v0.compare(VectorOperators.NE, v0).trueCount();
      n1 += v1.compare(VectorOperators.NE, v1).trueCount();
    }
    return n0 + n1 + SCALAR.countNaN(x, i, to);
  }

  @Override
  public int indexOfNaN(double[] x, int from, int to) {
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(x, i);
      VectorMask<Double> nan = v.compare(VectorOperators.NE, v);
      if (nan.anyTrue()) {
        return i + nan.firstTrue();
      }
    }
    return SCALAR.indexOfNaN(x, i, to);
  }

  @Override
  public void sumAndCountIgnoringNaN(double[] x, int from, int to, double[] out) {
    if (tooShort(from, to)) {
      SCALAR.sumAndCountIgnoringNaN(x, from, to, out);
      return;
    }
    DoubleVector s0 = DoubleVector.zero(SPECIES), c0 = s0, s1 = s0, c1 = s0;
    int nan = 0;
    int i = from;
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector v0 = load(x, i);
      DoubleVector v1 = load(x, i + LANES);
      VectorMask<Double> m0 = v0.compare(VectorOperators.NE, v0);
      VectorMask<Double> m1 = v1.compare(VectorOperators.NE, v1);
      nan += m0.trueCount() + m1.trueCount();
      DoubleVector x0 = v0.blend(0.0, m0);
      DoubleVector x1 = v1.blend(0.0, m1);
      DoubleVector t0 = s0.add(x0);
      DoubleVector t1 = s1.add(x1);
      c0 = c0.add(twoSumError(s0, x0, t0));
      c1 = c1.add(twoSumError(s1, x1, t1));
      s0 = t0;
      s1 = t1;
    }
    SCALAR.sumAndCountIgnoringNaN(x, i, to, out);
    DoubleVector zero = DoubleVector.zero(SPECIES);
    double r = merge(s0, c0, s1, c1, zero, zero, zero, zero, out[0]);
    out[0] = Double.isFinite(r) ? r : ScalarKernels.plainSumIgnoringNaN(x, from, to);
    out[1] = (i - from) - nan + out[1];
  }

  @Override
  public int replaceNaN(double[] src, double value, double[] dst, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.replaceNaN(src, value, dst, from, to);
    }
    int n = 0;
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(src, i);
      VectorMask<Double> nan = v.compare(VectorOperators.NE, v);
      n += nan.trueCount();
      v.blend(value, nan).intoArray(dst, i);
    }
    return n + SCALAR.replaceNaN(src, value, dst, i, to);
  }

  @Override
  public double minIgnoringNaN(double[] x, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.minIgnoringNaN(x, from, to);
    }
    // NaN lanes become +∞, which never wins unless every value is NaN or +∞ (checked below).
    DoubleVector m = DoubleVector.broadcast(SPECIES, Double.POSITIVE_INFINITY);
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(x, i);
      m = m.min(v.blend(Double.POSITIVE_INFINITY, v.compare(VectorOperators.NE, v)));
    }
    double min = SCALAR.minIgnoringNaN(x, i, to);
    min = min != min ? Double.POSITIVE_INFINITY : min;
    for (int lane = 0; lane < LANES; lane++) {
      min = Math.min(min, m.lane(lane));
    }
    return min == Double.POSITIVE_INFINITY && !contains(x, from, to, min) ? Double.NaN : min;
  }

  @Override
  public double maxIgnoringNaN(double[] x, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.maxIgnoringNaN(x, from, to);
    }
    DoubleVector m = DoubleVector.broadcast(SPECIES, Double.NEGATIVE_INFINITY);
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(x, i);
      m = m.max(v.blend(Double.NEGATIVE_INFINITY, v.compare(VectorOperators.NE, v)));
    }
    double max = SCALAR.maxIgnoringNaN(x, i, to);
    max = max != max ? Double.NEGATIVE_INFINITY : max;
    for (int lane = 0; lane < LANES; lane++) {
      max = Math.max(max, m.lane(lane));
    }
    return max == Double.NEGATIVE_INFINITY && !contains(x, from, to, max) ? Double.NaN : max;
  }

  private static boolean contains(double[] x, int from, int to, double value) {
    for (int i = from; i < to; i++) {
      if (x[i] == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * Skips whole vectors without NaN (the common case) and fills the others lane by lane, so the
   * fill does the naive loop's work only where there is something to fill.
   */
  @Override
  public int forwardFill(double[] x, int from, int to, int limit) {
    int filled = 0;
    double last = Double.NaN;
    int run = 0;
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(x, i);
      if (!v.compare(VectorOperators.NE, v).anyTrue()) {
        last = x[i + LANES - 1];
        run = 0;
        continue;
      }
      for (int j = i; j < i + LANES; j++) {
        double value = x[j];
        if (value == value) {
          last = value;
          run = 0;
        } else if (run < limit && last == last) {
          x[j] = last;
          run++;
          filled++;
        }
      }
    }
    for (; i < to; i++) {
      double value = x[i];
      if (value == value) {
        last = value;
        run = 0;
      } else if (run < limit && last == last) {
        x[i] = last;
        run++;
        filled++;
      }
    }
    return filled;
  }

  /** The mirror image of {@link #forwardFill}, walking whole vectors from the end. */
  @Override
  public int backwardFill(double[] x, int from, int to, int limit) {
    int filled = 0;
    double next = Double.NaN;
    int run = 0;
    int i = to;
    for (; i - LANES >= from; i -= LANES) {
      DoubleVector v = load(x, i - LANES);
      if (!v.compare(VectorOperators.NE, v).anyTrue()) {
        next = x[i - LANES];
        run = 0;
        continue;
      }
      for (int j = i - 1; j >= i - LANES; j--) {
        double value = x[j];
        if (value == value) {
          next = value;
          run = 0;
        } else if (run < limit && next == next) {
          x[j] = next;
          run++;
          filled++;
        }
      }
    }
    for (int j = i - 1; j >= from; j--) {
      double value = x[j];
      if (value == value) {
        next = value;
        run = 0;
      } else if (run < limit && next == next) {
        x[j] = next;
        run++;
        filled++;
      }
    }
    return filled;
  }

  // ---- Confusion counts.

  @Override
  public int countPairs(int[] actual, int[] predicted, int from, int to, int k, long[] counts) {
    if (k != 2 || to - from < 2 * INT_SPECIES.length()) {
      return SCALAR.countPairs(actual, predicted, from, to, k, counts);
    }
    // k = 2 from integer sums (see ScalarKernels): the OR of all codes is the range check.
    IntVector zero = IntVector.zero(INT_SPECIES);
    IntVector or = zero, sumA = zero, sumP = zero, sumAp = zero;
    int i = from;
    for (int bound = to - INT_SPECIES.length(); i <= bound; i += INT_SPECIES.length()) {
      IntVector a = IntVector.fromArray(INT_SPECIES, actual, i);
      IntVector p = IntVector.fromArray(INT_SPECIES, predicted, i);
      or = or.or(a.or(p));
      sumA = sumA.add(a);
      sumP = sumP.add(p);
      sumAp = sumAp.add(a.and(p));
    }
    int orAll = or.reduceLanes(VectorOperators.OR);
    int sa = sumA.reduceLanes(VectorOperators.ADD);
    int sp = sumP.reduceLanes(VectorOperators.ADD);
    int sap = sumAp.reduceLanes(VectorOperators.ADD);
    for (; i < to; i++) {
      int a = actual[i];
      int p = predicted[i];
      orAll |= a | p;
      sa += a;
      sp += p;
      sap += a & p;
    }
    if ((orAll & ~1) != 0) {
      return ScalarKernels.firstCodeOutOfRange(actual, predicted, from, to, 2);
    }
    ScalarKernels.addBinaryCounts(to - from, sa, sp, sap, counts);
    return -1;
  }

  private static DoubleVector load(double[] array, int offset) {
    return DoubleVector.fromArray(SPECIES, array, offset);
  }
}
