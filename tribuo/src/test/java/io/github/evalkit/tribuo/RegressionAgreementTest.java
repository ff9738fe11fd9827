package io.github.evalkit.tribuo;

import static io.github.evalkit.tribuo.Agreement.assertAgrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.evalkit.metrics.MetricWarning;
import io.github.evalkit.metrics.RegressionReport;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Dataset;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/**
 * Trains real Tribuo regressors on generated data and checks that evalkit's RMSE, MAE, R² and
 * explained variance of each output dimension equal those of Tribuo's {@link RegressionEvaluator},
 * to 1e-12 relative.
 */
class RegressionAgreementTest {

  static Stream<Arguments> scenarios() {
    Function<Dataset<Regressor>, Model<Regressor>> sgd = TribuoModels::linearSgd;
    Function<Dataset<Regressor>, Model<Regressor>> cart = TribuoModels::cartRegression;
    Function<Long, MutableDataset<Regressor>> oneTarget =
        seed -> SyntheticData.linear(seed, 300, 0.5);
    Function<Long, MutableDataset<Regressor>> twoTargets =
        seed -> SyntheticData.twoTargets(seed, 300, 0.5);
    return Stream.of(
        Arguments.of("linear SGD, 1 dimension", sgd, oneTarget, List.of("y"), 21L),
        Arguments.of("CART, 1 dimension", cart, oneTarget, List.of("y"), 22L),
        Arguments.of("linear SGD, 2 dimensions", sgd, twoTargets, List.of("demand", "price"), 23L),
        Arguments.of("CART, 2 dimensions", cart, twoTargets, List.of("demand", "price"), 24L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyDimensionAgreesWithTribuosRegressionEvaluation(
      String name,
      Function<Dataset<Regressor>, Model<Regressor>> trainer,
      Function<Long, MutableDataset<Regressor>> data,
      List<String> dimensions,
      long seed) {
    MutableDataset<Regressor> train = data.apply(seed);
    MutableDataset<Regressor> test = data.apply(seed + 1000);
    Model<Regressor> model = trainer.apply(train);
    List<Prediction<Regressor>> predictions = model.predict(test);
    RegressionEvaluation tribuo =
        new RegressionEvaluator().evaluate(model, predictions, test.getProvenance());

    TribuoRegressionResult result = TribuoEvaluations.regression(model, predictions);

    assertThat(result.reports().keySet()).containsExactlyElementsOf(dimensions);
    for (Regressor dimension : model.getOutputIDInfo().getDomain()) {
      String d = dimension.getNames()[0];
      RegressionReport report = result.report(d);
      assertThat(report.n()).isEqualTo(test.size());
      // a model that explains nothing, or everything, would make agreement trivial
      assertThat(tribuo.r2(dimension)).as("R² of %s", d).isStrictlyBetween(0.2, 1.0);
      assertAgrees("rmse(" + d + ")", report.rootMeanSquaredError(), tribuo.rmse(dimension));
      assertAgrees("mae(" + d + ")", report.meanAbsoluteError(), tribuo.mae(dimension));
      assertAgrees("r2(" + d + ")", report.r2(), tribuo.r2(dimension));
      assertAgrees(
          "explained variance(" + d + ")",
          report.explainedVariance(),
          tribuo.explainedVariance(dimension));
    }
  }

  @Test
  void withoutAModelTheDimensionsComeFromThePredictions() {
    MutableDataset<Regressor> train = SyntheticData.twoTargets(31, 200, 0.5);
    Model<Regressor> model = TribuoModels.linearSgd(train);
    List<Prediction<Regressor>> predictions = model.predict(SyntheticData.twoTargets(32, 100, 0.5));

    TribuoRegressionResult withModel = TribuoEvaluations.regression(model, predictions);
    TribuoRegressionResult without = TribuoEvaluations.regression(predictions);

    assertThat(without.reports().keySet()).containsExactly("demand", "price");
    assertThat(without.report("price").r2()).isEqualTo(withModel.report("price").r2());
    assertThat(without.provenance().entries()).isEmpty();
    assertThat(withModel.provenance().get(TribuoProvenance.MODEL_PROVENANCE).orElseThrow())
        .contains("LinearSGDTrainer");
  }

  /**
   * With example weights both use weighted means; Tribuo sums the weights in float, so the weights
   * here are multiples of 1/2, whose float sums are exact, and the two agree to 1e-12.
   */
  @Test
  void exampleWeightsAgreeWithTribuosWeightedEvaluator() {
    MutableDataset<Regressor> train = SyntheticData.linear(41, 300, 0.5);
    Model<Regressor> model = TribuoModels.cartRegression(train);
    List<Example<Regressor>> examples = SyntheticData.copyOf(SyntheticData.linear(42, 300, 0.5));
    for (int i = 0; i < examples.size(); i++) {
      examples.get(i).setWeight(0.5f * (1 + i % 4));
    }
    List<Prediction<Regressor>> predictions = model.predict(examples);
    RegressionEvaluation tribuo =
        new RegressionEvaluator(true).evaluate(model, predictions, train.getProvenance());
    RegressionEvaluation unweighted =
        new RegressionEvaluator(false).evaluate(model, predictions, train.getProvenance());

    RegressionReport report = TribuoEvaluations.weightedRegression(model, predictions).report();

    Regressor y = model.getOutputIDInfo().getDomain().iterator().next();
    assertThat(report.isWeighted()).isTrue();
    assertThat(report.weightSum()).isEqualTo(0.5 * (1 + 2 + 3 + 4) * 75);
    assertAgrees("weighted rmse", report.rootMeanSquaredError(), tribuo.rmse(y));
    assertAgrees("weighted mae", report.meanAbsoluteError(), tribuo.mae(y));
    assertAgrees("weighted r2", report.r2(), tribuo.r2(y));
    assertThat(report.rootMeanSquaredError()).isNotEqualTo(unweighted.rmse(y));
  }

  /**
   * All actual values equal: SS_tot = 0, so R² and explained variance are undefined. Tribuo
   * computes 1 − SSE/0 = −∞; evalkit reports NaN (null in JSON) with a warning, as its command line
   * does.
   */
  @Test
  void r2OfAConstantTargetIsNaNWithAWarningWhereTribuoGivesMinusInfinity() {
    List<Prediction<Regressor>> predictions =
        HandMadePredictions.regression(
            new String[] {"y"}, new double[][] {{2}, {2}, {2}}, new double[][] {{1}, {2}, {4}});
    Model<Regressor> model =
        TribuoModels.cartRegression(SyntheticData.linear(51, 50, 0.5)); // only for its domain
    RegressionEvaluation tribuo =
        new RegressionEvaluator()
            .evaluate(model, predictions, SyntheticData.linear(51, 1, 0).getProvenance());

    RegressionReport report = TribuoEvaluations.regression(model, predictions).report();

    assertThat(tribuo.r2(new Regressor("y", Double.NaN))).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(report.r2()).isNaN();
    assertThat(report.warnings()).extracting(MetricWarning::metric).contains("r2");
    // explained variance divides by Var(y) = 0 too: Tribuo −∞, evalkit NaN with a warning
    assertThat(tribuo.explainedVariance(new Regressor("y", Double.NaN)))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(report.explainedVariance()).isNaN();
    assertThat(report.warnings()).extracting(MetricWarning::metric).contains("explained_variance");
    // sqrt((1 + 0 + 4) / 3) and (1 + 0 + 2) / 3: hand-computed
    assertThat(report.rootMeanSquaredError()).isEqualTo(Math.sqrt(5.0 / 3));
    assertThat(report.meanAbsoluteError()).isEqualTo(1.0);
  }

  @Test
  void unknownRegressorsAndMissingDimensionsAreRejectedByIndex() {
    List<Prediction<Regressor>> predictions =
        HandMadePredictions.regression(
            new String[] {"a", "b"},
            new double[][] {{1, 2}, {3, 4}},
            new double[][] {{1, 2}, {3, 4}});
    predictions.add(
        new Prediction<>(RegressionFactory.UNKNOWN_REGRESSOR, 1, predictions.get(0).getExample()));

    assertThatThrownBy(() -> TribuoEvaluations.regression(predictions))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("predictions[2]")
        .hasMessageContaining("no dimension 'a'");
    assertThatThrownBy(
            () ->
                TribuoEvaluations.regression(
                    HandMadePredictions.regression(
                        new String[] {"a"}, new double[][] {{1}}, new double[][] {{Double.NaN}})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("predictions[0]: predicted value of dimension 'a' is NaN");
    assertThatThrownBy(() -> TribuoEvaluations.regression(List.of()))
        .hasMessageContaining("no predictions");
  }
}
