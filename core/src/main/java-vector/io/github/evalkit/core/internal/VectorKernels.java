package io.github.evalkit.core.internal;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Java Vector API provider, with the same blocked {@code Sum2} summation as {@link
 * ScalarKernels} one vector wide: each iteration forms four vectors of terms, adds them pairwise
 * into one block vector and accumulates that with TwoSum and a separate error vector, so every lane
 * carries its own compensated sum and only one vector addition per 4·lanes elements is on the
 * critical path. A one-vector loop and then the scalar provider take the remainder; the scalar tail
 * and then the lanes, in index order, are merged with TwoSum. Results are therefore deterministic
 * for a given input and vector width, with the error bound documented on {@link ScalarKernels}.
 *
 * <p>The sums of squared and of absolute differences, the error kernels of every report, and the
 * plain sum use blocks of eight vectors (squares paired by fused multiply-adds), the NaN-ignoring
 * sum blocks of four: fewer additions per element, which is what bounds these loops on CPUs with
 * two vector adders. Their block loop and their remainder live in separate methods because C2 stops
 * inlining a method's Vector API calls past a node budget ({@code NodeCountInliningCutoff}), and a
 * call it does not inline boxes every vector. Each part returns its compensated sum rounded once,
 * and the two are added: one rounding more, so the bound for non-negative terms is 8u·Σ (2u from
 * rounding each difference, 4u inside a block, u for {@code Sum2}, u for the final addition), below
 * 1e-15 relative.
 *
 * <p>Ranges shorter than two vectors go to the scalar provider. The vector width is the preferred
 * species capped at 256 bits, or {@code -Devalkit.vectorBitSize=128|256|512} when that is no wider
 * than the preferred one (tests use 128 to reach the tail paths with fewer lanes, and 512 to keep
 * the widest path tested). The cap, measured on an AVX-512 CPU (AMD Zen 4): 256-bit vectors ran the
 * sum of squared errors as fast as 512-bit ones at 1,000 elements, 10% faster at 100,000, 1.8×
 * faster at 1,048,576 and 1.65× at 10,000,000, where 512-bit loads, which with a Java array's
 * 16-byte header always straddle two cache lines, fell to half the memory bandwidth.
 *
 * <p>Loaded by name from {@link KernelProvider}; this source root is the only code that imports
 * {@code jdk.incubator.vector}. Stateless and thread-safe.
 */
final class VectorKernels implements KernelSupport {

  /** System property that sets the vector width, in bits (at most the preferred width). */
  static final String BIT_SIZE_PROPERTY = "evalkit.vectorBitSize";

  /** The default width's cap, in bits; see the class comment. */
  private static final int DEFAULT_MAX_BITS = 256;

  private static final VectorSpecies<Double> SPECIES = species();
  private static final int LANES = SPECIES.length();
  // SWAP_k swaps lane i with lane i ^ k (the butterfly in blocksIgnoringNaN); unused if k >= LANES.
  private static final VectorShuffle<Double> SWAP_1 = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
  private static final VectorShuffle<Double> SWAP_2 =
      LANES >= 4 ? VectorShuffle.fromOp(SPECIES, i -> i ^ 2) : SWAP_1;
  private static final VectorShuffle<Double> SWAP_4 =
      LANES >= 8 ? VectorShuffle.fromOp(SPECIES, i -> i ^ 4) : SWAP_1;
  private static final VectorSpecies<Integer> INT_SPECIES =
      VectorSpecies.of(int.class, SPECIES.vectorShape());
  private static final ScalarKernels SCALAR = ScalarKernels.INSTANCE;
  private static final int BLOCK = 8 * LANES;

  private static VectorSpecies<Double> species() {
    VectorSpecies<Double> preferred = DoubleVector.SPECIES_PREFERRED;
    int requested = DEFAULT_MAX_BITS;
    String value = System.getProperty(BIT_SIZE_PROPERTY, "");
    String bits = value.trim();
    switch (bits) {
      case "" -> {}
      case "128", "256", "512" -> requested = Integer.parseInt(bits);
      default ->
          System.getLogger(KernelProvider.class.getName())
              .log(
                  System.Logger.Level.WARNING,
                  "Unknown value \"{0}\" for -D{1} (expected 128, 256 or 512); using {2} bits.",
                  value,
                  BIT_SIZE_PROPERTY,
                  Math.min(DEFAULT_MAX_BITS, preferred.vectorBitSize()));
    }
    // Never wider than preferred: a wider species would run emulated, far slower.
    return requested >= preferred.vectorBitSize()
        ? preferred
        : VectorSpecies.of(double.class, VectorShape.forBitSize(requested));
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

  private static DoubleVector squaredDifference(double[] a, double[] b, int i) {
    return squaredDifference(load(a, i), load(b, i));
  }

  private static DoubleVector squaredDifference(DoubleVector x, DoubleVector y) {
    DoubleVector d = x.sub(y);
    return d.mul(d);
  }

  private static DoubleVector absoluteDifference(double[] a, double[] b, int i) {
    return load(a, i).sub(load(b, i)).abs();
  }

  private static boolean tooShort(int from, int to) {
    return to - from < 2 * LANES;
  }

  // ---- Sums: blocked Sum2 per lane; the true value is Σ lanes of s + c.

  @Override
  public double sumOfSquaredDifferences(double[] a, double[] b, int from, int to) {
    if (to - from < BLOCK) {
      return SCALAR.sumOfSquaredDifferences(a, b, from, to);
    }
    int end = to - (to - from) % BLOCK;
    double r = blocksOfSquaredDifferences(a, b, from, end) + squaredDifferencesTail(a, b, end, to);
    return Double.isFinite(r) ? r : ScalarKernels.plainSumOfSquaredDifferences(a, b, from, to);
  }

  /** Σ (a − b)² over whole blocks: {@code end − from} is a multiple of {@link #BLOCK}. */
  private static double blocksOfSquaredDifferences(double[] a, double[] b, int from, int end) {
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector s = zero;
    DoubleVector c = zero;
    for (int i = from; i < end; i += BLOCK) {
      DoubleVector d0 = load(a, i).sub(load(b, i));
      DoubleVector d1 = load(a, i + LANES).sub(load(b, i + LANES));
      DoubleVector d2 = load(a, i + 2 * LANES).sub(load(b, i + 2 * LANES));
      DoubleVector d3 = load(a, i + 3 * LANES).sub(load(b, i + 3 * LANES));
      DoubleVector d4 = load(a, i + 4 * LANES).sub(load(b, i + 4 * LANES));
      DoubleVector d5 = load(a, i + 5 * LANES).sub(load(b, i + 5 * LANES));
      DoubleVector d6 = load(a, i + 6 * LANES).sub(load(b, i + 6 * LANES));
      DoubleVector d7 = load(a, i + 7 * LANES).sub(load(b, i + 7 * LANES));
      DoubleVector p =
          d4.fma(d4, d0.mul(d0))
              .add(d5.fma(d5, d1.mul(d1)))
              .add(d6.fma(d6, d2.mul(d2)).add(d7.fma(d7, d3.mul(d3))));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    double sum = 0;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    return sum + corr;
  }

  /** Σ (a − b)² over fewer than {@link #BLOCK} elements. */
  private static double squaredDifferencesTail(double[] a, double[] b, int from, int to) {
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = squaredDifference(a, b, i);
      DoubleVector t = s.add(v);
      c = c.add(twoSumError(s, v, t));
      s = t;
    }
    double sum = 0;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    // The scalar tail joins after the lanes, also with TwoSum, once no vector is live.
    double tail = SCALAR.sumOfSquaredDifferences(a, b, i, to);
    double t = sum + tail;
    corr += CompensatedSums.twoSumError(sum, tail, t);
    return t + corr;
  }

  @Override
  public double sumOfSquaresAbout(double[] x, double shift, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.sumOfSquaresAbout(x, shift, from, to);
    }
    DoubleVector m = DoubleVector.broadcast(SPECIES, shift);
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector p =
          squaredDifference(load(x, i), m)
              .add(squaredDifference(load(x, i + LANES), m))
              .add(
                  squaredDifference(load(x, i + 2 * LANES), m)
                      .add(squaredDifference(load(x, i + 3 * LANES), m)));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = squaredDifference(load(x, i), m);
      DoubleVector t = s.add(v);
      c = c.add(twoSumError(s, v, t));
      s = t;
    }
    double tail = SCALAR.sumOfSquaresAbout(x, shift, i, to);
    // Lanes in index order with TwoSum after the tail. Written out here, not in a helper: a
    // helper called once per call is not inlined, and its vector arguments would be boxed.
    double sum = tail;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    double r = sum + corr;
    return Double.isFinite(r) ? r : ScalarKernels.plainSumOfSquaresAbout(x, shift, from, to);
  }

  @Override
  public double sumOfAbsoluteDifferences(double[] a, double[] b, int from, int to) {
    if (to - from < BLOCK) {
      return SCALAR.sumOfAbsoluteDifferences(a, b, from, to);
    }
    int end = to - (to - from) % BLOCK;
    double r =
        blocksOfAbsoluteDifferences(a, b, from, end) + absoluteDifferencesTail(a, b, end, to);
    return Double.isFinite(r) ? r : ScalarKernels.plainSumOfAbsoluteDifferences(a, b, from, to);
  }

  /** Σ |a − b| over whole blocks: {@code end − from} is a multiple of {@link #BLOCK}. */
  private static double blocksOfAbsoluteDifferences(double[] a, double[] b, int from, int end) {
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    for (int i = from; i < end; i += BLOCK) {
      DoubleVector d0 = load(a, i).sub(load(b, i)).abs();
      DoubleVector d1 = load(a, i + LANES).sub(load(b, i + LANES)).abs();
      DoubleVector d2 = load(a, i + 2 * LANES).sub(load(b, i + 2 * LANES)).abs();
      DoubleVector d3 = load(a, i + 3 * LANES).sub(load(b, i + 3 * LANES)).abs();
      DoubleVector d4 = load(a, i + 4 * LANES).sub(load(b, i + 4 * LANES)).abs();
      DoubleVector d5 = load(a, i + 5 * LANES).sub(load(b, i + 5 * LANES)).abs();
      DoubleVector d6 = load(a, i + 6 * LANES).sub(load(b, i + 6 * LANES)).abs();
      DoubleVector d7 = load(a, i + 7 * LANES).sub(load(b, i + 7 * LANES)).abs();
      DoubleVector p = d0.add(d1).add(d2.add(d3)).add(d4.add(d5).add(d6.add(d7)));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    double sum = 0;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    return sum + corr;
  }

  /** Σ |a − b| over fewer than {@link #BLOCK} elements. */
  private static double absoluteDifferencesTail(double[] a, double[] b, int from, int to) {
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    int i = from;
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = absoluteDifference(a, b, i);
      DoubleVector t = s.add(v);
      c = c.add(twoSumError(s, v, t));
      s = t;
    }
    double sum = 0;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    // The scalar tail joins after the lanes, also with TwoSum, once no vector is live.
    double tail = SCALAR.sumOfAbsoluteDifferences(a, b, i, to);
    double t = sum + tail;
    corr += CompensatedSums.twoSumError(sum, tail, t);
    return t + corr;
  }

  @Override
  public double weightedSumOfSquaredDifferences(
      double[] a, double[] b, double[] w, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.weightedSumOfSquaredDifferences(a, b, w, from, to);
    }
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector p =
          load(w, i)
              .mul(squaredDifference(a, b, i))
              .add(load(w, i + LANES).mul(squaredDifference(a, b, i + LANES)))
              .add(
                  load(w, i + 2 * LANES)
                      .mul(squaredDifference(a, b, i + 2 * LANES))
                      .add(load(w, i + 3 * LANES).mul(squaredDifference(a, b, i + 3 * LANES))));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(w, i).mul(squaredDifference(a, b, i));
      DoubleVector t = s.add(v);
      c = c.add(twoSumError(s, v, t));
      s = t;
    }
    double tail = SCALAR.weightedSumOfSquaredDifferences(a, b, w, i, to);
    // Lanes in index order with TwoSum after the tail. Written out here, not in a helper: a
    // helper called once per call is not inlined, and its vector arguments would be boxed.
    double sum = tail;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    double r = sum + corr;
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
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector p =
          load(w, i)
              .mul(absoluteDifference(a, b, i))
              .add(load(w, i + LANES).mul(absoluteDifference(a, b, i + LANES)))
              .add(
                  load(w, i + 2 * LANES)
                      .mul(absoluteDifference(a, b, i + 2 * LANES))
                      .add(load(w, i + 3 * LANES).mul(absoluteDifference(a, b, i + 3 * LANES))));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(w, i).mul(absoluteDifference(a, b, i));
      DoubleVector t = s.add(v);
      c = c.add(twoSumError(s, v, t));
      s = t;
    }
    double tail = SCALAR.weightedSumOfAbsoluteDifferences(a, b, w, i, to);
    // Lanes in index order with TwoSum after the tail. Written out here, not in a helper: a
    // helper called once per call is not inlined, and its vector arguments would be boxed.
    double sum = tail;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    double r = sum + corr;
    return Double.isFinite(r)
        ? r
        : ScalarKernels.plainWeightedSumOfAbsoluteDifferences(a, b, w, from, to);
  }

  @Override
  public double sum(double[] x, int from, int to) {
    if (to - from < BLOCK) {
      return SCALAR.sum(x, from, to);
    }
    // Blocks of eight vectors added pairwise (3u) and accumulated with Sum2 (u): within the 4u of
    // the signed bound. The scalar tail enters the merge with TwoSum, so no further rounding is
    // added; the one-vector loop of the other sums is left out to keep this method
    // within C2's inlining budget.
    int end = to - (to - from) % BLOCK;
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    for (int i = from; i < end; i += BLOCK) {
      DoubleVector p =
          load(x, i)
              .add(load(x, i + LANES))
              .add(load(x, i + 2 * LANES).add(load(x, i + 3 * LANES)))
              .add(
                  load(x, i + 4 * LANES)
                      .add(load(x, i + 5 * LANES))
                      .add(load(x, i + 6 * LANES).add(load(x, i + 7 * LANES))));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    // Lanes in index order with TwoSum, then the scalar tail, also with TwoSum.
    double sum = 0;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    double tail = SCALAR.sum(x, end, to);
    double t = sum + tail;
    corr += CompensatedSums.twoSumError(sum, tail, t);
    double r = t + corr;
    return Double.isFinite(r) ? r : ScalarKernels.plainSum(x, from, to);
  }

  @Override
  public double weightedSum(double[] x, double[] w, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.weightedSum(x, w, from, to);
    }
    DoubleVector s = DoubleVector.zero(SPECIES);
    DoubleVector c = s;
    int i = from;
    for (int bound = to - 4 * LANES; i <= bound; i += 4 * LANES) {
      DoubleVector p =
          load(w, i)
              .mul(load(x, i))
              .add(load(w, i + LANES).mul(load(x, i + LANES)))
              .add(
                  load(w, i + 2 * LANES)
                      .mul(load(x, i + 2 * LANES))
                      .add(load(w, i + 3 * LANES).mul(load(x, i + 3 * LANES))));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    for (int bound = to - LANES; i <= bound; i += LANES) {
      DoubleVector v = load(w, i).mul(load(x, i));
      DoubleVector t = s.add(v);
      c = c.add(twoSumError(s, v, t));
      s = t;
    }
    double tail = SCALAR.weightedSum(x, w, i, to);
    // Lanes in index order with TwoSum after the tail. Written out here, not in a helper: a
    // helper called once per call is not inlined, and its vector arguments would be boxed.
    double sum = tail;
    double corr = 0;
    for (int lane = 0; lane < LANES; lane++) {
      double y = s.lane(lane);
      double t = sum + y;
      corr += CompensatedSums.twoSumError(sum, y, t) + c.lane(lane);
      sum = t;
    }
    double r = sum + corr;
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
    DoubleVector sq = zero, sqc = zero, ab = zero, abc = zero;
    DoubleVector sd = zero, sdc = zero, sa = zero, sac = zero, max = zero;
    int i = from;
    // Blocks of two vectors, one Sum2 step per sum and block: four independent chains.
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector a0 = load(a, i);
      DoubleVector a1 = load(a, i + LANES);
      DoubleVector d0 = a0.sub(load(b, i));
      DoubleVector d1 = a1.sub(load(b, i + LANES));
      DoubleVector ad0 = d0.abs();
      DoubleVector ad1 = d1.abs();
      max = max.max(ad0.max(ad1));
      DoubleVector p = d0.mul(d0).add(d1.mul(d1));
      DoubleVector t = sq.add(p);
      sqc = sqc.add(twoSumError(sq, p, t));
      sq = t;
      p = ad0.add(ad1);
      t = ab.add(p);
      abc = abc.add(twoSumError(ab, p, t));
      ab = t;
      p = d0.add(d1);
      t = sd.add(p);
      sdc = sdc.add(twoSumError(sd, p, t));
      sd = t;
      p = a0.add(a1);
      t = sa.add(p);
      sac = sac.add(twoSumError(sa, p, t));
      sa = t;
    }
    // The scalar provider handles the tail; its results enter the merge as one more term.
    SCALAR.errorMoments(a, b, i, to, out);
    // Lanes in index order with TwoSum after the tail, written out here (see sum()).
    double sqS = out[0], sqC = 0, abS = out[1], abC = 0;
    double sdS = out[3], sdC = 0, saS = out[4], saC = 0;
    double maxAbsolute = out[2];
    for (int lane = 0; lane < LANES; lane++) {
      double x = sq.lane(lane);
      double t = sqS + x;
      sqC += CompensatedSums.twoSumError(sqS, x, t) + sqc.lane(lane);
      sqS = t;
      x = ab.lane(lane);
      t = abS + x;
      abC += CompensatedSums.twoSumError(abS, x, t) + abc.lane(lane);
      abS = t;
      x = sd.lane(lane);
      t = sdS + x;
      sdC += CompensatedSums.twoSumError(sdS, x, t) + sdc.lane(lane);
      sdS = t;
      x = sa.lane(lane);
      t = saS + x;
      saC += CompensatedSums.twoSumError(saS, x, t) + sac.lane(lane);
      saS = t;
      maxAbsolute = Math.max(maxAbsolute, max.lane(lane));
    }
    double r = sqS + sqC;
    double sumSquared =
        Double.isFinite(r) ? r : ScalarKernels.plainSumOfSquaredDifferences(a, b, from, to);
    r = abS + abC;
    double sumAbsolute =
        Double.isFinite(r) ? r : ScalarKernels.plainSumOfAbsoluteDifferences(a, b, from, to);
    r = sdS + sdC;
    double sumDifference =
        Double.isFinite(r) ? r : ScalarKernels.plainSumOfDifferences(a, b, from, to);
    r = saS + saC;
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
    // Counts in double lanes (exact below 2^53): moving a mask to a scalar register every
    // iteration measured slower than the plain loop.
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    DoubleVector n0 = zero, n1 = zero;
    int i = from;
    for (int bound = to - 2 * LANES; i <= bound; i += 2 * LANES) {
      DoubleVector v0 = load(x, i);
      DoubleVector v1 = load(x, i + LANES);
      n0 = n0.add(zero.blend(one, v0.compare(VectorOperators.NE, v0)));
      n1 = n1.add(zero.blend(one, v1.compare(VectorOperators.NE, v1)));
    }
    return (int) n0.add(n1).reduceLanes(VectorOperators.ADD) + SCALAR.countNaN(x, i, to);
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
    if (to - from < 4 * LANES) {
      SCALAR.sumAndCountIgnoringNaN(x, from, to, out);
      return;
    }
    int end = to - (to - from) % (4 * LANES);
    blocksIgnoringNaN(x, from, end, out);
    double blocks = out[0];
    double count = out[1];
    SCALAR.sumAndCountIgnoringNaN(x, end, to, out);
    // Blocks 2u, Sum2 u, this addition u: within the signed bound of 4u.
    double r = blocks + out[0];
    out[0] = Double.isFinite(r) ? r : ScalarKernels.plainSumIgnoringNaN(x, from, to);
    out[1] += count;
  }

  /**
   * Sum and count of the non-NaN values over whole blocks of four vectors ({@code end − from} is a
   * multiple of 4·lanes), into {@code out[0]} and {@code out[1]}. In a method of its own, with no
   * call inside, for the reason given on {@link #sumOfSquaredDifferences}.
   */
  private static void blocksIgnoringNaN(double[] x, int from, int end, double[] out) {
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    DoubleVector s = zero;
    DoubleVector c = zero;
    DoubleVector nanCount = zero; // counts in double lanes, see countNaN
    for (int i = from; i < end; i += 4 * LANES) {
      DoubleVector v0 = load(x, i);
      DoubleVector v1 = load(x, i + LANES);
      DoubleVector v2 = load(x, i + 2 * LANES);
      DoubleVector v3 = load(x, i + 3 * LANES);
      VectorMask<Double> m0 = v0.compare(VectorOperators.NE, v0);
      VectorMask<Double> m1 = v1.compare(VectorOperators.NE, v1);
      VectorMask<Double> m2 = v2.compare(VectorOperators.NE, v2);
      VectorMask<Double> m3 = v3.compare(VectorOperators.NE, v3);
      nanCount =
          nanCount.add(
              zero.blend(one, m0)
                  .add(zero.blend(one, m1))
                  .add(zero.blend(one, m2).add(zero.blend(one, m3))));
      // Four vectors per Sum2 step, NaN lanes zeroed, added pairwise: 2u.
      DoubleVector p =
          v0.blend(zero, m0)
              .add(v1.blend(zero, m1))
              .add(v2.blend(zero, m2).add(v3.blend(zero, m3)));
      DoubleVector t = s.add(p);
      c = c.add(twoSumError(s, p, t));
      s = t;
    }
    // The lanes are merged by a butterfly of TwoSum steps, after which every lane holds the same
    // total, read by a reduction. Not by lane(i): on JDK 17 its helper is not force-inlined, and
    // when a long loop triggers this method's compilation the helper counts as cold and is left
    // out, which boxes the vectors (512 B per call at 100,000 elements). For the same reason the
    // steps are written out, not a loop or a helper: each shuffle stays a constant, nothing is
    // called.
    if (LANES >= 8) {
      DoubleVector o = s.rearrange(SWAP_4);
      DoubleVector t = s.add(o);
      DoubleVector z = t.sub(s);
      c = c.add(c.rearrange(SWAP_4)).add(s.sub(t.sub(z)).add(o.sub(z)));
      s = t;
    }
    if (LANES >= 4) {
      DoubleVector o = s.rearrange(SWAP_2);
      DoubleVector t = s.add(o);
      DoubleVector z = t.sub(s);
      c = c.add(c.rearrange(SWAP_2)).add(s.sub(t.sub(z)).add(o.sub(z)));
      s = t;
    }
    DoubleVector o = s.rearrange(SWAP_1);
    DoubleVector t = s.add(o);
    DoubleVector z = t.sub(s);
    c = c.add(c.rearrange(SWAP_1)).add(s.sub(t.sub(z)).add(o.sub(z)));
    // Lanes i and i ^ k computed the same sums in swapped order, which IEEE addition does not see.
    double sum = t.reduceLanes(VectorOperators.MIN);
    double corr = c.reduceLanes(VectorOperators.MIN);
    out[0] = sum + corr;
    out[1] = (end - from) - nanCount.reduceLanes(VectorOperators.ADD);
  }

  @Override
  public int replaceNaN(double[] src, double value, double[] dst, int from, int to) {
    if (tooShort(from, to)) {
      return SCALAR.replaceNaN(src, value, dst, from, to);
    }
    int end = to - (to - from) % (2 * LANES);
    int n = blocksReplacingNaN(src, value, dst, from, end);
    // One more whole vector, so that the scalar loop handles fewer than LANES elements.
    if (to - end >= LANES) {
      DoubleVector v = load(src, end);
      VectorMask<Double> nan = v.compare(VectorOperators.NE, v);
      n += nan.trueCount();
      v.blend(DoubleVector.broadcast(SPECIES, value), nan).intoArray(dst, end);
      end += LANES;
    }
    return n + SCALAR.replaceNaN(src, value, dst, end, to);
  }

  /**
   * Replaces NaN over whole pairs of vectors: {@code end − from} is a multiple of {@code 2 *
   * LANES}. In a method of its own, so that the loop compiles apart from its callers (inlined into
   * them it took 1.3-1.8× as long on JDK 25).
   */
  private static int blocksReplacingNaN(
      double[] src, double value, double[] dst, int from, int end) {
    DoubleVector zero = DoubleVector.zero(SPECIES);
    DoubleVector one = DoubleVector.broadcast(SPECIES, 1.0);
    DoubleVector fill = DoubleVector.broadcast(SPECIES, value);
    DoubleVector n0 = zero;
    DoubleVector n1 = zero; // counts in double lanes, see countNaN
    for (int i = from; i < end; i += 2 * LANES) {
      DoubleVector v0 = load(src, i);
      DoubleVector v1 = load(src, i + LANES);
      VectorMask<Double> nan0 = v0.compare(VectorOperators.NE, v0);
      VectorMask<Double> nan1 = v1.compare(VectorOperators.NE, v1);
      n0 = n0.add(zero.blend(one, nan0));
      n1 = n1.add(zero.blend(one, nan1));
      v0.blend(fill, nan0).intoArray(dst, i);
      v1.blend(fill, nan1).intoArray(dst, i + LANES);
    }
    return (int) n0.add(n1).reduceLanes(VectorOperators.ADD);
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
   * The scalar fill. Two vector versions measured slower than it at 10% scattered NaN (JDK 17,
   * 256-bit): one that skips NaN-free vectors and fills the others lane by lane (up to 1.4× slower;
   * a third of the vectors hold a NaN, and that branch is unpredictable), and a branch-free prefix
   * scan within each vector by two shuffles and blends, carrying the last value across vectors
   * (1.4-1.5× slower). So both providers run the same loop.
   */
  @Override
  public int forwardFill(double[] x, int from, int to, int limit) {
    return SCALAR.forwardFill(x, from, to, limit);
  }

  /** The scalar fill, for the reason given on {@link #forwardFill}. */
  @Override
  public int backwardFill(double[] x, int from, int to, int limit) {
    return SCALAR.backwardFill(x, from, to, limit);
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
