package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.ConfusionMetrics;
import org.tribuo.classification.evaluation.LabelConfusionMatrix;
import org.tribuo.evaluation.metrics.EvaluationMetric;
import org.tribuo.evaluation.metrics.MetricTarget;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionSufficientStatistics;

/**
 * Tribuo 4.3.2's confusion matrix, confusion metrics and regression metrics as an independent
 * reference. Tribuo's matrix is indexed (predicted, truth), the transpose of ours, and it returns
 * NaN (and logs) where a ratio is undefined, so values are compared where Tribuo defines them.
 */
class TribuoDifferentialTest {

  @Test
  void countsAndScoresAgreeWithTribuo() {
    qt().withFixedSeed(61L)
        .withExamples(60)
        .forAll(integers().between(1, 300), integers().between(1, 6), longs().all())
        .checkAssert(
            (n, k, seed) -> {
              String[][] d = Samples.labels(n, k, seed, false);
              ConfusionMatrix ours = ConfusionMatrix.of(d[0], d[1]);
              LabelConfusionMatrix theirs = tribuo(ours.labels(), d[0], d[1]);
              for (String name : ours.labels()) {
                Label label = new Label(name);
                int c = ours.indexOf(name);
                assertThat((double) ours.truePositives(c)).isEqualTo(theirs.tp(label));
                assertThat((double) ours.falsePositives(c)).isEqualTo(theirs.fp(label));
                assertThat((double) ours.falseNegatives(c)).isEqualTo(theirs.fn(label));
                assertThat((double) ours.trueNegatives(c)).isEqualTo(theirs.tn(label));
                for (String predicted : ours.labels()) {
                  // transposed orientation: Tribuo's confusion(predicted, truth)
                  assertThat((double) ours.count(name, predicted))
                      .isEqualTo(theirs.confusion(new Label(predicted), label));
                }
                MetricTarget<Label> target = new MetricTarget<>(label);
                ConfusionMatrix nan = ours.withZeroDivision(ZeroDivision.NAN);
                assertSameWhereDefined(
                    ConfusionMetrics.precision(target, theirs), nan.precision(c));
                assertSameWhereDefined(ConfusionMetrics.recall(target, theirs), nan.recall(c));
                assertSameWhereDefined(ConfusionMetrics.f1(target, theirs), nan.f1(c));
              }
              assertThat(ours.accuracy())
                  .isCloseTo(
                      ConfusionMetrics.accuracy(EvaluationMetric.Average.MICRO, theirs),
                      within(1e-15));
              // Tribuo's balanced error rate is 1 − mean recall; its label set counts labels that
              // were only predicted, ours does not (scikit-learn's), so compare where all occur.
              boolean allPresent = true;
              for (int c = 0; c < ours.numClasses(); c++) {
                allPresent &= ours.support(c) > 0;
              }
              if (allPresent) {
                assertThat(ours.balancedAccuracy())
                    .as("%s", java.util.Arrays.deepToString(ours.toArray()))
                    .isCloseTo(1 - ConfusionMetrics.balancedErrorRate(theirs), within(1e-12));
              }
            });
  }

  @Test
  void regressionAgreesWithTribuo() {
    // Tribuo sums in plain double loops (and float weights), so agreement is to 1e-9 on data
    // without a large offset, where its algorithms are sound too.
    qt().withFixedSeed(62L)
        .withExamples(60)
        .forAll(Samples.pairs(Samples.Style.UNIT))
        .assuming(s -> s.n() > 1)
        .checkAssert(
            s -> {
              RegressionReport ours =
                  io.github.evalkit.metrics.RegressionMetrics.report(s.actual(), s.predicted());
              RegressionFactory factory = new RegressionFactory();
              MutableDataset<Regressor> data =
                  new MutableDataset<>(new SimpleDataSourceProvenance("domain", factory), factory);
              data.add(
                  new ArrayExample<>(new Regressor("y", 0), new String[] {"x"}, new double[] {1}));
              List<Prediction<Regressor>> predictions = new ArrayList<>();
              for (int i = 0; i < s.n(); i++) {
                ArrayExample<Regressor> example =
                    new ArrayExample<>(
                        new Regressor("y", s.actual()[i]), new String[] {"x"}, new double[] {i});
                predictions.add(new Prediction<>(new Regressor("y", s.predicted()[i]), 1, example));
              }
              RegressionSufficientStatistics stats =
                  new RegressionSufficientStatistics(data.getOutputIDInfo(), predictions, false);
              Regressor y = data.getOutputIDInfo().getDomain().iterator().next();
              assertThat(
                      Samples.close(
                          org.tribuo.regression.evaluation.RegressionMetrics.rmse(y, stats),
                          ours.rootMeanSquaredError(),
                          1e-9))
                  .as("%s rmse", s)
                  .isTrue();
              assertThat(
                      Samples.close(
                          org.tribuo.regression.evaluation.RegressionMetrics.mae(y, stats),
                          ours.meanAbsoluteError(),
                          1e-9))
                  .isTrue();
              assertThat(
                      Samples.close(
                          org.tribuo.regression.evaluation.RegressionMetrics.r2(y, stats),
                          ours.r2(),
                          1e-9))
                  .isTrue();
              assertThat(
                      Samples.close(
                          org.tribuo.regression.evaluation.RegressionMetrics.explainedVariance(
                              y, stats),
                          ours.explainedVariance(),
                          1e-9))
                  .isTrue();
            });
  }

  private static void assertSameWhereDefined(double tribuo, double ours) {
    if (!Double.isNaN(tribuo) && !Double.isNaN(ours)) {
      assertThat(ours).isCloseTo(tribuo, within(1e-15));
    }
  }

  private static LabelConfusionMatrix tribuo(
      List<String> labels, String[] actual, String[] predicted) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("domain", factory), factory);
    for (String label : labels) {
      data.add(new ArrayExample<>(new Label(label), new String[] {"x"}, new double[] {1}));
    }
    ImmutableOutputInfo<Label> domain = data.getOutputIDInfo();
    List<Prediction<Label>> predictions = new ArrayList<>();
    for (int i = 0; i < actual.length; i++) {
      ArrayExample<Label> example =
          new ArrayExample<>(new Label(actual[i]), new String[] {"x"}, new double[] {i});
      predictions.add(new Prediction<>(new Label(predicted[i]), 1, example));
    }
    return new LabelConfusionMatrix(domain, predictions);
  }
}
