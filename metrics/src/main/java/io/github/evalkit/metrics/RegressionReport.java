package io.github.evalkit.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Every regression figure of a set of (actual, predicted[, weight]) pairs: MSE, RMSE, MAE, R²,
 * explained variance, max error, median absolute error, MAPE, and the RMSE of the mean-prediction
 * baseline; the warnings, as data; custom {@link Metric}s; and renderings as text, Markdown and
 * worked formulas ({@link #explanations()}). Built by {@link RegressionMetrics#report} in one
 * blocked pass, or by a {@link RegressionAccumulator}.
 *
 * <p>With weights {@code w}, means are weighted means ({@code Σ w·x / Σ w}), as scikit-learn's
 * {@code sample_weight}; max error ignores weights (scikit-learn's {@code max_error} takes none);
 * median absolute error is the weighted median (mean of the lower and upper weighted medians).
 *
 * <p>Undefined figures are NaN with a warning: R² when {@code SS_tot = 0} and explained variance
 * when {@code Var(y) = 0} (all actual values equal; with weights, all those of positive weight).
 * {@link #n()} is at least 1.
 *
 * <p>Immutable and thread-safe (as long as custom metrics are).
 */
public final class RegressionReport {

  /**
   * Below this a plain sum of squares may have lost relative precision to squares below the normal
   * range (each loses at most 2^-1075; 2^31 of them stay 2^-1044 apart from 2^-960).
   */
  private static final double UNDERFLOW_RISK = 0x1p-960;

  private final long n;
  private final boolean weighted;
  // The weighted sums (weightSum, sse, sae, sape, ssTot, ssResidualAboutMean) are held in units
  // of 2^weightExponent: an accumulator scales the weights by a power of two so that tiny or huge
  // weights neither underflow nor overflow; every figure is a ratio, which the scale leaves exact.
  private final int weightExponent;
  // sse, ssTot and ssResidualAboutMean are held in units of a further 2^squareExponent (even):
  // not 0 only when an unweighted report recomputed them on scaled values because they overflowed.
  private final int squareExponent;
  private final double weightSum;
  private final double sse;
  private final double sae;
  private final double maxAbs;
  private final double median;
  private final double sape;
  private final double ssTot;
  private final double ssResidualAboutMean;
  private final double r2;
  private final double explainedVariance;
  // The scaled sums R² and explained variance were recomputed from, where the plain sums cannot
  // give them (squares beyond the double range or near and below its normal range); else null.
  // Only explanations read them.
  private final PreciseRatios.Result ratioSums;
  private final List<Metric<RegressionReport>> metrics;
  private final Map<String, Double> custom;
  private final List<MetricWarning> warnings;

  RegressionReport(
      long n,
      boolean weighted,
      int weightExponent,
      double weightSum,
      double sse,
      double sae,
      double maxAbs,
      double median,
      double sape,
      double ssTot,
      double ssResidualAboutMean,
      List<Metric<RegressionReport>> metrics) {
    this(
        n,
        weighted,
        weightExponent,
        0,
        weightSum,
        sse,
        sae,
        maxAbs,
        median,
        sape,
        ssTot,
        ssResidualAboutMean,
        oneMinusRatio(sse, ssTot),
        oneMinusRatio(ssResidualAboutMean, ssTot),
        null,
        metrics);
  }

  /**
   * {@code 1 − a/b}; NaN when {@code b = 0} or a sum of squares overflowed: {@code 1 − a/∞} would
   * be a confident 1 and {@code 1 − ∞/b} a −∞, both wrong, since the true sums are finite numbers
   * beyond the double range.
   */
  private static double oneMinusRatio(double a, double b) {
    return b == 0 || !Double.isFinite(a) || !Double.isFinite(b) ? Double.NaN : 1 - a / b;
  }

  /**
   * A copy of {@code base} with other ratios (recomputed from {@code ratioSums}, or null) and
   * metrics; the warnings are derived again.
   */
  private RegressionReport(
      RegressionReport base,
      double r2,
      double explainedVariance,
      PreciseRatios.Result ratioSums,
      List<Metric<RegressionReport>> metrics) {
    this(
        base,
        base.squareExponent,
        base.sse,
        base.ssTot,
        base.ssResidualAboutMean,
        r2,
        explainedVariance,
        ratioSums,
        metrics);
  }

  /**
   * A copy of {@code base} with other sums of squares (in units of {@code 2^squareExponent}),
   * ratios and metrics; the warnings are derived again.
   */
  private RegressionReport(
      RegressionReport base,
      int squareExponent,
      double sse,
      double ssTot,
      double ssResidualAboutMean,
      double r2,
      double explainedVariance,
      PreciseRatios.Result ratioSums,
      List<Metric<RegressionReport>> metrics) {
    this(
        base.n,
        base.weighted,
        base.weightExponent,
        squareExponent,
        base.weightSum,
        sse,
        base.sae,
        base.maxAbs,
        base.median,
        base.sape,
        ssTot,
        ssResidualAboutMean,
        r2,
        explainedVariance,
        ratioSums,
        metrics);
  }

  private RegressionReport(
      long n,
      boolean weighted,
      int weightExponent,
      int squareExponent,
      double weightSum,
      double sse,
      double sae,
      double maxAbs,
      double median,
      double sape,
      double ssTot,
      double ssResidualAboutMean,
      double r2,
      double explainedVariance,
      PreciseRatios.Result ratioSums,
      List<Metric<RegressionReport>> metrics) {
    this.n = n;
    this.weighted = weighted;
    this.weightExponent = weightExponent;
    this.squareExponent = squareExponent;
    this.weightSum = weightSum;
    this.sse = sse;
    this.sae = sae;
    this.maxAbs = maxAbs;
    this.median = median;
    this.sape = sape;
    this.ssTot = ssTot;
    this.ssResidualAboutMean = ssResidualAboutMean;
    this.r2 = r2;
    this.explainedVariance = explainedVariance;
    this.ratioSums = ratioSums;
    this.metrics = List.copyOf(metrics);
    List<MetricWarning> found = new ArrayList<>();
    if (ssTot == 0) {
      // With weights, values of weight 0 may differ: only those that count are all equal.
      String values = weighted ? "the actual values of positive weight" : "the actual values";
      // Unless recomputed: squares of values of about 1e-300 sum to 0 although the values differ.
      if (Double.isNaN(r2)) {
        found.add(MetricWarning.undefined("r2", values + " are all equal (SS_tot = 0)"));
      }
      if (Double.isNaN(explainedVariance)) {
        found.add(
            MetricWarning.undefined("explained_variance", values + " are all equal (Var(y) = 0)"));
      }
    } else {
      // Finite inputs beyond ~1e154 can square past the largest double: the sums of squares are
      // then +∞ or, where a streaming update subtracts two of them, NaN; ratios of them are NaN.
      String overflow = "its sums of squares exceed the largest double (about 1.8e308)";
      if (Double.isNaN(r2)) {
        found.add(MetricWarning.undefined("r2", overflow));
      }
      if (Double.isNaN(explainedVariance)) {
        found.add(MetricWarning.undefined("explained_variance", overflow));
      }
      if (Double.isNaN(ssTot)) {
        found.add(MetricWarning.undefined("baseline_mean_prediction_rmse", overflow));
      }
    }
    this.warnings = List.copyOf(found);
    Map<String, Double> values = new LinkedHashMap<>();
    for (Metric<RegressionReport> m : this.metrics) {
      values.put(m.name(), m.compute(this));
    }
    this.custom = Collections.unmodifiableMap(values);
  }

  /**
   * The same report with a custom metric added after the built-in figures. The metric sees this
   * report (its figures and sums); a lambda may also capture the raw arrays.
   *
   * @param metric the metric
   * @return a new report
   * @throws IllegalArgumentException if {@code metric} is null or its name is already used
   */
  public RegressionReport withMetric(Metric<RegressionReport> metric) {
    if (metric == null) {
      throw new IllegalArgumentException("metric must not be null");
    }
    if (custom.containsKey(metric.name()) || figures(false).containsKey(metric.name())) {
      throw new IllegalArgumentException(
          "a metric named '" + metric.name() + "' is already in the report");
    }
    List<Metric<RegressionReport>> more = new ArrayList<>(metrics);
    more.add(metric);
    return new RegressionReport(this, r2, explainedVariance, ratioSums, more);
  }

  /**
   * This report with R² and explained variance recomputed by {@link PreciseRatios} where the plain
   * {@code 1 − a/b} falls short: when either is within {@link PreciseRatios#THRESHOLD} of 0, where
   * it loses relative precision, and when a sum of squares overflowed (finite values beyond about
   * 1e154), where it is undefined in doubles but not in fact (the report then takes the scaled sums
   * too), or is below 2^-960 (values of about 1e-160 or less), where the ratios may be undefined or
   * imprecise in doubles but not in fact; else this report.
   *
   * @param actual the unweighted pairs' actual values this report was built from
   * @param predicted their predictions
   */
  RegressionReport withPreciseRatios(double[] actual, double[] predicted) {
    if (weighted) {
      return this;
    }
    boolean overflowed =
        ssTot != 0
            && !(Double.isFinite(sse)
                && Double.isFinite(ssTot)
                && Double.isFinite(ssResidualAboutMean));
    // Sums of squares this small may be made of squares that lost digits below the normal range
    // or vanished (values of about 1e-300 square to 0): SS_tot = 0 would wrongly say that the
    // actual values are all equal. The ratios are recomputed on scaled values; the sums, and the
    // figures made of them alone (MSE, RMSE, the baseline), stay as every other path computes
    // them. (Exact zeros also land here: rare, and recomputed as zeros.)
    boolean underflowed = Math.min(sse, Math.min(ssTot, ssResidualAboutMean)) < UNDERFLOW_RISK;
    boolean nearZero =
        Math.abs(r2) < PreciseRatios.THRESHOLD
            || Math.abs(explainedVariance) < PreciseRatios.THRESHOLD;
    if (!overflowed && !underflowed && !nearZero) {
      return this;
    }
    PreciseRatios.Result precise = PreciseRatios.compute(actual, predicted);
    if (overflowed) {
      // The plain sums are unusable: take the scaled ones they were recomputed as.
      return new RegressionReport(
          this,
          precise.squareExponent(),
          precise.sse(),
          precise.ssTot(),
          precise.ssResidualAboutMean(),
          precise.r2(),
          precise.explainedVariance(),
          precise,
          metrics);
    }
    return new RegressionReport(
        this,
        Double.isNaN(precise.r2()) ? r2 : precise.r2(),
        Double.isNaN(precise.explainedVariance()) ? explainedVariance : precise.explainedVariance(),
        underflowed ? precise : null,
        metrics);
  }

  /**
   * The number of pairs.
   *
   * @return n, at least 1
   */
  public long n() {
    return n;
  }

  /**
   * Whether any pair had a weight (other than the implicit 1).
   *
   * @return true for a weighted report
   */
  public boolean isWeighted() {
    return weighted;
  }

  /**
   * The sum of the weights: {@code n} for an unweighted report.
   *
   * @return Σ w, positive
   */
  public double weightSum() {
    return unscaled(weightSum);
  }

  /**
   * A weighted sum in its true units (it may overflow to +∞ or underflow where the held one did
   * not).
   */
  private double unscaled(double sum) {
    return Math.scalb(sum, weightExponent);
  }

  /**
   * The (weighted) sum of squared errors, {@code SSE = Σ w (y − ŷ)²}, also called SS_res.
   *
   * @return SSE, never negative
   */
  public double sumOfSquaredErrors() {
    return Math.scalb(unscaled(sse), squareExponent);
  }

  /**
   * The total sum of squares about the (weighted) mean, {@code SS_tot = Σ w (y − ȳ)²}.
   *
   * @return SS_tot, never negative
   */
  public double totalSumOfSquares() {
    return Math.scalb(unscaled(ssTot), squareExponent);
  }

  /**
   * Mean squared error {@code SSE / Σw}, in squared units of the target.
   *
   * @return MSE, never negative
   */
  public double meanSquaredError() {
    return Math.scalb(sse / weightSum, squareExponent);
  }

  /**
   * Root mean squared error {@code sqrt(MSE)}, in units of the target. From an unweighted batch
   * report it is finite even where MSE exceeds the largest double (see {@link #r2()}).
   *
   * @return RMSE, never negative
   */
  public double rootMeanSquaredError() {
    return Math.scalb(Math.sqrt(sse / weightSum), squareExponent / 2);
  }

  /**
   * Mean absolute error {@code Σ w|y − ŷ| / Σw}.
   *
   * @return MAE, never negative
   */
  public double meanAbsoluteError() {
    return sae / weightSum;
  }

  /**
   * The largest absolute error {@code max |y − ŷ|} over all pairs (weights do not apply).
   *
   * @return max error, never negative
   */
  public double maxError() {
    return maxAbs;
  }

  /**
   * Whether the median absolute error is available (not for accumulators made by {@link
   * RegressionAccumulator#withoutMedian()}).
   *
   * @return true if {@link #medianAbsoluteError()} can be called
   */
  public boolean hasMedianAbsoluteError() {
    return !Double.isNaN(median);
  }

  /**
   * Median of {@code |y − ŷ|}: the mean of the two middle values for even n; the weighted median
   * with weights.
   *
   * @return the median absolute error, never negative
   * @throws IllegalStateException if the report was made without residuals
   */
  public double medianAbsoluteError() {
    if (Double.isNaN(median)) {
      throw new IllegalStateException(
          "median absolute error was not kept (RegressionAccumulator.withoutMedian())");
    }
    return median;
  }

  /**
   * Mean absolute percentage error as scikit-learn computes it: {@code Σ w·|y − ŷ| / max(|y|, eps)
   * / Σw} with {@code eps = 2.220446049250313e-16}. A fraction, not a percentage (0.05 = 5%); huge
   * when an actual value is 0 and its prediction is not.
   *
   * @return MAPE, never negative
   */
  public double meanAbsolutePercentageError() {
    return sape / weightSum;
  }

  /**
   * Coefficient of determination {@code 1 − SS_res/SS_tot}; 1 is perfect, 0 is no better than
   * predicting the mean, and it is negative for worse models.
   *
   * <p>Precision: the sums of squares are correct to a rounding or two, so {@code 1 − ratio} is
   * within ~5e-16 absolute. From {@link RegressionMetrics#report(double[], double[])} (unweighted),
   * an R² or explained variance within 1e-3 of 0 is recomputed in double-double arithmetic, which
   * keeps a relative error below 1e-12 down to |R²| ≈ 1e-13 for a million pairs. Weighted reports
   * and {@link RegressionAccumulator} snapshots (which keep no inputs) have the absolute bound
   * only.
   *
   * <p>Finite values beyond about ±1e154 can square past the largest double. The unweighted batch
   * report then recomputes the sums of squares on the values scaled by a power of two, which
   * changes neither ratio, so R², explained variance, RMSE and the baseline RMSE stay finite and
   * right (MSE is +∞ only where it truly exceeds the largest double); weighted reports and
   * accumulator snapshots give NaN R² and explained variance with a warning, never a ratio of an
   * infinite sum (scikit-learn's r2_score returns 1.0 for {1e154, −1e154} against {0.4e154,
   * −0.4e154}, whose R² is 0.64). Likewise, for values of about 1e-160 or less, whose squares lose
   * digits below the normal range or vanish, the unweighted batch report computes both ratios on
   * the values scaled up: actual values of about 1e-300 that differ give their R², not an "all
   * equal" NaN (the sums of squares, MSE, RMSE and the baseline RMSE stay as computed in doubles).
   *
   * @return R², or NaN (with a warning) when {@code SS_tot = 0} or, as above, a sum of squares
   *     overflowed
   */
  public double r2() {
    return r2;
  }

  /**
   * Explained variance {@code 1 − Var(y − ŷ)/Var(y)} with population (weighted) variances. Equals
   * R² when the errors have mean 0. Precision as for {@link #r2()}.
   *
   * @return explained variance, or NaN (with a warning) when {@code Var(y) = 0} or, as for {@link
   *     #r2()}, a sum of squares overflowed
   */
  public double explainedVariance() {
    return explainedVariance;
  }

  /**
   * The RMSE of always predicting the (weighted) mean of the actual values, {@code sqrt(SS_tot /
   * Σw)}: the population standard deviation of y. A model whose RMSE is not below this has learnt
   * nothing beyond the mean.
   *
   * @return the baseline RMSE, never negative
   */
  public double baselineRootMeanSquaredError() {
    return Math.scalb(Math.sqrt(ssTot / weightSum), squareExponent / 2);
  }

  /**
   * Custom metrics' values by name, in the order they were added.
   *
   * @return an unmodifiable map
   */
  public Map<String, Double> customMetrics() {
    return custom;
  }

  /**
   * All figures by the command line's JSON names, in its order: {@code mse, rmse, mae, r2,
   * explained_variance, max_error, median_absolute_error} (when kept){@code , mape,
   * baseline_mean_prediction_rmse}, then custom metrics.
   *
   * @return an unmodifiable, ordered map; undefined values are NaN
   */
  public Map<String, Double> figures() {
    return figures(true);
  }

  private Map<String, Double> figures(boolean withCustom) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("mse", meanSquaredError());
    out.put("rmse", rootMeanSquaredError());
    out.put("mae", meanAbsoluteError());
    out.put("r2", r2());
    out.put("explained_variance", explainedVariance());
    out.put("max_error", maxError());
    if (hasMedianAbsoluteError()) {
      out.put("median_absolute_error", median);
    }
    out.put("mape", meanAbsolutePercentageError());
    out.put("baseline_mean_prediction_rmse", baselineRootMeanSquaredError());
    if (withCustom) {
      out.putAll(custom);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Warnings: R² and explained variance undefined because all actual values (of positive weight)
   * are equal, or because their sums of squares overflowed (see {@link #r2()}).
   *
   * @return an unmodifiable list
   */
  public List<MetricWarning> warnings() {
    return warnings;
  }

  /**
   * Worked formulas with the actual sums, e.g. {@code rmse = sqrt(SSE/n) = sqrt(12.5/50) = 0.500}.
   * Weighted reports write {@code Σw} for {@code n}, and their sums weigh each term by {@code w};
   * where a weighted sum would overflow or fall below the normal range, the formulas say {@code w
   * scaled by 2^k} and show the sums of the weights so scaled, which changes no ratio. Sums that
   * are not integers are written with 6 significant digits, or with more (up to 17) where redoing
   * the formula from 6 digits would miss the value by more than 5e-7: {@code mse = SSE/Σw =
   * 650447.86649/2.4 = 271019.944}, not {@code 6.50448e+05/2.4}.
   *
   * @return an unmodifiable list
   */
  public List<Explanation> explanations() {
    // The weighted sums are held in units of 2^weightExponent. In their own units they may
    // overflow or fall below the normal range (weights near the edges of the double range); then
    // the formulas show them with the weights scaled by 2^-weightExponent, which no ratio notices.
    int shown = weightExponent;
    for (double held : new double[] {weightSum, sse, sae, sape, ssTot, ssResidualAboutMean}) {
      double own = Math.scalb(held, weightExponent);
      if (held != 0 && (Double.isInfinite(own) || Math.abs(own) < Double.MIN_NORMAL)) {
        shown = 0;
      }
    }
    String scaled = shown == weightExponent ? "" : ", w scaled by 2^" + -weightExponent;
    String nName = weighted ? "Σw" : "n";
    double n = weighted ? Math.scalb(weightSum, shown) : this.n;
    double sse = Math.scalb(this.sse, shown + squareExponent);
    double ssTot = Math.scalb(this.ssTot, shown + squareExponent);
    double ssResidual = Math.scalb(ssResidualAboutMean, shown + squareExponent);
    double sae = Math.scalb(this.sae, shown);
    double sape = Math.scalb(this.sape, shown);
    List<Explanation> out = new ArrayList<>();
    out.add(
        worked(
            "mse", "SSE/" + nName + scaled, meanSquaredError(), "%s/%s", o -> o[0] / o[1], sse, n));
    out.add(
        worked(
            "rmse",
            "sqrt(SSE/" + nName + ")" + scaled,
            rootMeanSquaredError(),
            "sqrt(%s/%s)",
            o -> Math.sqrt(o[0] / o[1]),
            sse,
            n));
    out.add(
        worked(
            "mae",
            (weighted ? "Σw|y-ŷ|/Σw" : "Σ|y-ŷ|/n") + scaled,
            meanAbsoluteError(),
            "%s/%s",
            o -> o[0] / o[1],
            sae,
            n));
    // Where the ratios were recomputed from sums scaled by a power of two, their formulas show
    // those sums and name the unit: the ratios do not depend on it.
    int ratioExponent = ratioSums == null ? 0 : ratioSums.squareExponent();
    String unit =
        ratioExponent == 0 ? "" : " (sums of squares in units of 2^" + ratioExponent + ")";
    double ratioSse = ratioSums == null ? sse : ratioSums.sse();
    double ratioSsTot = ratioSums == null ? ssTot : ratioSums.ssTot();
    double ratioSsResidual = ratioSums == null ? ssResidual : ratioSums.ssResidualAboutMean();
    out.add(
        worked(
            "r2",
            "1 - SS_res/SS_tot" + scaled + unit,
            r2(),
            "1 - %s/%s",
            o -> 1 - o[0] / o[1],
            ratioSse,
            ratioSsTot));
    out.add(
        worked(
            "explained_variance",
            "1 - Var(y-ŷ)/Var(y)" + scaled + unit,
            explainedVariance(),
            "1 - (%s/%s)/(%s/%s)",
            o -> 1 - (o[0] / o[1]) / (o[2] / o[3]),
            ratioSsResidual,
            n,
            ratioSsTot,
            n));
    out.add(worked("max_error", "max|y-ŷ|", maxAbs, "%s", o -> o[0], maxAbs));
    if (hasMedianAbsoluteError()) {
      out.add(worked("median_absolute_error", "median|y-ŷ|", median, "%s", o -> o[0], median));
    }
    out.add(
        worked(
            "mape",
            (weighted ? "Σ(w|y-ŷ|/max(|y|, eps))/Σw" : "Σ(|y-ŷ|/max(|y|, eps))/n") + scaled,
            meanAbsolutePercentageError(),
            "%s/%s",
            o -> o[0] / o[1],
            sape,
            n));
    out.add(
        worked(
            "baseline_mean_prediction_rmse",
            "sqrt(SS_tot/" + nName + ")" + scaled,
            baselineRootMeanSquaredError(),
            "sqrt(%s/%s)",
            o -> Math.sqrt(o[0] / o[1]),
            ssTot,
            n));
    for (Metric<RegressionReport> m : metrics) {
      out.add(m.explain(this));
    }
    return List.copyOf(out);
  }

  /**
   * An explanation whose operands are printed with the digits that let the formula, redone from
   * them, give the value ({@link Format#workedOperands}).
   */
  private static Explanation worked(
      String metric,
      String formula,
      double value,
      String template,
      ToDoubleFunction<double[]> recompute,
      double... operands) {
    String[] texts = Format.workedOperands(value, recompute, operands);
    return new Explanation(metric, formula, String.format(template, (Object[]) texts), value);
  }

  /**
   * One {@code name: value} line per figure, then warnings. Figures have {@code digits} decimals,
   * except that a non-zero figure that would round to zero, or one of magnitude 1e15 or more, is
   * written in scientific notation ({@code mse: 4.667e-08}, not {@code 0.000}).
   *
   * @param digits decimals, 0 to 17
   * @return the text, lines ending in {@code \n}
   * @throws IllegalArgumentException if {@code digits} is out of range
   */
  public String toText(int digits) {
    return ReportFormat.regressionText(this, digits);
  }

  /**
   * A Markdown table of the figures, then warnings; figures written as in {@link #toText(int)}.
   *
   * @param digits decimals, 0 to 17
   * @return Markdown text
   * @throws IllegalArgumentException if {@code digits} is out of range
   */
  public String toMarkdown(int digits) {
    return ReportFormat.regressionMarkdown(this, digits);
  }

  /**
   * The text rendering with four decimals.
   *
   * @return {@code toText(4)}
   */
  @Override
  public String toString() {
    return toText(4);
  }
}
