package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets an IllegalArgumentException naming argument, index and value, and changes nothing.
 */
class BadInputTest {

  @Test
  void regressionRejectsNullMismatchedEmptyAndNonFiniteInput() {
    double[] two = {1, 2};
    assertThatThrownBy(() -> RegressionMetrics.mae(null, two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual must not be null");
    assertThatThrownBy(() -> RegressionMetrics.r2(two, new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual and predicted lengths differ: 2 != 3");
    assertThatThrownBy(() -> RegressionMetrics.report(new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> RegressionMetrics.mape(two, new double[] {0, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted[1] is Infinity; metrics need finite values");
    assertThatThrownBy(
            () -> RegressionMetrics.medianAbsoluteError(new double[] {Double.NaN}, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual[0] is NaN; metrics need finite values");
  }

  @Test
  void weightsMustBeFiniteNonNegativeAndNotAllZero() {
    double[] two = {1, 2};
    assertThatThrownBy(() -> RegressionMetrics.mse(two, two, new double[] {1, -0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[1] is -0.5; weights must be finite and >= 0");
    assertThatThrownBy(() -> RegressionMetrics.report(two, two, new double[] {Double.NaN, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights[0] is NaN");
    assertThatThrownBy(() -> RegressionMetrics.r2(two, two, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights are all zero");
    assertThatThrownBy(() -> RegressionMetrics.mae(two, two, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual and weights lengths differ: 2 != 1");
    assertThatThrownBy(() -> RegressionMetrics.mae(two, two, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must not be null");
  }

  @Test
  void aFailedAddLeavesTheAccumulatorAsItWas() {
    RegressionAccumulator acc = RegressionAccumulator.create().add(1, 2);
    assertThatThrownBy(() -> acc.addAll(new double[] {1, 2, 3}, new double[] {1, Double.NaN, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted[1] is NaN; metrics need finite values");
    assertThatThrownBy(() -> acc.add(1, 2, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1.0");
    assertThat(acc.count()).isEqualTo(1);
    assertThat(acc.snapshot().meanSquaredError()).isEqualTo(1.0);
  }

  @Test
  void inputsAreNeverModified() {
    double[] y = {3, 1, 2, 5};
    double[] p = {1, 1, 4, 5};
    double[] w = {1, 2, 0, 1};
    RegressionMetrics.report(y, p);
    RegressionMetrics.report(y, p, w);
    RegressionMetrics.medianAbsoluteError(y, p);
    assertThat(y).containsExactly(3, 1, 2, 5);
    assertThat(p).containsExactly(1, 1, 4, 5);
    assertThat(w).containsExactly(1, 2, 0, 1);
    int[] a = {0, 1, 1};
    int[] b = {1, 1, 0};
    ConfusionMatrix.of(a, b, 2);
    assertThat(a).containsExactly(0, 1, 1);
    assertThat(b).containsExactly(1, 1, 0);
  }

  @Test
  void classificationRejectsBadCodesAndLabels() {
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 1, 1}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual[2] = 2 is not a class code in [0, 2)");
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0}, new int[] {-1}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("predicted[0] = -1 is not a class code in [0, 2)");
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[0], new int[0], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ConfusionMatrix.of(new int[1], new int[1], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numClasses");
    assertThatThrownBy(() -> ConfusionMatrix.of(new String[] {"a", null}, new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual[1] is null");
    assertThatThrownBy(() -> ConfusionMatrix.of(new String[] {"a"}, new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual and predicted lengths differ: 1 != 2");
    assertThatThrownBy(
            () ->
                ConfusionMatrix.of(
                    new String[] {"a", "c"},
                    new String[] {"a", "a"},
                    LabelEncoder.ofOrdered(List.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual[1] = 'c' is not one of the labels [a, b]");
    ConfusionMatrix m = ConfusionMatrix.of(new int[] {0}, new int[] {0}, 2);
    assertThatThrownBy(() -> m.precision(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("c = 2 is not a class code in [0, 2)");
    assertThatThrownBy(() -> m.falsePositives(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.precision("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label 'x' is not one of [0, 1]");
    assertThatThrownBy(() -> m.fBeta(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClassificationReport.of(m).withPositiveLabel("7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'7'");
    // A declared label that occurs in neither column cannot be the positive class.
    ConfusionMatrix declared =
        ConfusionMatrix.fromCounts(new long[][] {{1, 0}, {0, 0}}, List.of("a", "b"));
    assertThatThrownBy(() -> ClassificationReport.of(declared).withPositiveLabel("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positive label 'b' occurs in neither the actual nor the predicted labels");
    assertThat(ClassificationReport.of(declared).withPositiveLabel("a")).isNotNull();
  }

  @Test
  void countsMustBeSquareNonNegativeAndNotAllZero() {
    assertThatThrownBy(
            () -> ConfusionMatrix.fromCounts(new long[][] {{1, -1}, {0, 0}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts[0][1] = -1 is negative");
    assertThatThrownBy(
            () -> ConfusionMatrix.fromCounts(new long[][] {{0, 0}, {0, 0}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all counts are 0");
    assertThatThrownBy(() -> ConfusionMatrix.fromCounts(new long[][] {{1}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ConfusionMatrix.fromCounts(
                    new long[][] {{Long.MAX_VALUE, 1}, {0, 0}}, List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 9223372036854775807 rows");
    assertThatThrownBy(() -> LabelEncoder.ofOrdered(List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labels[1] = 'a' repeats labels[0]");
  }

  @Test
  void zeroDivisionSpellings() {
    assertThat(ZeroDivision.parse("warn")).isEqualTo(ZeroDivision.WARN);
    assertThat(ZeroDivision.parse("0")).isEqualTo(ZeroDivision.ZERO);
    assertThat(ZeroDivision.parse("1")).isEqualTo(ZeroDivision.ONE);
    assertThat(ZeroDivision.parse("NaN")).isEqualTo(ZeroDivision.NAN);
    assertThatThrownBy(() -> ZeroDivision.parse("2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2'");
  }
}
