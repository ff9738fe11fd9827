package io.github.evalkit.metrics;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.core.Checks;
import io.github.evalkit.core.CompensatedSum;
import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;

/**
 * Accumulates (actual, predicted[, weight]) pairs for a {@link RegressionReport}: add pairs one by
 * one or as arrays, merge accumulators filled elsewhere (other threads, other machines), and take
 * {@link #snapshot()}s. Merging is associative and commutative, and a snapshot equals the report of
 * the same pairs in one batch to a relative 1e-12.
 *
 * <p><b>How.</b> Arrays are processed in blocks through the kernels of {@code evalkit-core}: each
 * block's sums are compensated and its variances two-pass (corrected for the mean's rounding when
 * weighted, where one weight may outweigh the rest by 10^20); blocks and accumulators are combined
 * with Chan, Golub and LeVeque's pairwise update (1979) and Neumaier sums. Means and variances are
 * kept about a fixed shift (the first actual value and the first residual seen), so data with a
 * large common offset (values near 1e9) lose no digits. Single pairs use the same update with
 * blocks of one (Welford 1962).
 *
 * <p><b>Median absolute error cannot be merged from summaries.</b> An exact median needs every
 * residual, so by default the accumulator keeps every |y − ŷ| (8 bytes per pair, 16 with weights)
 * and selects the median at snapshot time; merging concatenates the kept residuals, so the median
 * stays exact. Create the accumulator with {@link #withoutMedian()} to keep O(1) memory; its
 * reports then have no median ({@link RegressionReport#hasMedianAbsoluteError()} is false).
 *
 * <p>Weights must be finite and {@code >= 0}; pairs added without a weight weigh 1. A snapshot of
 * an accumulator without pairs, or whose weights sum to 0, throws {@link IllegalStateException}.
 *
 * <p>Not thread-safe: use one accumulator per thread and {@link #merge} them, or the {@link
 * #toReport} collector with a parallel stream.
 */
public final class RegressionAccumulator {

  private static final int BLOCK = 2048;

  /** How many binades a new weight may lie above the held scale before the sums are rescaled. */
  private static final int WEIGHT_HEADROOM = 64;

  /** scikit-learn's MAPE guard, {@code np.finfo(np.float64).eps}. */
  static final double MAPE_EPSILON = 2.220446049250313e-16;

  private final boolean keepResiduals;

  /**
   * The scale at which weights are held: every weight as {@code w · 2^-weightExponent}, and every
   * weighted sum below in those units. 0 for ordinary weights; set from the first weight with mass
   * when that lies beyond 2^±32, and raised when a far larger one arrives ({@link WeightScale}), so
   * that subnormal weights keep their digits and huge ones do not overflow. The figures are ratios,
   * which a power of two leaves exact.
   */
  private int weightExponent;

  private long count;
  private boolean weighted;
  private CompensatedSum weightSum = new CompensatedSum();
  private double shiftY = Double.NaN;
  private double shiftD = Double.NaN;

  /** Weighted mean of y − shiftY. */
  private double meanY;

  /** Σ w (y − ȳ)². */
  private CompensatedSum m2Y = new CompensatedSum();

  /** Weighted mean of d − shiftD, d = y − ŷ. */
  private double meanD;

  /** Σ w (d − d̄)². */
  private CompensatedSum m2D = new CompensatedSum();

  private CompensatedSum sse = new CompensatedSum();
  private CompensatedSum sae = new CompensatedSum();
  private CompensatedSum sape = new CompensatedSum();
  private double maxAbs;

  private double[] residuals = new double[0];

  /** Weights of the kept residuals; null while every pair weighs 1. */
  private double[] residualWeights;

  private double[] bufY;
  private double[] bufD;
  private double[] bufRatio;
  private double[] bufW;
  private double[] bufConst;
  private double[] bufA; // values beside rescaled weights
  private double[] bufP;
  // The weighted mean and M2 of one block, written by weightedMoments.
  private final double[] blockMoments = new double[2];

  private RegressionAccumulator(boolean keepResiduals) {
    this.keepResiduals = keepResiduals;
  }

  /**
   * An empty accumulator that keeps residuals, so its reports have an exact median absolute error.
   *
   * @return a new accumulator
   */
  public static RegressionAccumulator create() {
    return new RegressionAccumulator(true);
  }

  /**
   * An empty accumulator in O(1) memory, without median absolute error.
   *
   * @return a new accumulator
   */
  public static RegressionAccumulator withoutMedian() {
    return new RegressionAccumulator(false);
  }

  /**
   * A collector to a report, for streams of any element type; parallel streams merge partial
   * accumulators.
   *
   * @param actual extracts the true value
   * @param predicted extracts the prediction
   * @param <T> the element type
   * @return the collector
   */
  public static <T> Collector<T, RegressionAccumulator, RegressionReport> toReport(
      ToDoubleFunction<? super T> actual, ToDoubleFunction<? super T> predicted) {
    return Collector.of(
        RegressionAccumulator::create,
        (acc, t) -> acc.add(actual.applyAsDouble(t), predicted.applyAsDouble(t)),
        RegressionAccumulator::merge,
        RegressionAccumulator::snapshot);
  }

  /**
   * Adds one pair with weight 1.
   *
   * @param actual the true value, finite
   * @param predicted the prediction, finite
   * @return this accumulator
   * @throws IllegalArgumentException if a value is not finite (nothing is added)
   */
  public RegressionAccumulator add(double actual, double predicted) {
    return addPair(actual, predicted, 1.0, true);
  }

  /**
   * Adds one weighted pair.
   *
   * @param actual the true value, finite
   * @param predicted the prediction, finite
   * @param weight the pair's weight, finite and {@code >= 0}
   * @return this accumulator
   * @throws IllegalArgumentException if a value is not finite or the weight is negative (nothing is
   *     added)
   */
  public RegressionAccumulator add(double actual, double predicted, double weight) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight is " + weight + "; weights must be finite and >= 0");
    }
    return addPair(actual, predicted, weight, false);
  }

  /** The single-pair path: Welford's update (a block of one), without allocating. */
  private RegressionAccumulator addPair(double y, double p, double w, boolean unit) {
    requireFinite("actual", y);
    requireFinite("predicted", p);
    ensureResidualCapacity(1);
    double d = y - p;
    double held = w == 0 ? 0 : w * weightFactor(w);
    if (count == 0 || (w > 0 && weightSum.value() == 0)) {
      shiftY = y;
      shiftD = d;
      meanY = 0;
      meanD = 0;
    }
    double abs = Math.abs(d);
    int index = (int) count;
    if (!unit) {
      startWeights(index);
    }
    if (keepResiduals) {
      residuals[index] = abs;
      if (residualWeights != null) {
        residualWeights[index] = held;
      }
    }
    maxAbs = Math.max(maxAbs, abs);
    sse.add(held * (d * d));
    sae.add(held * abs);
    sape.add(held * (abs / Math.max(Math.abs(y), MAPE_EPSILON)));
    count++;
    if (held > 0) {
      combine(held, y - shiftY, 0, d - shiftD, 0);
    }
    return this;
  }

  private static void requireFinite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " is " + value + "; metrics need finite values");
    }
  }

  /**
   * Adds pairs with weight 1. Inputs are not modified.
   *
   * @param actual true values, finite
   * @param predicted predictions, finite, same length
   * @return this accumulator
   * @throws IllegalArgumentException if an array is null, the lengths differ or a value is not
   *     finite (naming argument, index and value; nothing is added)
   */
  public RegressionAccumulator addAll(double[] actual, double[] predicted) {
    Checks.sameLength("actual", actual, "predicted", predicted);
    RegressionMetrics.requireFinite("actual", actual);
    RegressionMetrics.requireFinite("predicted", predicted);
    return addAllChecked(actual, predicted);
  }

  /** {@link #addAll(double[], double[])} for inputs the caller has already validated. */
  RegressionAccumulator addAllChecked(double[] actual, double[] predicted) {
    for (int from = 0; from < actual.length; from += BLOCK) {
      addBlock(actual, predicted, null, from, Math.min(actual.length, from + BLOCK));
    }
    return this;
  }

  /**
   * Adds weighted pairs. Inputs are not modified.
   *
   * @param actual true values, finite
   * @param predicted predictions, finite, same length
   * @param weights weights, finite, {@code >= 0}, same length; they may all be zero here (a part of
   *     a larger data set), but a snapshot needs a positive total
   * @return this accumulator
   * @throws IllegalArgumentException if an array is null, the lengths differ, a value is not finite
   *     or a weight is negative or not finite (nothing is added)
   */
  public RegressionAccumulator addAll(double[] actual, double[] predicted, double[] weights) {
    Checks.sameLength("actual", actual, "predicted", predicted);
    Checks.sameLength("actual", actual, "weights", weights);
    RegressionMetrics.requireFinite("actual", actual);
    RegressionMetrics.requireFinite("predicted", predicted);
    RegressionMetrics.requireWeights(weights, false);
    return addWeighted(actual, predicted, weights);
  }

  /** Weighted {@code addAll} for inputs the caller has already validated. */
  RegressionAccumulator addWeighted(double[] actual, double[] predicted, double[] weights) {
    for (int from = 0; from < actual.length; from += BLOCK) {
      addBlock(actual, predicted, weights, from, Math.min(actual.length, from + BLOCK));
    }
    return this;
  }

  private void ensureScaledBuffers() {
    if (bufA == null) {
      bufA = new double[BLOCK];
      bufP = new double[BLOCK];
    }
  }

  /**
   * The factor {@code 2^-weightExponent} that a weight {@code w > 0} is held with. The scale moves
   * to {@link WeightScale#heldExponent w's} when nothing weighs anything yet, or when w lies more
   * than {@link #WEIGHT_HEADROOM} binades above it (rescaling what is held). Weights far below the
   * scale stay in it: against the weights already held they are negligible, unless 2^1000 times
   * smaller.
   */
  private double weightFactor(double w) {
    int exponent = WeightScale.heldExponent(w);
    if (weightSum.value() == 0) {
      rescaleTo(exponent); // the weighted sums are all 0; only zero residual weights move
    } else if (Math.getExponent(w) > weightExponent + WEIGHT_HEADROOM) {
      rescaleTo(exponent);
    }
    return Math.scalb(1.0, -weightExponent);
  }

  /** Moves every held weighted quantity to the scale {@code 2^exponent}. */
  private void rescaleTo(int exponent) {
    int shift = weightExponent - exponent;
    if (shift == 0) {
      return;
    }
    weightSum = scaled(weightSum, shift);
    sse = scaled(sse, shift);
    sae = scaled(sae, shift);
    sape = scaled(sape, shift);
    m2Y = scaled(m2Y, shift);
    m2D = scaled(m2D, shift);
    if (residualWeights != null) {
      for (int i = 0; i < count; i++) {
        residualWeights[i] = Math.scalb(residualWeights[i], shift);
      }
    }
    weightExponent = exponent;
  }

  /** {@code sum · 2^shift} as a new sum: both parts scaled, exactly unless they leave the range. */
  private static CompensatedSum scaled(CompensatedSum sum, int shift) {
    CompensatedSum out = new CompensatedSum();
    if (shift == 0) {
      out.add(sum);
    } else {
      out.add(Math.scalb(sum.high(), shift));
      out.add(Math.scalb(sum.low(), shift));
    }
    return out;
  }

  private void ensureBuffers() {
    if (bufY == null) {
      bufY = new double[BLOCK];
      bufD = new double[BLOCK];
      bufRatio = new double[BLOCK];
      bufW = new double[BLOCK];
      bufConst = new double[BLOCK];
    }
  }

  /** Adds the validated pairs of {@code [from, to)}, a non-empty range of at most BLOCK. */
  private void addBlock(double[] y, double[] p, double[] w, int from, int to) {
    ensureBuffers();
    int len = to - from;
    if (weightSum.value() == 0) {
      // No mass yet, so the shifts are free: take them from the first pair that carries weight,
      // which keeps the shifted values small for data with a large common offset.
      int first = from;
      while (w != null && first < to - 1 && w[first] == 0) {
        first++;
      }
      shiftY = y[first];
      shiftD = y[first] - p[first];
      meanY = 0;
      meanD = 0;
    }
    ensureResidualCapacity(len);
    int base = (int) count;
    // One element-wise pass builds the shifted values, the MAPE ratios and |d|; every reduction
    // below runs on the compensated kernels.
    for (int i = 0; i < len; i++) {
      double a = y[from + i];
      double d = a - p[from + i];
      double abs = Math.abs(d);
      bufY[i] = a - shiftY;
      bufD[i] = d - shiftD;
      bufRatio[i] = abs / Math.max(Math.abs(a), MAPE_EPSILON);
      if (keepResiduals) {
        residuals[base + i] = abs;
      }
    }
    maxAbs = Math.max(maxAbs, ArrayKernels.maxAbsoluteDifference(y, p, from, to));
    double blockWeight;
    double blockMeanY;
    double blockM2Y;
    double blockMeanD;
    double blockM2D;
    if (w == null) {
      double unit = weightFactor(1.0); // 1 unless weighted pairs set another scale
      double[] moments = new double[ArrayKernels.ERROR_MOMENTS_LENGTH];
      ArrayKernels.errorMoments(y, p, from, to, moments);
      sse.add(unit * moments[ArrayKernels.SUM_SQUARED]);
      sae.add(unit * moments[ArrayKernels.SUM_ABSOLUTE]);
      sape.add(unit * ArrayKernels.sum(bufRatio, 0, len));
      blockWeight = unit * len;
      blockMeanY = ArrayKernels.sum(bufY, 0, len) / len;
      blockM2Y = unit * ArrayKernels.sumOfSquaresAbout(bufY, blockMeanY, 0, len);
      blockMeanD = ArrayKernels.sum(bufD, 0, len) / len;
      blockM2D = unit * ArrayKernels.sumOfSquaresAbout(bufD, blockMeanD, 0, len);
      if (residualWeights != null) {
        Arrays.fill(residualWeights, base, base + len, unit);
      }
    } else {
      startWeights(base);
      double maxWeight = 0;
      for (int i = from; i < to; i++) {
        maxWeight = Math.max(maxWeight, w[i]);
      }
      double factor = maxWeight == 0 ? 1 : weightFactor(maxWeight);
      // The kernels below take one index for values and weights: with held weights other than
      // the given ones, the values are copied beside them.
      double[] ya = y;
      double[] pa = p;
      double[] wa = w;
      int lo = from;
      int hi = to;
      if (factor == 1) {
        System.arraycopy(w, from, bufW, 0, len);
      } else {
        for (int i = 0; i < len; i++) {
          bufW[i] = w[from + i] * factor;
        }
        ensureScaledBuffers();
        System.arraycopy(y, from, bufA, 0, len);
        System.arraycopy(p, from, bufP, 0, len);
        ya = bufA;
        pa = bufP;
        wa = bufW;
        lo = 0;
        hi = len;
      }
      if (keepResiduals) {
        System.arraycopy(bufW, 0, residualWeights, base, len);
      }
      sse.add(ArrayKernels.weightedSumOfSquaredDifferences(ya, pa, wa, lo, hi));
      sae.add(ArrayKernels.weightedSumOfAbsoluteDifferences(ya, pa, wa, lo, hi));
      sape.add(ArrayKernels.weightedSum(bufRatio, bufW, 0, len));
      blockWeight = ArrayKernels.sum(bufW, 0, len);
      if (blockWeight == 0) {
        count += len;
        return;
      }
      weightedMoments(bufY, len, blockWeight);
      blockMeanY = blockMoments[0];
      blockM2Y = blockMoments[1];
      weightedMoments(bufD, len, blockWeight);
      blockMeanD = blockMoments[0];
      blockM2D = blockMoments[1];
    }
    count += len;
    combine(blockWeight, blockMeanY, blockM2Y, blockMeanD, blockM2D);
  }

  /**
   * The weighted mean and {@code Σ w (x − mean)²} of {@code x[0, len)} with the weights in {@code
   * bufW}, by the corrected two-pass algorithm (Björck; Chan, Golub and LeVeque 1983): the rounded
   * mean m is off by up to an ulp, which adds {@code W·(m − x̄)²} to the sum of squares about it,
   * and a weight 10^20 times the others' makes that term larger than their whole spread. The
   * correction {@code c = Σ w (x − m)} recovers it: the mean is {@code m + c/W} and the sum {@code
   * Σ w (x − m)² − c²/W}. Writes them to {@link #blockMoments}.
   */
  private void weightedMoments(double[] x, int len, double weight) {
    double mean = ArrayKernels.weightedSum(x, bufW, 0, len) / weight;
    for (int i = 0; i < len; i++) {
      bufConst[i] = x[i] - mean;
    }
    double correction = ArrayKernels.weightedSum(bufConst, bufW, 0, len);
    Arrays.fill(bufConst, 0, len, mean);
    double m2 = ArrayKernels.weightedSumOfSquaredDifferences(x, bufConst, bufW, 0, len);
    blockMoments[0] = mean + correction / weight;
    blockMoments[1] = Math.max(0, m2 - correction * (correction / weight));
  }

  /**
   * Chan, Golub and LeVeque's update: merges a part with weight {@code wb}, means and M2 (about the
   * same shifts) into this accumulator's moments.
   */
  private void combine(double wb, double meanYb, double m2Yb, double meanDb, double m2Db) {
    double wa = weightSum.value();
    weightSum.add(wb);
    double w = wa + wb;
    double deltaY = meanYb - meanY;
    double deltaD = meanDb - meanD;
    meanY += deltaY * (wb / w);
    meanD += deltaD * (wb / w);
    m2Y.add(m2Yb);
    // wa·(wb/w), not wa·wb/w: the product of two weights can leave the double range.
    double pairWeight = wa * (wb / w);
    m2Y.add(deltaY * deltaY * pairWeight);
    m2D.add(m2Db);
    m2D.add(deltaD * deltaD * pairWeight);
  }

  private void startWeights(int base) {
    weighted = true;
    if (keepResiduals && residualWeights == null) {
      residualWeights = new double[residuals.length];
      Arrays.fill(residualWeights, 0, base, Math.scalb(1.0, -weightExponent)); // held units
    }
  }

  private void ensureResidualCapacity(int extra) {
    if (!keepResiduals) {
      return;
    }
    long needed = count + extra;
    if (needed > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          "cannot keep more than " + (Integer.MAX_VALUE - 8) + " residuals; use withoutMedian()");
    }
    if (needed > residuals.length) {
      int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * residuals.length));
      residuals = Arrays.copyOf(residuals, capacity);
      if (residualWeights != null) {
        residualWeights = Arrays.copyOf(residualWeights, capacity);
      }
    }
  }

  /**
   * Adds everything {@code other} holds; {@code other} is not changed. Merging is associative and
   * commutative up to rounding (relative 1e-12). An accumulator made by {@link #withoutMedian()}
   * accepts any other; one that keeps residuals only accepts others that keep them too.
   *
   * @param other another accumulator
   * @return this accumulator
   * @throws IllegalArgumentException if {@code other} is null or this accumulator, or keeps no
   *     residuals while this one does (nothing is changed)
   */
  public RegressionAccumulator merge(RegressionAccumulator other) {
    if (other == null || other == this) {
      throw new IllegalArgumentException("other must be another, non-null accumulator");
    }
    if (keepResiduals && !other.keepResiduals) {
      throw new IllegalArgumentException(
          "other keeps no residuals; merge it into an accumulator made by withoutMedian()");
    }
    if (other.count == 0) {
      return this;
    }
    // One scale for both: the larger one, or other's when nothing here weighs anything yet.
    int otherShift = 0;
    if (other.weightSum.value() > 0) {
      if (weightSum.value() == 0 || other.weightExponent > weightExponent) {
        rescaleTo(other.weightExponent);
      }
      otherShift = other.weightExponent - weightExponent;
    }
    if (weightSum.value() == 0) {
      shiftY = other.shiftY;
      shiftD = other.shiftD;
      meanY = 0;
      meanD = 0;
    }
    int base = (int) count;
    int n = (int) Math.min(Integer.MAX_VALUE, other.count);
    ensureResidualCapacity(n);
    if (keepResiduals) {
      System.arraycopy(other.residuals, 0, residuals, base, n);
      if (other.residualWeights != null) {
        startWeights(base);
        for (int i = 0; i < n; i++) {
          residualWeights[base + i] = Math.scalb(other.residualWeights[i], otherShift);
        }
      } else if (residualWeights != null) {
        // Other's pairs all weigh 1: held here as 2^-weightExponent.
        Arrays.fill(residualWeights, base, base + n, Math.scalb(1.0, -weightExponent));
      }
    }
    weighted |= other.weighted;
    count += other.count;
    sse.add(scaled(other.sse, otherShift));
    sae.add(scaled(other.sae, otherShift));
    sape.add(scaled(other.sape, otherShift));
    maxAbs = Math.max(maxAbs, other.maxAbs);
    double wb = scaled(other.weightSum, otherShift).value();
    if (wb > 0) {
      // Re-express other's means about this accumulator's shifts; the shift difference is exact
      // when the shifts are close (Sterbenz), which is the large-offset case.
      double meanYb = (other.shiftY - shiftY) + other.meanY;
      double meanDb = (other.shiftD - shiftD) + other.meanD;
      combine(wb, meanYb, 0, meanDb, 0);
      m2Y.add(scaled(other.m2Y, otherShift));
      m2D.add(scaled(other.m2D, otherShift));
    }
    return this;
  }

  /**
   * How many pairs were added.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Whether median absolute error is kept.
   *
   * @return true unless made by {@link #withoutMedian()}
   */
  public boolean keepsResiduals() {
    return keepResiduals;
  }

  /**
   * The report of everything added so far; later additions do not change it.
   *
   * @return the report
   * @throws IllegalStateException if nothing was added or the weights sum to 0
   */
  public RegressionReport snapshot() {
    if (count == 0) {
      throw new IllegalStateException(
          "no pairs were added; a regression report needs at least one");
    }
    double w = weightSum.value();
    if (w == 0) {
      throw new IllegalStateException("the weights of all " + count + " pairs are zero");
    }
    double median = Double.NaN;
    if (keepResiduals) {
      int n = (int) count;
      median =
          residualWeights == null
              ? Selection.median(residuals, n)
              : Selection.weightedMedian(residuals, residualWeights, n);
    }
    return new RegressionReport(
        count,
        weighted,
        weightExponent,
        w,
        sse.value(),
        sae.value(),
        maxAbs,
        median,
        sape.value(),
        Math.max(0, m2Y.value()),
        Math.max(0, m2D.value()),
        java.util.List.of());
  }

  /**
   * Summary for debugging.
   *
   * @return count and whether residuals are kept
   */
  @Override
  public String toString() {
    return "RegressionAccumulator[count=" + count + ", keepsResiduals=" + keepResiduals + "]";
  }
}
