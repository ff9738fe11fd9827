package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A custom metric cannot take the name of a built-in figure or of another custom metric. */
class CustomMetricNamesTest {

  private static final ConfusionMatrix MATRIX =
      ConfusionMatrix.of(new String[] {"a", "b", "a"}, new String[] {"a", "b", "b"});

  @Test
  void classificationReportsRefuseBuiltInNames() {
    ClassificationReport report = ClassificationReport.of(MATRIX);
    for (String name : ClassificationReport.BUILT_IN_NAMES) {
      assertThatThrownBy(() -> report.withMetric(Metric.of(name, m -> 0.0)))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + name + "' is already in the report");
    }
    ClassificationReport withOne = report.withMetric(Metric.of("youden_j", m -> 0.5));
    assertThat(withOne.customMetrics()).containsEntry("youden_j", 0.5);
    assertThatThrownBy(() -> withOne.withMetric(Metric.of("youden_j", m -> 0.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void regressionReportsRefuseBuiltInNames() {
    RegressionReport report = RegressionMetrics.report(new double[] {1, 2}, new double[] {1, 3});
    for (String name : report.figures().keySet()) {
      assertThatThrownBy(() -> report.withMetric(Metric.of(name, r -> 0.0)))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
