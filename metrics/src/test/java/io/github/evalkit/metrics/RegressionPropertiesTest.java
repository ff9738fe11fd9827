package io.github.evalkit.metrics;

import static io.github.evalkit.metrics.Samples.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.evalkit.metrics.Samples.Style;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Laws every regression report must obey, over samples that reach the numeric edges. */
class RegressionPropertiesTest {

  private static final double REL = 1e-12;

  @Test
  void rmseIsAtLeastMaeWhichIsAtLeastZero() {
    qt().withFixedSeed(11L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              RegressionReport r = RegressionMetrics.report(s.actual(), s.predicted());
              assertThat(r.meanAbsoluteError()).isGreaterThanOrEqualTo(0);
              // Squares of residuals below ~1e-154 underflow, so the law can only hold where they
              // do not (the SUBNORMAL style).
              if (s.style() != Style.SUBNORMAL) {
                assertThat(r.rootMeanSquaredError() * (1 + REL))
                    .as("%s", s)
                    .isGreaterThanOrEqualTo(r.meanAbsoluteError());
              }
              assertThat(r.maxError()).isGreaterThanOrEqualTo(r.medianAbsoluteError());
              assertThat(r.maxError() * (1 + REL)).isGreaterThanOrEqualTo(r.rootMeanSquaredError());
            });
  }

  @Test
  void rmseSquaredIsMse() {
    qt().withFixedSeed(12L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              RegressionReport r = RegressionMetrics.report(s.actual(), s.predicted());
              double rmse = r.rootMeanSquaredError();
              assertThat(close(r.meanSquaredError(), rmse * rmse, 4e-16)).as("%s", s).isTrue();
              // RMSE against exact arithmetic, where the exact MSE is a normal double: below that,
              // sqrt(MSE) inherits the few bits a subnormal MSE keeps.
              if (Exact.mseIsNormal(s.actual(), s.predicted())) {
                double exact = Exact.rmse(s.actual(), s.predicted());
                assertThat(close(exact, RegressionMetrics.rmse(s.actual(), s.predicted()), 1e-15))
                    .as("%s: exact %s, rmse %s", s, exact, rmse)
                    .isTrue();
                assertThat(close(exact, rmse, 1e-15))
                    .as("%s: exact %s, report %s", s, exact, rmse)
                    .isTrue();
              }
            });
  }

  @Test
  void figuresDoNotDependOnTheOrderOfPairs() {
    qt().withFixedSeed(13L)
        .forAll(Samples.pairs(), integers().all())
        .checkAssert(
            (s, seed) -> {
              int[] order = shuffled(s.n(), seed);
              double[] y = new double[s.n()];
              double[] p = new double[s.n()];
              double[] w = new double[s.n()];
              for (int i = 0; i < order.length; i++) {
                y[i] = s.actual()[order[i]];
                p[i] = s.predicted()[order[i]];
                w[i] = s.weights()[order[i]];
              }
              assertFiguresClose(
                  RegressionMetrics.report(s.actual(), s.predicted()),
                  RegressionMetrics.report(y, p),
                  s);
              assertFiguresClose(
                  RegressionMetrics.report(s.actual(), s.predicted(), s.weights()),
                  RegressionMetrics.report(y, p, w),
                  s);
            });
  }

  @Test
  void scalingBothArraysByCScalesRmseAndMaeByAbsC() {
    // Powers of two scale every double exactly, so the law holds to the last bit of rounding.
    qt().withFixedSeed(14L)
        .forAll(Samples.pairs(), integers().between(-20, 20), integers().between(0, 1))
        .assuming((s, e, neg) -> s.style() != Style.SUBNORMAL && s.style() != Style.WIDE_MAGNITUDES)
        .checkAssert(
            (s, exponent, negative) -> {
              double c = (negative == 1 ? -1 : 1) * Math.scalb(1.0, exponent);
              double[] y = Arrays.stream(s.actual()).map(v -> c * v).toArray();
              double[] p = Arrays.stream(s.predicted()).map(v -> c * v).toArray();
              RegressionReport before = RegressionMetrics.report(s.actual(), s.predicted());
              RegressionReport after = RegressionMetrics.report(y, p);
              assertThat(
                      close(
                          Math.abs(c) * before.rootMeanSquaredError(),
                          after.rootMeanSquaredError(),
                          REL))
                  .as("%s c=%s", s, c)
                  .isTrue();
              assertThat(
                      close(
                          Math.abs(c) * before.meanAbsoluteError(), after.meanAbsoluteError(), REL))
                  .as("%s c=%s", s, c)
                  .isTrue();
              assertThat(close(before.r2(), after.r2(), REL)).as("%s", s).isTrue();
            });
    // A general factor on ordinary data.
    qt().withFixedSeed(15L)
        .forAll(Samples.pairs(Style.UNIT), integers().between(1, 1000))
        .checkAssert(
            (s, k) -> {
              double c = -k / 7.0;
              double[] y = Arrays.stream(s.actual()).map(v -> c * v).toArray();
              double[] p = Arrays.stream(s.predicted()).map(v -> c * v).toArray();
              assertThat(RegressionMetrics.rmse(y, p))
                  .isCloseTo(
                      Math.abs(c) * RegressionMetrics.rmse(s.actual(), s.predicted()),
                      org.assertj.core.api.Assertions.withinPercentage(1e-10));
              assertThat(RegressionMetrics.mae(y, p))
                  .isCloseTo(
                      Math.abs(c) * RegressionMetrics.mae(s.actual(), s.predicted()),
                      org.assertj.core.api.Assertions.withinPercentage(1e-10));
            });
  }

  @Test
  void perfectPredictionsScoreZeroErrorAndOneR2() {
    qt().withFixedSeed(16L)
        .forAll(Samples.pairs(Style.PERFECT))
        .checkAssert(
            s -> {
              RegressionReport r = RegressionMetrics.report(s.actual(), s.predicted());
              assertThat(r.meanSquaredError()).isZero();
              assertThat(r.rootMeanSquaredError()).isZero();
              assertThat(r.meanAbsoluteError()).isZero();
              assertThat(r.maxError()).isZero();
              assertThat(r.medianAbsoluteError()).isZero();
              assertThat(r.meanAbsolutePercentageError()).isZero();
              if (s.n() > 1) {
                assertThat(r.r2()).isEqualTo(1.0);
                assertThat(r.explainedVariance()).isEqualTo(1.0);
                assertThat(r.warnings()).isEmpty();
              }
            });
  }

  @Test
  void unitWeightsEqualTheUnweightedResult() {
    qt().withFixedSeed(17L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              double[] ones = new double[s.n()];
              Arrays.fill(ones, 1.0);
              assertFiguresClose(
                  RegressionMetrics.report(s.actual(), s.predicted()),
                  RegressionMetrics.report(s.actual(), s.predicted(), ones),
                  s);
            });
  }

  @Test
  void undefinedFiguresAreNaNOnlyWithAWarning() {
    qt().withFixedSeed(18L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              RegressionReport r = RegressionMetrics.report(s.actual(), s.predicted(), s.weights());
              for (Map.Entry<String, Double> e : r.figures().entrySet()) {
                if (Double.isNaN(e.getValue())) {
                  assertThat(r.warnings())
                      .as("%s: %s is NaN", s, e.getKey())
                      .anyMatch(w -> w.metric().equals(e.getKey()));
                }
              }
              if (s.style() == Style.CONSTANT_ACTUAL) {
                assertThat(r.r2()).isNaN();
                assertThat(r.warnings()).extracting(MetricWarning::metric).contains("r2");
              }
            });
  }

  static void assertFiguresClose(RegressionReport expected, RegressionReport actual, Object what) {
    assertThat(actual.n()).isEqualTo(expected.n());
    for (Map.Entry<String, Double> e : expected.figures().entrySet()) {
      double got = actual.figures().get(e.getKey());
      // R² and explained variance are 1 − ratio: compare the ratios, whose relative error is what
      // the algorithms control.
      boolean oneMinus = e.getKey().equals("r2") || e.getKey().equals("explained_variance");
      if (oneMinus && underflowedWhereOnlyTheBatchRecomputes(e.getValue(), got, actual)) {
        continue;
      }
      double want = oneMinus ? 1 - e.getValue() : e.getValue();
      double have = oneMinus ? 1 - got : got;
      assertThat(close(want, have, REL))
          .as("%s: %s expected %s but was %s", what, e.getKey(), e.getValue(), got)
          .isTrue();
    }
  }

  /**
   * Whether a ratio is defined in the unweighted batch report but NaN in another whose SS_tot
   * underflowed: only the batch report, which holds the values, recomputes it on scaled values.
   */
  static boolean underflowedWhereOnlyTheBatchRecomputes(
      double batch, double other, RegressionReport otherReport) {
    return !Double.isNaN(batch)
        && Double.isNaN(other)
        && otherReport.totalSumOfSquares() < 0x1p-960;
  }

  static int[] shuffled(int n, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
