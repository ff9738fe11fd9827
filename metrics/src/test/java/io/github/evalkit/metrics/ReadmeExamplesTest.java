package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of metrics/README.md, so that they keep compiling and saying the truth. */
class ReadmeExamplesTest {

  @Test
  void regression() {
    double[] actual = {3, -0.5, 2, 7};
    double[] predicted = {2.5, 0.0, 2, 8};

    double rmse = RegressionMetrics.rmse(actual, predicted);
    double r2 = RegressionMetrics.r2(actual, predicted);
    double med = RegressionMetrics.medianAbsoluteError(actual, predicted);
    double wmae = RegressionMetrics.mae(actual, predicted, new double[] {1, 1, 2, 0.5});

    RegressionReport report = RegressionMetrics.report(actual, predicted);
    assertThat(rmse).isEqualTo(Math.sqrt(0.375));
    assertThat(r2).isCloseTo(0.9486081370449679, within(1e-15)); // sklearn r2_score
    assertThat(med).isEqualTo(0.5);
    // (0.5 + 0.5 + 2·0 + 0.5·1)/4.5
    assertThat(wmae).isCloseTo(1.5 / 4.5, within(1e-15));
    assertThat(report.r2()).isEqualTo(r2);
    assertThat(report.figures().get("mse")).isEqualTo(0.375);
    assertThat(report.warnings()).isEmpty();
    assertThat(report.explanations().get(1).toString())
        .isEqualTo("rmse = sqrt(SSE/n) = sqrt(1.5/4) = 0.612");
  }

  @Test
  void classification() {
    ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 1, 0}, 2);
    assertThat(cm.count(1, 0)).isEqualTo(1);
    assertThat(cm.precision(0)).isEqualTo(0.5);

    String[] actual = {"yes", "no", "yes", "yes"};
    String[] predicted = {"yes", "no", "no", "yes"};
    ConfusionMatrix labelled = ConfusionMatrix.of(actual, predicted);
    assertThat(labelled.labels()).containsExactly("no", "yes");
    assertThat(labelled.baseline().accuracy()).isEqualTo(0.75);
    assertThat(labelled.binary("yes").specificity()).isEqualTo(1.0); // 1/(1+0)

    ClassificationReport report =
        ClassificationReport.of(labelled)
            .withZeroDivision(ZeroDivision.NAN)
            .withPositiveLabel("yes")
            .withMetric(Metric.of("youden_j", m -> m.recall("yes") + m.specificity("yes") - 1));
    // recall(yes) = 2/3, specificity(yes) = 1
    assertThat(report.customMetrics().get("youden_j")).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(report.toText(2)).startsWith("              precision");
    assertThat(report.toMarkdown(3)).contains("| yes | 1.000 | 0.667 | 0.800 | 3 |");
    assertThat(report.confusionMatrixGrid()).contains("yes").contains("no");
    // accuracy 0.75 equals the baseline's: the report says so
    assertThat(report.warnings())
        .extracting(MetricWarning::kind)
        .containsExactly(MetricWarning.Kind.BASELINE_NOT_BEATEN);
  }

  record Row(double y, double yHat) {}

  @Test
  void streaming() {
    double[] actual1 = {1, 2, 3};
    double[] predicted1 = {1, 2, 5};
    RegressionAccumulator left = RegressionAccumulator.create().addAll(actual1, predicted1);
    RegressionAccumulator right = RegressionAccumulator.create().add(4.0, 3.5).add(1.0, 1.25, 2.0);
    RegressionReport merged = left.merge(right).snapshot();
    RegressionReport batch =
        RegressionMetrics.report(
            new double[] {1, 2, 3, 4, 1},
            new double[] {1, 2, 5, 3.5, 1.25},
            new double[] {1, 1, 1, 1, 2});
    RegressionPropertiesTest.assertFiguresClose(batch, merged, "README");

    String[] actualLabels = {"yes", "no"};
    String[] predictedLabels = {"yes", "yes"};
    ConfusionMatrixAccumulator otherCounts = ConfusionMatrixAccumulator.create().add("maybe", "no");
    ConfusionMatrixAccumulator counts = ConfusionMatrixAccumulator.create();
    counts.addAll(actualLabels, predictedLabels).add("yes", "no");
    ConfusionMatrix matrix = counts.merge(otherCounts).snapshot();
    assertThat(matrix.labels()).containsExactly("maybe", "no", "yes");
    assertThat(matrix.total()).isEqualTo(4);

    List<Row> rows = List.of(new Row(1, 1.5), new Row(2, 2), new Row(3, 2));
    RegressionReport viaStream =
        rows.parallelStream().collect(RegressionAccumulator.toReport(Row::y, Row::yHat));
    // errors 0.5, 0, 1 → mae 0.5
    assertThat(viaStream.meanAbsoluteError()).isEqualTo(0.5);
  }
}
