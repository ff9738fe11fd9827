package io.github.evalkit.metrics;

import io.github.evalkit.core.CompensatedSum;

/**
 * R² and explained variance to full relative precision when they are near 0, and defined when the
 * plain sums of squares overflow or underflow.
 *
 * <p>Both are {@code 1 − a/b}. With {@code a} and {@code b} correct to a rounding each, {@code 1 −
 * a/b} carries an absolute error of a few units of 1e-16, which is a large relative error when the
 * result itself is small: about 1e-10 at R² = 1e-6. This class recomputes the three sums of squares
 * in double-double arithmetic (each difference and square kept exactly as a pair of doubles,
 * Knuth's TwoSum and an FMA TwoProduct, both parts added to a {@link CompensatedSum}, whose high
 * and low parts are kept; Ogita, Rump and Oishi 2005), so that {@code a/b} is known to about {@code
 * n·1e-32} relative and {@code 1 − a/b} to that absolute error. It takes three more passes over the
 * data, so the report calls it only when a ratio is below {@link #THRESHOLD} in magnitude, where
 * the plain result could miss a relative 1e-12, or when a plain sum of squares overflowed or is so
 * small that its terms may have lost precision below the normal range: the values are scaled by a
 * power of two first, and when a sum overflowed the report takes the scaled sums as well.
 *
 * <p>Unweighted pairs only. Stateless and thread-safe.
 */
final class PreciseRatios {

  /**
   * Below this magnitude R² or explained variance is recomputed: above it, the plain result's
   * absolute error (under 5e-16) is already within a relative 1e-12.
   */
  static final double THRESHOLD = 1e-3;

  /** The binary exponent the largest |value| is scaled to before squaring. */
  private static final int MAX_EXPONENT = 480;

  private PreciseRatios() {}

  /**
   * The recomputed figures: R² and explained variance (NaN where {@code SS_tot = 0}), and the three
   * sums of squares of the values multiplied by {@code 2^(-squareExponent/2)}, that is, in units of
   * {@code 2^squareExponent}.
   */
  record Result(
      double r2,
      double explainedVariance,
      double sse,
      double ssTot,
      double ssResidualAboutMean,
      int squareExponent) {}

  /**
   * R² and explained variance of finite, non-empty, equally long arrays, from double-double sums.
   *
   * @return the ratios and the sums they came from
   */
  static Result compute(double[] actual, double[] predicted) {
    int n = actual.length;
    int scaleExponent = scaleExponent(actual, predicted);
    // Pass 1: the means of y and of e = y − ŷ, as double-double.
    CompensatedSum sumY = new CompensatedSum();
    CompensatedSum sumE = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      double y = Math.scalb(actual[i], scaleExponent);
      double p = Math.scalb(predicted[i], scaleExponent);
      sumY.add(y);
      double eh = y - p;
      sumE.add(eh);
      sumE.add(twoSumError(y, -p, eh));
    }
    double[] meanY = dividedBy(sumY, n);
    double[] meanE = dividedBy(sumE, n);
    // Pass 2: Σ(y − ȳ)², Σe² and Σ(e − ē)², every term exact to ~1e-32 relative.
    CompensatedSum ssTot = new CompensatedSum();
    CompensatedSum ssRes = new CompensatedSum();
    CompensatedSum ssResAboutMean = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      double y = Math.scalb(actual[i], scaleExponent);
      double p = Math.scalb(predicted[i], scaleExponent);
      addSquare(ssTot, y, 0, meanY);
      double eh = y - p;
      double el = twoSumError(y, -p, eh);
      addSquare(ssRes, eh, el, null);
      addSquare(ssResAboutMean, eh, el, meanE);
    }
    return new Result(
        oneMinusRatio(ssRes, ssTot),
        oneMinusRatio(ssResAboutMean, ssTot),
        ssRes.value(),
        ssTot.value(),
        ssResAboutMean.value(),
        -2 * scaleExponent);
  }

  /**
   * The exponent of a power of two that brings the largest |value| to 2^480: below 2^481, so that
   * no difference, square or sum of up to 2^31 squares can overflow, and at least 2^480, so that
   * the differences between distinct values near the largest are at least 2^427 and their squares
   * cannot underflow (values of about 1e-300, whose plain squares vanish, keep their sums).
   * Multiplying by it is exact (scaling down, values it would push below the normal range are
   * 2^-1000 times the largest, and vanish from the sums anyway), and the ratios do not depend on
   * it.
   */
  private static int scaleExponent(double[] actual, double[] predicted) {
    double max = 0;
    for (int i = 0; i < actual.length; i++) {
      max = Math.max(max, Math.max(Math.abs(actual[i]), Math.abs(predicted[i])));
    }
    return max == 0 ? 0 : MAX_EXPONENT - Math.getExponent(max);
  }

  /** Adds {@code ((xh + xl) − (mh + ml))²} to {@code sum}; no mean when {@code mean} is null. */
  private static void addSquare(CompensatedSum sum, double xh, double xl, double[] mean) {
    double th = xh;
    double tl = xl;
    if (mean != null) {
      th = xh - mean[0];
      tl = twoSumError(xh, -mean[0], th) + (xl - mean[1]);
    }
    double sh = th + tl; // renormalised, so that tl is below half an ulp of th
    tl = tl - (sh - th);
    th = sh;
    double square = th * th;
    sum.add(square);
    sum.add(Math.fma(th, th, -square) + (2 * th * tl + tl * tl));
  }

  /** A compensated sum over {@code n}, as {@code {high, low}}. */
  private static double[] dividedBy(CompensatedSum sum, long n) {
    double qh = sum.high() / n;
    double ql = (Math.fma(-qh, n, sum.high()) + sum.low()) / n;
    return new double[] {qh, ql};
  }

  /** {@code 1 − a/b} from the two parts of {@code a} and {@code b}. */
  private static double oneMinusRatio(CompensatedSum a, CompensatedSum b) {
    double ah = a.high();
    double bh = b.high();
    if (bh == 0 || !Double.isFinite(ah) || !Double.isFinite(bh)) {
      return Double.NaN;
    }
    double qh = ah / bh;
    // a − qh·b, with qh·bh's rounding error recovered by an FMA.
    double remainder = Math.fma(-qh, bh, ah) + a.low() - qh * b.low();
    double ql = remainder / bh;
    return (1 - qh) - ql; // 1 − qh is exact when qh is in [0.5, 2], where precision matters
  }

  /** The rounding error of {@code s = a + b} (Knuth's TwoSum): {@code a + b − s} exactly. */
  private static double twoSumError(double a, double b, double s) {
    double bb = s - a;
    return (a - (s - bb)) + (b - bb);
  }
}
