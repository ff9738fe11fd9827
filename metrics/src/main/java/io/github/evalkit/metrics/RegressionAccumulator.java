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
 * block's sums are compensated and its variances two-pass; blocks and accumulators are combined
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

  /** scikit-learn's MAPE guard, {@code np.finfo(np.float64).eps}. */
  static final double MAPE_EPSILON = 2.220446049250313e-16;

  private final boolean keepResiduals;

  private long count;
  private boolean weighted;
  private final CompensatedSum weightSum = new CompensatedSum();
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

  private final CompensatedSum sse = new CompensatedSum();
  private final CompensatedSum sae = new CompensatedSum();
  private final CompensatedSum sape = new CompensatedSum();
  private double maxAbs;

  private double[] residuals = new double[0];

  /** Weights of the kept residuals; null while every pair weighs 1. */
  private double[] residualWeights;

  private double[] bufY;
  private double[] bufD;
  private double[] bufRatio;
  private double[] bufW;
  private double[] bufConst;

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
        residualWeights[index] = w;
      }
    }
    maxAbs = Math.max(maxAbs, abs);
    sse.add(w * (d * d));
    sae.add(w * abs);
    sape.add(w * (abs / Math.max(Math.abs(y), MAPE_EPSILON)));
    count++;
    if (w > 0) {
      combine(w, y - shiftY, 0, d - shiftD, 0);
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
      double[] moments = new double[ArrayKernels.ERROR_MOMENTS_LENGTH];
      ArrayKernels.errorMoments(y, p, from, to, moments);
      sse.add(moments[ArrayKernels.SUM_SQUARED]);
      sae.add(moments[ArrayKernels.SUM_ABSOLUTE]);
      sape.add(ArrayKernels.sum(bufRatio, 0, len));
      blockWeight = len;
      blockMeanY = ArrayKernels.sum(bufY, 0, len) / len;
      blockM2Y = ArrayKernels.sumOfSquaresAbout(bufY, blockMeanY, 0, len);
      blockMeanD = ArrayKernels.sum(bufD, 0, len) / len;
      blockM2D = ArrayKernels.sumOfSquaresAbout(bufD, blockMeanD, 0, len);
      if (residualWeights != null) {
        Arrays.fill(residualWeights, base, base + len, 1.0);
      }
    } else {
      startWeights(base);
      System.arraycopy(w, from, bufW, 0, len);
      if (keepResiduals) {
        System.arraycopy(w, from, residualWeights, base, len);
      }
      sse.add(ArrayKernels.weightedSumOfSquaredDifferences(y, p, w, from, to));
      sae.add(ArrayKernels.weightedSumOfAbsoluteDifferences(y, p, w, from, to));
      sape.add(ArrayKernels.weightedSum(bufRatio, bufW, 0, len));
      blockWeight = ArrayKernels.sum(bufW, 0, len);
      if (blockWeight == 0) {
        count += len;
        return;
      }
      blockMeanY = ArrayKernels.weightedSum(bufY, bufW, 0, len) / blockWeight;
      Arrays.fill(bufConst, 0, len, blockMeanY);
      blockM2Y = ArrayKernels.weightedSumOfSquaredDifferences(bufY, bufConst, bufW, 0, len);
      blockMeanD = ArrayKernels.weightedSum(bufD, bufW, 0, len) / blockWeight;
      Arrays.fill(bufConst, 0, len, blockMeanD);
      blockM2D = ArrayKernels.weightedSumOfSquaredDifferences(bufD, bufConst, bufW, 0, len);
    }
    count += len;
    combine(blockWeight, blockMeanY, blockM2Y, blockMeanD, blockM2D);
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
    m2Y.add(deltaY * deltaY * (wa * wb / w));
    m2D.add(m2Db);
    m2D.add(deltaD * deltaD * (wa * wb / w));
  }

  private void startWeights(int base) {
    weighted = true;
    if (keepResiduals && residualWeights == null) {
      residualWeights = new double[residuals.length];
      Arrays.fill(residualWeights, 0, base, 1.0);
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
    if (other.count == 0) {
      return this;
    }
    if (keepResiduals && !other.keepResiduals) {
      throw new IllegalArgumentException(
          "other keeps no residuals; merge it into an accumulator made by withoutMedian()");
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
        System.arraycopy(other.residualWeights, 0, residualWeights, base, n);
      } else if (residualWeights != null) {
        Arrays.fill(residualWeights, base, base + n, 1.0);
      }
    }
    weighted |= other.weighted;
    count += other.count;
    sse.add(other.sse);
    sae.add(other.sae);
    sape.add(other.sape);
    maxAbs = Math.max(maxAbs, other.maxAbs);
    double wb = other.weightSum.value();
    if (wb > 0) {
      // Re-express other's means about this accumulator's shifts; the shift difference is exact
      // when the shifts are close (Sterbenz), which is the large-offset case.
      double meanYb = (other.shiftY - shiftY) + other.meanY;
      double meanDb = (other.shiftD - shiftD) + other.meanD;
      combine(wb, meanYb, 0, meanDb, 0);
      m2Y.add(other.m2Y);
      m2D.add(other.m2D);
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
