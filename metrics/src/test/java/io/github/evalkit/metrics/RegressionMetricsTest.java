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
  void squaresBeyondTheDoubleRangeAreInfiniteAndRatiosOfThemUndefined() {
    // Finite inputs whose squared errors and SS_tot both overflow: mse = +∞, r2 = ∞/∞.
    double[] actual = {1e200, -1e200, 0};
    double[] predicted = {-1e200, 1e200, 0};
    RegressionReport r = RegressionMetrics.report(actual, predicted);
    assertThat(r.meanSquaredError()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(r.meanAbsoluteError()).isCloseTo(4e200 / 3, within(1e186));
    assertThat(r.r2()).isNaN();
    assertThat(r.explainedVariance()).isNaN();
    assertThat(r.warnings())
        .extracting(MetricWarning::metric)
        .containsExactly("r2", "explained_variance", "baseline_mean_prediction_rmse");
    assertThat(r.warnings().get(0).message())
        .isEqualTo(
            "r2 is undefined: its sums of squares exceed the largest double (about 1.8e308)");
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
              assertThat(rmse * rmse)
                  .isCloseTo(RegressionMetrics.mse(actual, predicted), within(1e-12));
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
