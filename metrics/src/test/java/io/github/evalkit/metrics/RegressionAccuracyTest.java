package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.Samples.Pairs;
import io.github.evalkit.metrics.Samples.Style;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

/**
 * Every figure within a relative 1e-12 of the exact value of its formula over the doubles given:
 * against exact BigDecimal arithmetic, against Apache Commons Math, on values near 1e9 that differ
 * in their last digits, and on ten million rows.
 */
class RegressionAccuracyTest {

  private static final MathContext MC = new MathContext(60);
  private static final double REL = 1e-12;

  /** The cli.md formulas evaluated exactly (60 digits) on the given doubles. */
  static final class Exact {
    final double mse;
    final double mae;
    final double r2;
    final double explainedVariance;
    final double mape;
    final double baselineRmse;

    Exact(double[] y, double[] p, double[] w) {
      int n = y.length;
      BigDecimal wSum = BigDecimal.ZERO;
      BigDecimal sse = BigDecimal.ZERO;
      BigDecimal sae = BigDecimal.ZERO;
      BigDecimal sape = BigDecimal.ZERO;
      BigDecimal sy = BigDecimal.ZERO;
      BigDecimal sd = BigDecimal.ZERO;
      BigDecimal eps = new BigDecimal(RegressionAccumulator.MAPE_EPSILON);
      BigDecimal swy2 = BigDecimal.ZERO;
      BigDecimal[] d = new BigDecimal[n];
      BigDecimal[] yy = new BigDecimal[n];
      BigDecimal[] ww = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        yy[i] = new BigDecimal(y[i]);
        ww[i] = w == null ? BigDecimal.ONE : new BigDecimal(w[i]);
        d[i] = yy[i].subtract(new BigDecimal(p[i]));
        wSum = wSum.add(ww[i]);
        sse = sse.add(ww[i].multiply(d[i].multiply(d[i])));
        sae = sae.add(ww[i].multiply(d[i].abs()));
        sape = sape.add(ww[i].multiply(d[i].abs()).divide(yy[i].abs().max(eps), MC));
        sy = sy.add(ww[i].multiply(yy[i]));
        swy2 = swy2.add(ww[i].multiply(yy[i]).multiply(yy[i]));
        sd = sd.add(ww[i].multiply(d[i]));
      }
      // Exact rational forms: SS = (W·Σw·x² − (Σw·x)²)/W, one rounding at the final division.
      BigDecimal ssTot = wSum.multiply(swy2).subtract(sy.multiply(sy)).divide(wSum, MC);
      BigDecimal ssD = wSum.multiply(sse).subtract(sd.multiply(sd)).divide(wSum, MC);
      mse = sse.divide(wSum, MC).doubleValue();
      mae = sae.divide(wSum, MC).doubleValue();
      mape = sape.divide(wSum, MC).doubleValue();
      boolean defined = ssTot.signum() != 0;
      r2 = defined ? BigDecimal.ONE.subtract(sse.divide(ssTot, MC)).doubleValue() : Double.NaN;
      explainedVariance =
          defined ? BigDecimal.ONE.subtract(ssD.divide(ssTot, MC)).doubleValue() : Double.NaN;
      baselineRmse = ssTot.divide(wSum, MC).sqrt(MC).doubleValue();
    }
  }

  private static void assertMatchesExact(RegressionReport r, Exact e, Object what) {
    check("mse", e.mse, r.meanSquaredError(), what);
    check("rmse", Math.sqrt(e.mse), r.rootMeanSquaredError(), what);
    check("mae", e.mae, r.meanAbsoluteError(), what);
    check("mape", e.mape, r.meanAbsolutePercentageError(), what);
    check("baseline", e.baselineRmse, r.baselineRootMeanSquaredError(), what);
    // 1 − ratio: the ratio carries the relative accuracy (R² itself may be near 0).
    check("1-r2", 1 - e.r2, 1 - r.r2(), what);
    check("1-ev", 1 - e.explainedVariance, 1 - r.explainedVariance(), what);
  }

  private static void check(String name, double expected, double actual, Object what) {
    assertThat(Samples.close(expected, actual, REL))
        .as("%s %s: exact %s, got %s", what, name, expected, actual)
        .isTrue();
  }

  @Test
  void matchesExactArithmeticOnEveryStyle() {
    qt().withFixedSeed(41L)
        .withExamples(60)
        .forAll(Samples.pairs().assuming(s -> s.n() <= 300 || s.style() != Style.WIDE_MAGNITUDES))
        .assuming(s -> s.style() != Style.SUBNORMAL) // squares of 1e-323 underflow
        .checkAssert(
            s -> {
              assertMatchesExact(
                  RegressionMetrics.report(s.actual(), s.predicted()),
                  new Exact(s.actual(), s.predicted(), null),
                  s);
              assertMatchesExact(
                  RegressionMetrics.report(s.actual(), s.predicted(), s.weights()),
                  new Exact(s.actual(), s.predicted(), s.weights()),
                  s + " weighted");
            });
  }

  @Test
  void r2AndExplainedVarianceNearZeroKeepTheirRelativePrecision() {
    // Predictions built so that R² lands anywhere in ±1e-3 down to ±1e-11: 1 − SS_res/SS_tot in
    // doubles would keep only ~1e-16/|R²| relative precision there.
    qt().withFixedSeed(44L)
        .withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              int n = 1 + random.nextInt(3000);
              double offset = random.nextBoolean() ? 0 : 1e9;
              double target = Math.copySign(Math.pow(10, -3 - 8 * random.nextDouble()), seed);
              double[] y = new double[n];
              double[] z = new double[n];
              double mean = 0;
              for (int i = 0; i < n; i++) {
                y[i] = offset + random.nextGaussian();
                z[i] = random.nextGaussian();
                mean += (y[i] - offset) / n;
              }
              double ssTot = 0;
              double zz = 0;
              for (int i = 0; i < n; i++) {
                ssTot += (y[i] - offset - mean) * (y[i] - offset - mean);
                zz += z[i] * z[i];
              }
              // ŷ = y + t·z with t²·Σz² ≈ SS_tot·(1 − target): R² ≈ target (rounding moves it).
              double t = Math.sqrt(ssTot * (1 - target) / zz);
              double[] p = new double[n];
              for (int i = 0; i < n; i++) {
                p[i] = y[i] + t * z[i];
              }
              Exact e = new Exact(y, p, null);
              RegressionReport r = RegressionMetrics.report(y, p);
              String what = "n=" + n + " offset=" + offset + " seed=" + seed;
              if (Math.abs(e.r2) >= 1e-12) {
                check("r2", e.r2, r.r2(), what);
                assertThat(RegressionMetrics.r2(y, p)).isEqualTo(r.r2());
              }
              if (Math.abs(e.explainedVariance) >= 1e-12) {
                check("explained variance", e.explainedVariance, r.explainedVariance(), what);
              }
            });
  }

  @Test
  void largeOffsetDataKeepsEveryDigit() {
    // Values 1e9 + k·1e-6: spread 1e-2 on an offset 1e9; the textbook Σy² − n·ȳ² loses all digits.
    qt().withFixedSeed(42L)
        .withExamples(4)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Pairs s = Samples.pairs(20_000, Style.OFFSET_1E9, seed);
              assertMatchesExact(
                  RegressionMetrics.report(s.actual(), s.predicted()),
                  new Exact(s.actual(), s.predicted(), null),
                  s);
            });
  }

  @Test
  void agreesWithCommonsMath() {
    qt().withFixedSeed(43L)
        .forAll(Samples.pairs(Style.UNIT))
        .checkAssert(
            s -> {
              double[] y = s.actual();
              double[] p = s.predicted();
              double[] w = s.weights();
              int n = y.length;
              double[] d = new double[n];
              double[] abs = new double[n];
              for (int i = 0; i < n; i++) {
                d[i] = y[i] - p[i];
                abs[i] = Math.abs(d[i]);
              }
              Variance population = new Variance(false);
              RegressionReport r = RegressionMetrics.report(y, p);
              assertThat(Samples.close(new Median().evaluate(abs), r.medianAbsoluteError(), REL))
                  .isTrue();
              if (n > 1) {
                double varY = population.evaluate(y);
                double varD = population.evaluate(d);
                assertThat(Samples.close(1 - varD / varY, r.explainedVariance(), 1e-10)).isTrue();
                double sse = Arrays.stream(d).map(v -> v * v).sum();
                assertThat(Samples.close(1 - sse / (n * varY), r.r2(), 1e-10)).isTrue();
              }
              // Weighted: Commons Math's weighted mean and (biased) weighted variance.
              RegressionReport rw = RegressionMetrics.report(y, p, w);
              double[] sq = Arrays.stream(d).map(v -> v * v).toArray();
              double mseW = new Mean().evaluate(sq, w);
              assertThat(Samples.close(mseW, rw.meanSquaredError(), 1e-10)).isTrue();
              assertThat(Samples.close(new Mean().evaluate(abs, w), rw.meanAbsoluteError(), 1e-10))
                  .isTrue();
              double varYw = population.evaluate(y, w);
              if (varYw > 1e-9) {
                assertThat(Samples.close(1 - mseW / varYw, rw.r2(), 1e-9)).as("%s", s).isTrue();
                assertThat(
                        Samples.close(
                            1 - population.evaluate(d, w) / varYw, rw.explainedVariance(), 1e-9))
                    .isTrue();
              }
            });
  }

  @Test
  void tenMillionRowsNearOneBillionAreExact() {
    // Dyadic values 1e9 + k/1024 with errors j/1024 (k, j small integers) are exact doubles, and
    // so are their differences, so exact references come from integer arithmetic on k and j.
    int n = 10_000_000;
    SplittableRandom r = new SplittableRandom(44);
    double[] y = new double[n];
    double[] p = new double[n];
    long sumK = 0;
    long sumK2 = 0;
    long sumJ = 0;
    long sumJ2 = 0;
    long sumAbsJ = 0;
    int[] histogram = new int[2049];
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(65_536);
      int j = r.nextInt(-1024, 1025);
      y[i] = 1e9 + k / 1024.0;
      p[i] = y[i] - j / 1024.0;
      sumK += k;
      sumK2 += (long) k * k;
      sumJ += j;
      sumJ2 += (long) j * j;
      sumAbsJ += Math.abs(j);
      histogram[Math.abs(j)]++;
    }
    RegressionReport report = RegressionMetrics.report(y, p);
    BigDecimal scale = BigDecimal.valueOf(1024);
    BigDecimal bn = BigDecimal.valueOf(n);
    // SS_tot = (n·ΣK² − (ΣK)²)/n / 1024², likewise for the errors.
    BigDecimal ssTot =
        bn.multiply(BigDecimal.valueOf(sumK2))
            .subtract(BigDecimal.valueOf(sumK).pow(2))
            .divide(bn.multiply(scale.pow(2)), MC);
    BigDecimal ssD =
        bn.multiply(BigDecimal.valueOf(sumJ2))
            .subtract(BigDecimal.valueOf(sumJ).pow(2))
            .divide(bn.multiply(scale.pow(2)), MC);
    BigDecimal sse = BigDecimal.valueOf(sumJ2).divide(scale.pow(2), MC);
    check("mse", sse.divide(bn, MC).doubleValue(), report.meanSquaredError(), "10M");
    check(
        "mae",
        BigDecimal.valueOf(sumAbsJ).divide(scale.multiply(bn), MC).doubleValue(),
        report.meanAbsoluteError(),
        "10M");
    check("1-r2", sse.divide(ssTot, MC).doubleValue(), 1 - report.r2(), "10M");
    check("1-ev", ssD.divide(ssTot, MC).doubleValue(), 1 - report.explainedVariance(), "10M");
    check(
        "baseline",
        ssTot.divide(bn, MC).sqrt(MC).doubleValue(),
        report.baselineRootMeanSquaredError(),
        "10M");
    // The median of |j|/1024 from the histogram: both middle ranks n/2 and n/2 + 1.
    assertThat(report.medianAbsoluteError())
        .isEqualTo(rank(histogram, n / 2) / 1024.0 / 2 + rank(histogram, n / 2 + 1) / 1024.0 / 2);
    // Split in two accumulators and merged: the same figures.
    RegressionAccumulator first =
        RegressionAccumulator.create().addAll(Arrays.copyOf(y, n / 3), Arrays.copyOf(p, n / 3));
    RegressionAccumulator second =
        RegressionAccumulator.create()
            .addAll(Arrays.copyOfRange(y, n / 3, n), Arrays.copyOfRange(p, n / 3, n));
    RegressionPropertiesTest.assertFiguresClose(
        report, second.merge(first).snapshot(), "10M merged");
  }

  /** The value of 1-based rank {@code rank} in a histogram of small integers. */
  private static int rank(int[] histogram, int rank) {
    int seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen >= rank) {
        return v;
      }
    }
    throw new AssertionError();
  }
}
