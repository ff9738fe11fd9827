package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.MathArrays;
import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

  @Test
  void handWorkedRmse() {
    // errors 0.5, -0.5, 0, -1 -> squares 0.25 + 0.25 + 0 + 1 = 1.5; mse = 0.375
    // sklearn.metrics.mean_squared_error([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) == 0.375
    double[] actual = {3, -0.5, 2, 7};
    double[] predicted = {2.5, 0.0, 2, 8};
    assertThat(RegressionMetrics.mse(actual, predicted)).isEqualTo(0.375);
    assertThat(RegressionMetrics.rmse(actual, predicted)).isEqualTo(Math.sqrt(0.375));
  }

  @Test
  void undefinedR2WithWeightsSaysThatTheValuesOfPositiveWeightAreEqual() {
    // The actual values 1, 1, 5 are not all equal, but 5 weighs 0: weighted SS_tot = 0.
    // (scikit-learn 1.2.1: r2_score([1, 1, 5], [1, 2, 3], sample_weight=[1, 1, 0]) is 0.0 by
    // force_finite; evalkit reports NaN with a warning, as for unweighted constant values.)
    RegressionReport r =
        RegressionMetrics.report(
            new double[] {1, 1, 5}, new double[] {1, 2, 3}, new double[] {1, 1, 0});
    assertThat(r.r2()).isNaN();
    assertThat(r.warnings())
        .extracting(MetricWarning::message)
        .containsExactly(
            "r2 is undefined: the actual values of positive weight are all equal (SS_tot = 0)",
            "explained_variance is undefined: the actual values of positive weight are all equal"
                + " (Var(y) = 0)");
    assertThat(RegressionMetrics.report(new double[] {1, 1}, new double[] {1, 2}).warnings())
        .extracting(MetricWarning::message)
        .startsWith("r2 is undefined: the actual values are all equal (SS_tot = 0)");
  }

  @Test
  void squaresBeyondTheDoubleRangeAreInfiniteButRootsAndRatiosOfThemAreNot() {
    // Finite inputs whose squared errors and SS_tot both overflow: SSE = 8e400, SS_tot = 2e400.
    double[] actual = {1e200, -1e200, 0};
    double[] predicted = {-1e200, 1e200, 0};
    RegressionReport r = RegressionMetrics.report(actual, predicted);
    assertThat(r.meanSquaredError()).isEqualTo(Double.POSITIVE_INFINITY); // 2.67e400
    assertThat(r.sumOfSquaredErrors()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.rootMeanSquaredError()).isCloseTo(Math.sqrt(8.0 / 3) * 1e200, within(1e185));
    assertThat(r.baselineRootMeanSquaredError())
        .isCloseTo(Math.sqrt(2.0 / 3) * 1e200, within(1e185));
    assertThat(r.meanAbsoluteError()).isCloseTo(4e200 / 3, within(1e186));
    // 1 − 8e400/2e400, and the residuals have mean 0, so explained variance is the same.
    assertThat(r.r2()).isEqualTo(-3.0);
    assertThat(r.explainedVariance()).isEqualTo(-3.0);
    assertThat(r.warnings()).isEmpty();
    assertThat(RegressionMetrics.r2(actual, predicted)).isEqualTo(-3.0);

    // A weighted report keeps no inputs to scale: its ratios are undefined, with a warning.
    RegressionReport weighted = RegressionMetrics.report(actual, predicted, new double[] {1, 1, 1});
    assertThat(weighted.r2()).isNaN();
    assertThat(weighted.explainedVariance()).isNaN();
    assertThat(weighted.warnings())
        .extracting(MetricWarning::metric)
        .contains("r2", "explained_variance");
    assertThat(weighted.warnings().get(0).message())
        .isEqualTo(
            "r2 is undefined: its sums of squares exceed the largest double (about 1.8e308)");
  }

  @Test
  void onlyTheTotalSumOfSquaresOverflowing() {
    // SS_tot = 2e308 overflows, SSE = 7.2e307 does not: a plain 1 − SSE/SS_tot would be 1.0
    // (scikit-learn's r2_score says 1.0 here); the scaled values give 1 − 0.36 = 0.64.
    double[] actual = {1e154, -1e154};
    double[] predicted = {0.4e154, -0.4e154};
    assertThat(RegressionMetrics.r2(actual, predicted)).isCloseTo(0.64, within(1e-15));
    assertThat(RegressionMetrics.explainedVariance(actual, predicted))
        .isCloseTo(0.64, within(1e-15));
    // The same pairs scaled down by 2^600 give the same ratios without any overflow.
    double[] ys = {Math.scalb(1e154, -600), Math.scalb(-1e154, -600)};
    double[] ps = {Math.scalb(0.4e154, -600), Math.scalb(-0.4e154, -600)};
    assertThat(RegressionMetrics.r2(actual, predicted)).isEqualTo(RegressionMetrics.r2(ys, ps));
    // Streaming snapshots hold no inputs: undefined, never 1.0.
    RegressionAccumulator acc = RegressionAccumulator.withoutMedian();
    acc.add(1e154, 0.4e154).add(-1e154, -0.4e154);
    assertThat(acc.snapshot().r2()).isNaN();
    assertThat(acc.snapshot().warnings()).extracting(MetricWarning::metric).contains("r2");
  }

  @Test
  void valuesWhoseSquaresUnderflowAreNotTakenForEqualValues() {
    // The {1e154, −1e154} pairs scaled down by 2^1500: every square vanishes below the smallest
    // double, so SS_tot = 0 in plain doubles, yet the actual values differ and R² is 0.64.
    double[] actual = {Math.scalb(1e154, -1500), Math.scalb(-1e154, -1500)};
    double[] predicted = {Math.scalb(0.4e154, -1500), Math.scalb(-0.4e154, -1500)};
    RegressionReport r = RegressionMetrics.report(actual, predicted);
    assertThat(r.r2()).isCloseTo(0.64, within(1e-15));
    assertThat(r.explainedVariance()).isCloseTo(0.64, within(1e-15));
    assertThat(r.warnings()).isEmpty();
    // The sums of squares stay as in doubles, so that every path agrees on MSE and RMSE.
    assertThat(r.rootMeanSquaredError()).isEqualTo(RegressionMetrics.rmse(actual, predicted));
    // Truly equal values stay undefined, with the warning.
    RegressionReport flat = RegressionMetrics.report(new double[] {1e-300, 1e-300}, actual);
    assertThat(flat.r2()).isNaN();
    assertThat(flat.warnings()).extracting(MetricWarning::metric).contains("r2");
  }

  @Test
  void agreesWithCommonsMath() {
    qt().withFixedSeed(42L)
        .forAll(integers().between(1, 2000), integers().allPositive())
        .checkAssert(
            (n, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[] actual = random.doubles(n, -1e3, 1e3).toArray();
              double[] predicted = random.doubles(n, -1e3, 1e3).toArray();
              // Commons Math has no MSE; its element-wise difference and sum of squares give one.
              double mse = StatUtils.sumSq(MathArrays.ebeSubtract(actual, predicted)) / n;
              assertThat(RegressionMetrics.mse(actual, predicted))
                  .isCloseTo(mse, within(1e-9 * mse + 1e-12));
            });
  }

  @Test
  void rmseIsTheRootOfMseAndNeverNegative() {
    qt().withFixedSeed(1L)
        .forAll(integers().between(1, 500), integers().allPositive())
        .checkAssert(
            (n, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[] actual = random.doubles(n, -10, 10).toArray();
              double[] predicted = random.doubles(n, -10, 10).toArray();
              double rmse = RegressionMetrics.rmse(actual, predicted);
              assertThat(rmse).isNotNegative();
              // RMSE is computed as sqrt(MSE), so check it against exact arithmetic instead.
              double exact = Exact.rmse(actual, predicted);
              assertThat(rmse).isCloseTo(exact, within(1e-15 * exact));
            });
  }

  @Test
  void badInputNamesArgumentIndexAndValue() {
    assertThatThrownBy(() -> RegressionMetrics.rmse(new double[] {1, Double.NaN}, new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual[1] is NaN; metrics need finite values");
    assertThatThrownBy(() -> RegressionMetrics.rmse(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> RegressionMetrics.rmse(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual and predicted lengths differ: 2 != 3");
  }
}
