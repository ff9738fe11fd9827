package io.github.evalkit.metrics;

import static io.github.evalkit.metrics.Samples.close;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.Samples.Style;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Algebraic laws of the regression figures: the bounds and identities of R² and explained variance,
 * their invariance under shifts, MAPE's invariance under scaling, max error against exact
 * arithmetic, the static methods against the report, and integer weights against repeated rows.
 */
class RegressionLawsTest {

  private static final double REL = 1e-12;

  /** How the values of a {@link #gridPairs()} sample are drawn. */
  enum GridStyle {
    SPREAD,
    TIES,
    SIGNED_ZEROS,
    CONSTANT_ACTUAL,
    PERFECT
  }

  /**
   * Pairs on the grid of multiples of 2⁻¹⁰ below 2²⁰ in magnitude: shifting them by another
   * multiple of 2⁻¹⁰ below 2³⁰ is exact in doubles, so a shift law can be held to the algorithms'
   * own rounding.
   */
  record GridPairs(double[] actual, double[] predicted, GridStyle style, long seed) {
    @Override
    public String toString() {
      return "GridPairs[n=" + actual.length + ", style=" + style + ", seed=" + seed + "]";
    }
  }

  private static final double GRID = 0x1p-10;

  static Gen<GridPairs> gridPairs() {
    return Samples.lengths()
        .zip(
            Generate.enumValues(GridStyle.class),
            longs().all(),
            (n, style, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double[] y = new double[n];
              double[] p = new double[n];
              for (int i = 0; i < n; i++) {
                switch (style) {
                  case SPREAD:
                    y[i] = r.nextInt(-(1 << 30), 1 << 30) * GRID;
                    p[i] = y[i] + r.nextInt(-(1 << 20), 1 << 20) * GRID;
                    break;
                  case TIES:
                    y[i] = r.nextInt(4);
                    p[i] = r.nextInt(4);
                    break;
                  case SIGNED_ZEROS:
                    y[i] = new double[] {-0.0, 0.0, 1.0, -1.0}[r.nextInt(4)];
                    p[i] = new double[] {-0.0, 0.0, 1.0, -1.0}[r.nextInt(4)];
                    break;
                  case CONSTANT_ACTUAL:
                    y[i] = 42.5;
                    p[i] = 42.5 + r.nextInt(-2048, 2048) * GRID;
                    break;
                  default:
                    y[i] = r.nextInt(-(1 << 20), 1 << 20) * GRID;
                    p[i] = y[i];
                    break;
                }
              }
              return new GridPairs(y, p, style, seed);
            });
  }

  /** A shift on the grid, at most 1e3 times the largest magnitude of the sample (or 1). */
  private static double gridShift(double[] y, double[] p, long seed) {
    double scale = 1;
    for (int i = 0; i < y.length; i++) {
      scale = Math.max(scale, Math.max(Math.abs(y[i]), Math.abs(p[i])));
    }
    long steps = (long) Math.min(1e3 * scale / GRID, 0x1p39);
    return new SplittableRandom(seed).nextLong(-steps, steps + 1) * GRID;
  }

  private static double[] plus(double[] values, double b) {
    return Arrays.stream(values).map(v -> v + b).toArray();
  }

  private static void assertSameWithin(double expected, double actual, double tolerance, Object s) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      assertThat(actual).as("%s: %s vs %s", s, expected, actual).isNaN();
      assertThat(expected).as("%s: %s vs %s", s, expected, actual).isNaN();
    } else {
      assertThat(Math.abs(expected - actual))
          .as("%s: %s vs %s", s, expected, actual)
          .isLessThanOrEqualTo(tolerance);
    }
  }

  // ------------------------------------------------------------------ R² and explained variance

  @Test
  void r2IsAtMostOneAndExplainedVarianceAtLeastR2() {
    qt().withFixedSeed(101L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              for (RegressionReport r :
                  new RegressionReport[] {
                    RegressionMetrics.report(s.actual(), s.predicted()),
                    RegressionMetrics.report(s.actual(), s.predicted(), s.weights())
                  }) {
                if (!Double.isNaN(r.r2())) {
                  assertThat(r.r2()).as("%s", s).isLessThanOrEqualTo(1.0);
                  assertThat(r.explainedVariance())
                      .as("%s", s)
                      .isGreaterThanOrEqualTo(r.r2() - 1e-15);
                }
              }
            });
  }

  @Test
  void r2IsOneMinusMseOverTheBaselineMse() {
    // baseline_rmse² = SS_tot/Σw and MSE = SSE/Σw, so their ratio is SSE/SS_tot = 1 − R². The
    // ratio is what both sides compute to a few roundings, so it is compared, not R² itself (which
    // is small, and relatively less precise, near 0). Subnormal data have a subnormal baseline
    // RMSE,
    // whose square keeps only a few bits, so they are left out.
    qt().withFixedSeed(102L)
        .forAll(Samples.pairs())
        .assuming(s -> s.style() != Style.SUBNORMAL)
        .checkAssert(
            s -> {
              for (RegressionReport r :
                  new RegressionReport[] {
                    RegressionMetrics.report(s.actual(), s.predicted()),
                    RegressionMetrics.report(s.actual(), s.predicted(), s.weights())
                  }) {
                if (Double.isNaN(r.r2())) {
                  assertThat(r.baselineRootMeanSquaredError()).as("%s", s).isZero();
                  continue;
                }
                double baseline = r.baselineRootMeanSquaredError();
                double ratio = r.meanSquaredError() / (baseline * baseline);
                assertThat(close(1 - r.r2(), ratio, REL))
                    .as("%s: r2 %s, mse %s, baseline %s", s, r.r2(), r.meanSquaredError(), baseline)
                    .isTrue();
              }
            });
  }

  @Test
  void shiftingActualAndPredictedTogetherChangesNeitherR2NorExplainedVariance() {
    // On the grid the shift is exact, so only the algorithms' rounding can differ.
    qt().withFixedSeed(103L)
        .forAll(gridPairs(), longs().all())
        .checkAssert(
            (s, seed) -> {
              double b = gridShift(s.actual(), s.predicted(), seed);
              double[] y = plus(s.actual(), b);
              double[] p = plus(s.predicted(), b);
              RegressionReport before = RegressionMetrics.report(s.actual(), s.predicted());
              RegressionReport after = RegressionMetrics.report(y, p);
              String what = s + " b=" + b;
              assertSameWithin(before.r2(), after.r2(), REL, what);
              assertSameWithin(before.explainedVariance(), after.explainedVariance(), REL, what);
            });
    // On real-valued data a shift up to 1e3 times the data's magnitude rounds each value by up to
    // ulp(1e3·scale), which moves R² by far less than 1e-12.
    qt().withFixedSeed(104L)
        .forAll(Samples.pairs(Style.UNIT), integers().between(-1000, 1000), longs().all())
        .checkAssert(
            (s, k, seed) -> {
              double scale = 0;
              for (int i = 0; i < s.n(); i++) {
                scale = Math.max(scale, Math.abs(s.actual()[i]));
              }
              double b = k * scale * new SplittableRandom(seed).nextDouble();
              RegressionReport before = RegressionMetrics.report(s.actual(), s.predicted());
              RegressionReport after =
                  RegressionMetrics.report(plus(s.actual(), b), plus(s.predicted(), b));
              String what = s + " b=" + b;
              assertSameWithin(before.r2(), after.r2(), REL, what);
              assertSameWithin(before.explainedVariance(), after.explainedVariance(), REL, what);
            });
  }

  @Test
  void shiftingOnlyThePredictionsKeepsTheExplainedVariance() {
    qt().withFixedSeed(105L)
        .forAll(gridPairs(), longs().all())
        .checkAssert(
            (s, seed) -> {
              double c = gridShift(s.actual(), s.predicted(), seed);
              double[] p = plus(s.predicted(), c);
              String what = s + " c=" + c;
              assertSameWithin(
                  RegressionMetrics.explainedVariance(s.actual(), s.predicted()),
                  RegressionMetrics.explainedVariance(s.actual(), p),
                  REL,
                  what);
              RegressionReport before = RegressionMetrics.report(s.actual(), s.predicted());
              RegressionReport after = RegressionMetrics.report(s.actual(), p);
              assertSameWithin(before.explainedVariance(), after.explainedVariance(), REL, what);
            });
  }

  @Test
  void explainedVarianceEqualsR2WhenTheErrorsSumToZero() {
    // Residuals come in ± pairs (plus a 0 for odd n) on the grid, so p = y − e is exact and Σe = 0
    // exactly; then Var(e) = mean(e²) and EV = R². Both are 1 − (sum)/SS_tot with sums rounded a
    // few times, so the tolerance grows with the ratio.
    qt().withFixedSeed(106L)
        .forAll(Samples.lengths(), integers().between(0, 3), longs().all())
        .checkAssert(
            (n, style, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double[] y = new double[n];
              double[] e = new double[n];
              for (int i = 0; i + 1 < n; i += 2) {
                double v = (style == 0 ? r.nextInt(4) : r.nextInt(-(1 << 20), 1 << 20)) * GRID;
                e[i] = v;
                e[i + 1] = -v; // v = 0 gives the pair (0, −0)
              }
              for (int i = 0; i < n; i++) {
                y[i] =
                    style == 2
                        ? new double[] {-0.0, 0.0, 1.0, -1.0}[r.nextInt(4)]
                        : r.nextInt(-(1 << 24), 1 << 24) * GRID;
              }
              // Shuffle the residuals so that the ± partners are not neighbours.
              int[] order = RegressionPropertiesTest.shuffled(n, seed);
              double[] p = new double[n];
              for (int i = 0; i < n; i++) {
                p[i] = y[i] - e[order[i]];
              }
              RegressionReport rep = RegressionMetrics.report(y, p);
              String what = "n=" + n + " style=" + style + " seed=" + seed;
              assertSameWithin(
                  rep.r2(), rep.explainedVariance(), REL * Math.max(1, 1 - rep.r2()), what);
              double[] w = new double[n];
              Arrays.fill(w, 3.0);
              RegressionReport weighted = RegressionMetrics.report(y, p, w);
              assertSameWithin(
                  weighted.r2(),
                  weighted.explainedVariance(),
                  REL * Math.max(1, 1 - weighted.r2()),
                  what);
            });
  }

  @Test
  void mapeDoesNotChangeWhenBothArraysAreScaledByAPowerOfTwo() {
    // |y·2^k| ≥ 1e-3·2⁻³⁰ ≈ 1e-12 keeps the MAPE guard eps = 2.2e-16 out of play, and every value,
    // difference and ratio stays normal, so each ratio is the same double.
    qt().withFixedSeed(107L)
        .forAll(Samples.lengths(), integers().between(-30, 100), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double[] y = new double[n];
              double[] p = new double[n];
              double[] w = new double[n];
              for (int i = 0; i < n; i++) {
                y[i] = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-3, 3));
                p[i] = r.nextInt(5) == 0 ? y[i] : y[i] * (1 + r.nextGaussian());
                w[i] = r.nextDouble(0.1, 1e6);
              }
              double f = Math.scalb(1.0, k);
              double[] ys = Arrays.stream(y).map(v -> v * f).toArray();
              double[] ps = Arrays.stream(p).map(v -> v * f).toArray();
              String what = "n=" + n + " k=" + k + " seed=" + seed;
              assertThat(RegressionMetrics.mape(ys, ps))
                  .as(what)
                  .isEqualTo(RegressionMetrics.mape(y, p));
              assertThat(RegressionMetrics.mape(ys, ps, w))
                  .as(what)
                  .isEqualTo(RegressionMetrics.mape(y, p, w));
              assertThat(RegressionMetrics.report(ys, ps).meanAbsolutePercentageError())
                  .as(what)
                  .isEqualTo(RegressionMetrics.report(y, p).meanAbsolutePercentageError());
            });
  }

  // ------------------------------------------------------------------ max error

  @Test
  void maxErrorIsTheRoundedExactLargestDifferenceAndIgnoresWeights() {
    qt().withFixedSeed(108L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              BigDecimal max = BigDecimal.ZERO;
              for (int i = 0; i < s.n(); i++) {
                BigDecimal d =
                    new BigDecimal(s.actual()[i]).subtract(new BigDecimal(s.predicted()[i])).abs();
                max = max.max(d);
              }
              double exact = max.doubleValue();
              RegressionReport plain = RegressionMetrics.report(s.actual(), s.predicted());
              assertThat(plain.maxError()).as("%s", s).isEqualTo(exact);
              assertThat(RegressionMetrics.maxError(s.actual(), s.predicted()))
                  .as("%s", s)
                  .isEqualTo(exact);
              double[] positive = Arrays.stream(s.weights()).map(w -> w + 0.5).toArray();
              assertThat(RegressionMetrics.report(s.actual(), s.predicted(), positive).maxError())
                  .as("%s", s)
                  .isEqualTo(plain.maxError());
            });
  }

  // ------------------------------------------------------------------ static methods vs report

  private static void assertWithinTwoUlps(double expected, double actual, String what) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      assertThat(actual).as(what).isNaN();
      assertThat(expected).as(what).isNaN();
      return;
    }
    double ulp = Math.ulp(Math.max(Math.abs(expected), Math.abs(actual)));
    assertThat(Math.abs(expected - actual))
        .as("%s: report %s, static %s", what, expected, actual)
        .isLessThanOrEqualTo(2 * ulp);
  }

  @Test
  void everyStaticMethodAgreesWithTheReport() {
    qt().withFixedSeed(109L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              double[] y = s.actual();
              double[] p = s.predicted();
              double[] w = s.weights();
              RegressionReport r = RegressionMetrics.report(y, p);
              RegressionReport rw = RegressionMetrics.report(y, p, w);
              Map<String, double[]> pairs =
                  Map.of(
                      "mse",
                      new double[] {
                        r.meanSquaredError(),
                        RegressionMetrics.mse(y, p),
                        rw.meanSquaredError(),
                        RegressionMetrics.mse(y, p, w)
                      },
                      "rmse",
                      new double[] {
                        r.rootMeanSquaredError(),
                        RegressionMetrics.rmse(y, p),
                        rw.rootMeanSquaredError(),
                        RegressionMetrics.rmse(y, p, w)
                      },
                      "mae",
                      new double[] {
                        r.meanAbsoluteError(),
                        RegressionMetrics.mae(y, p),
                        rw.meanAbsoluteError(),
                        RegressionMetrics.mae(y, p, w)
                      },
                      "r2",
                      new double[] {
                        r.r2(), RegressionMetrics.r2(y, p), rw.r2(), RegressionMetrics.r2(y, p, w)
                      },
                      "explained_variance",
                      new double[] {
                        r.explainedVariance(),
                        RegressionMetrics.explainedVariance(y, p),
                        rw.explainedVariance(),
                        RegressionMetrics.explainedVariance(y, p, w)
                      },
                      "max_error",
                      new double[] {
                        r.maxError(), RegressionMetrics.maxError(y, p), rw.maxError(), r.maxError()
                      },
                      "median_absolute_error",
                      new double[] {
                        r.medianAbsoluteError(),
                        RegressionMetrics.medianAbsoluteError(y, p),
                        rw.medianAbsoluteError(),
                        RegressionMetrics.medianAbsoluteError(y, p, w)
                      },
                      "mape",
                      new double[] {
                        r.meanAbsolutePercentageError(),
                        RegressionMetrics.mape(y, p),
                        rw.meanAbsolutePercentageError(),
                        RegressionMetrics.mape(y, p, w)
                      });
              for (Map.Entry<String, double[]> e : pairs.entrySet()) {
                double[] v = e.getValue();
                assertWithinTwoUlps(v[0], v[1], s + " " + e.getKey());
                assertWithinTwoUlps(v[2], v[3], s + " weighted " + e.getKey());
              }
            });
  }

  // ------------------------------------------------------------------ integer weights

  @Test
  void integerWeightsEqualRepeatedRows() {
    qt().withFixedSeed(110L)
        .forAll(Samples.pairs(), longs().all())
        .checkAssert(
            (s, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              int n = s.n();
              double[] w = new double[n];
              int total = 0;
              for (int i = 0; i < n; i++) {
                w[i] = 1 + r.nextInt(4);
                total += (int) w[i];
              }
              double[] y = new double[total];
              double[] p = new double[total];
              int at = 0;
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < (int) w[i]; j++) {
                  y[at] = s.actual()[i];
                  p[at] = s.predicted()[i];
                  at++;
                }
              }
              RegressionReport weighted = RegressionMetrics.report(s.actual(), s.predicted(), w);
              RegressionReport repeated = RegressionMetrics.report(y, p);
              assertThat(weighted.weightSum()).isEqualTo(total);
              for (Map.Entry<String, Double> e : repeated.figures().entrySet()) {
                double want = e.getValue();
                double got = weighted.figures().get(e.getKey());
                // R² and EV are 1 − ratio, and the weighted report computes them without the
                // unweighted one's double-double refinement near 0 (see RegressionReport.r2), so
                // their ratios are compared.
                boolean oneMinus =
                    e.getKey().equals("r2") || e.getKey().equals("explained_variance");
                if (oneMinus
                    && RegressionPropertiesTest.underflowedWhereOnlyTheBatchRecomputes(
                        want, got, weighted)) {
                  continue;
                }
                ToDoubleFunction<Double> form = v -> oneMinus ? 1 - v : v;
                assertThat(close(form.applyAsDouble(want), form.applyAsDouble(got), REL))
                    .as("%s %s: repeated %s, weighted %s", s, e.getKey(), want, got)
                    .isTrue();
              }
            });
  }
}
