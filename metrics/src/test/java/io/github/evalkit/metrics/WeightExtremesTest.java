package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Weighted figures do not depend on the scale of the weights, down to subnormal weights and up to
 * weights whose sum overflows; and the weighted median follows its definition on the exact values
 * of the weights.
 */
class WeightExtremesTest {

  @Test
  void subnormalAndHugeWeightsGiveTheUnweightedFigures() {
    // One pair weighing 4.9e-324: the weighted MSE is that pair's squared error, 2.25.
    assertThat(RegressionMetrics.mse(new double[] {0}, new double[] {1.5}, new double[] {5e-324}))
        .isEqualTo(2.25);
    double[] tiny = {Double.MIN_VALUE, Double.MIN_VALUE};
    assertThat(RegressionMetrics.mae(new double[] {0, 0}, new double[] {1.5, 1.5}, tiny))
        .isEqualTo(1.5);
    // Σw = 2e308 overflows: the figures are still those of equal weights.
    double[] huge = {1e308, 1e308};
    assertThat(RegressionMetrics.mse(new double[] {0, 0}, new double[] {1, 1}, huge))
        .isEqualTo(1.0);
    double[] y = {1, 2, 4};
    double[] p = {2, 2, 3};
    double unweightedR2 = RegressionMetrics.r2(y, p);
    assertThat(RegressionMetrics.r2(y, p, new double[] {1e308, 1e308, 1e308}))
        .isCloseTo(unweightedR2, within(1e-15));
    assertThat(RegressionMetrics.r2(y, p, new double[] {5e-324, 5e-324, 5e-324}))
        .isCloseTo(unweightedR2, within(1e-15));
  }

  @Test
  void streamingPairsWithExtremeWeights() {
    // y = {1, 2}, p = {1, 3}: SSE = 1, SS_tot = 0.5, R² = -1 whatever the (equal) weights.
    for (double w : new double[] {1e155, 1e300, 1e-170, Double.MIN_VALUE, 1}) {
      RegressionReport r = RegressionAccumulator.create().add(1, 1, w).add(2, 3, w).snapshot();
      assertThat(r.r2()).as("w = %s", w).isCloseTo(-1.0, within(1e-15));
      assertThat(r.meanSquaredError()).as("w = %s", w).isCloseTo(0.5, within(1e-15));
      assertThat(r.warnings()).as("w = %s", w).isEmpty();
    }
    // y = {0, 1} against 0.5 each: R² = 0, not NaN with a false "all equal" warning.
    RegressionReport r =
        RegressionAccumulator.create().add(0, 0.5, 1e-170).add(1, 0.5, 1e-170).snapshot();
    assertThat(r.r2()).isEqualTo(0.0);
    assertThat(r.warnings()).isEmpty();
    // A far larger weight after tiny ones rescales what is held; unit pairs join the same scale.
    RegressionAccumulator mixed = RegressionAccumulator.create();
    mixed.add(5, 5, 1e-300).add(1, 2, 1e300).add(3, 1);
    RegressionReport m = mixed.snapshot();
    assertThat(m.meanSquaredError()).isCloseTo(1.0, within(1e-15)); // the 1e300 pair dominates
    assertThat(m.weightSum()).isCloseTo(1e300, within(1e285));
    // Integer weights stay integers, so they equal repeated pairs even for subnormal errors.
    double[] sub = {3 * Double.MIN_VALUE, 0};
    assertThat(RegressionMetrics.mae(sub, new double[2], new double[] {4, 1}))
        .isEqualTo(
            RegressionMetrics.mae(new double[] {sub[0], sub[0], sub[0], sub[0], 0}, new double[5]));
  }

  /** Every weighted figure, by name. */
  private static Map<String, Double> figures(double[] y, double[] p, double[] w) {
    return RegressionMetrics.report(y, p, w).figures();
  }

  @Test
  void workedFormulasOfWeightsBeyondTheDoubleRangeShowThemScaled() {
    // Σw = 3.5e308 overflows and Σw = 4e-320 has lost digits below the normal range; the worked
    // formulas show the sums with the weights scaled back near 1, where they redo to the value.
    double[] y = {1, 2, 4};
    double[] p = {1, 3, 2};
    RegressionReport huge = RegressionMetrics.report(y, p, new double[] {1e308, 1e308, 1.5e308});
    assertThat(huge.explanations().get(0).toString())
        .isEqualTo("mse = SSE/Σw, w scaled by 2^-1023 = 7.78776/3.89388 = 2.000");
    RegressionReport tiny = RegressionMetrics.report(y, p, new double[] {1e-320, 1e-320, 2e-320});
    for (RegressionReport r : new RegressionReport[] {huge, tiny}) {
      for (Explanation e : r.explanations()) {
        assertThat(e.substituted()).doesNotContain("Infinity");
        assertThat(WorkedExpressions.evaluate(e.substituted()).value())
            .as(e.toString())
            .isCloseTo(e.value(), within(5e-7));
      }
    }
  }

  @Test
  void oneWeightFarAboveTheOthersLeavesTheirSpreadExact() {
    // The pair weighing 2.28e25 pins the weighted mean; SS_tot = 225.74 is the spread of the two
    // pairs weighing 1 about it. A sum of squares about the rounded mean would add 2.28e25 times
    // the mean's rounding error squared (about 1e-5) to it. Exact values from Python's fractions
    // (scikit-learn 1.2.1's r2_score gives -2.239063530918897e+21 and explained_variance_score
    // 0.9905758404814633 here).
    double[] y = {5.908252063811158, 5.042246512460532, -6.79177088851823, -9.95748595208164};
    double[] p = {6.862336104912405, 4.893260064500357, -6.333253405035283, -9.152185469820598};
    double[] w = {1.0, 2.2771159034779914E25, 0.0, 1.0};
    RegressionReport r = RegressionMetrics.report(y, p, w);
    assertThat(r.r2()).isCloseTo(-2.2390635309188973e21, withinPercentage(1e-10));
    assertThat(r.explainedVariance()).isCloseTo(0.9905758404814633, within(1e-15));
    assertThat(r.baselineRootMeanSquaredError())
        .isCloseTo(3.148571484778866e-12, withinPercentage(1e-10));
    assertThat(r.totalSumOfSquares()).isCloseTo(225.7419396228105, withinPercentage(1e-10));
  }

  @Test
  void scalingTheWeightsByAPowerOfTwoChangesNoFigure() {
    qt().withFixedSeed(91L)
        .forAll(integers().between(1, 5000), integers().between(-1000, 1000), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double[] y = r.doubles(n, -1e3, 1e3).toArray();
              double[] p = r.doubles(n, -1e3, 1e3).toArray();
              double[] w = r.doubles(n, 0.1, 3).toArray();
              double[] scaled = w.clone();
              for (int i = 0; i < n; i++) {
                scaled[i] = Math.scalb(w[i], k);
              }
              assertSameFigures(figures(y, p, scaled), figures(y, p, w));
              RegressionAccumulator a = RegressionAccumulator.create();
              RegressionAccumulator b = RegressionAccumulator.create();
              for (int i = 0; i < n; i++) {
                a.add(y[i], p[i], w[i]);
                b.add(y[i], p[i], scaled[i]);
              }
              assertSameFigures(b.snapshot().figures(), a.snapshot().figures());
              assertThat(b.snapshot().weightSum())
                  .isCloseTo(Math.scalb(a.snapshot().weightSum(), k), withinPercentage(1e-10));
              // The single-figure functions agree to rounding.
              double mse = RegressionMetrics.mse(y, p, w);
              assertThat(RegressionMetrics.mse(y, p, scaled)).isCloseTo(mse, within(1e-12 * mse));
              double mae = RegressionMetrics.mae(y, p, w);
              assertThat(RegressionMetrics.mae(y, p, scaled)).isCloseTo(mae, within(1e-12 * mae));
            });
  }

  /** The same figures to a relative 1e-12 (of 1 − R² for the ratios, as documented). */
  private static void assertSameFigures(Map<String, Double> got, Map<String, Double> want) {
    assertThat(got.keySet()).isEqualTo(want.keySet());
    for (String figure : want.keySet()) {
      double g = got.get(figure);
      double e = want.get(figure);
      if (figure.equals("r2") || figure.equals("explained_variance")) {
        g = 1 - g; // relative precision of 1 − R², as the accumulator documents
        e = 1 - e;
      }
      assertThat(Samples.close(e, g, 1e-12)).as("%s: %s vs %s", figure, g, e).isTrue();
    }
  }

  @Test
  void weightedMedianFollowsItsDefinitionOnTheExactWeights() {
    // Sorted: 0 (0.2), 1 (0.1), 1 (0.1), 3 (0.3), 4 (0.7). In binary the weight up to 3 exceeds
    // half the total by 2.8e-17, so 3 is both the lower and the upper weighted median.
    double[] values = {1, 0, 4, 3, 1};
    double[] weights = {0.1, 0.2, 0.7, 0.3, 0.1};
    assertThat(Selection.weightedMedian(values.clone(), weights.clone(), 5)).isEqualTo(3.0);
    qt().withFixedSeed(92L)
        .forAll(integers().between(1, 200), integers().between(1, 20), longs().all())
        .checkAssert(
            (n, distinct, seed) -> {
              SplittableRandom r = new SplittableRandom(seed);
              double[] v = r.ints(n, 0, distinct).asDoubleStream().toArray();
              // Decimal weights (one digit), whose binary values rarely add up exactly.
              double[] w = r.ints(n, 0, 10).mapToDouble(i -> i / 10.0).toArray();
              w[r.nextInt(n)] = 0.7;
              assertThat(Selection.weightedMedian(v.clone(), w.clone(), n))
                  .as("%s %s", Arrays.toString(v), Arrays.toString(w))
                  .isEqualTo(exactWeightedMedian(v, w));
            });
  }

  /**
   * numpy's averaged inverted CDF on the exact (binary) values of the weights: the mean of the
   * smallest x with W(≤ x) ≥ W/2 and the largest x with W(≥ x) ≥ W/2.
   */
  private static double exactWeightedMedian(double[] v, double[] w) {
    BigDecimal total = BigDecimal.ZERO;
    for (double x : w) {
      total = total.add(new BigDecimal(x));
    }
    BigDecimal half = total.divide(BigDecimal.valueOf(2), MathContext.UNLIMITED);
    double[] distinct = Arrays.stream(v).distinct().sorted().toArray();
    double lower = Double.NaN;
    double upper = Double.NaN;
    for (double x : distinct) {
      BigDecimal atMost = BigDecimal.ZERO;
      BigDecimal atLeast = BigDecimal.ZERO;
      for (int i = 0; i < v.length; i++) {
        if (v[i] <= x) {
          atMost = atMost.add(new BigDecimal(w[i]));
        }
        if (v[i] >= x) {
          atLeast = atLeast.add(new BigDecimal(w[i]));
        }
      }
      if (Double.isNaN(lower) && atMost.compareTo(half) >= 0) {
        lower = x;
      }
      if (atLeast.compareTo(half) >= 0) {
        upper = x;
      }
    }
    return lower + (upper - lower) / 2;
  }

  @Test
  void anAccumulatorThatKeepsResidualsRefusesOneThatDoesNotEvenWhenEmpty() {
    RegressionAccumulator keeping = RegressionAccumulator.create().add(1, 2);
    assertThatThrownBy(() -> keeping.merge(RegressionAccumulator.withoutMedian()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keeps no residuals");
    assertThat(keeping.count()).isEqualTo(1);
  }
}
