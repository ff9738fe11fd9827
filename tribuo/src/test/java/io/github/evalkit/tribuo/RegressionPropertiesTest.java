package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.RegressionReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;
import org.tribuo.regression.evaluation.RegressionEvaluator;

/**
 * Laws of the regressor adapter over random predictions: 1 to 4 dimensions with random names, the
 * predicted regressors built with their names in a different order from the actual ones, with and
 * without example weights (multiples of 1/2, whose float sums are exact). Every column is read by
 * name, and every figure agrees with Tribuo's evaluator.
 */
class RegressionPropertiesTest {

  private static final long SEED = 20261125L;

  @Test
  void dimensionsAreReadByNameAndEveryFigureAgrees() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(
            longs().all(), integers().between(1, 4), integers().between(2, 60), booleans().all())
        .checkAssert(
            (seed, d, n, weighted) -> {
              RandomCase c = RandomCase.of(seed, d, n, weighted);
              RegressionEvaluation tribuo =
                  new RegressionEvaluator(weighted)
                      .evaluate(
                          c.model, c.predictions, c.model.getProvenance().getDatasetProvenance());

              TribuoRegressionResult result =
                  weighted
                      ? TribuoEvaluations.weightedRegression(c.model, c.predictions)
                      : TribuoEvaluations.regression(c.model, c.predictions);

              assertThat(result.reports().keySet()).containsExactlyInAnyOrder(c.names);
              for (int j = 0; j < d; j++) {
                String name = c.names[j];
                assertThat(result.columns().actual(name)).containsExactly(c.actual[j]);
                assertThat(result.columns().predicted(name)).containsExactly(c.predicted[j]);
                Regressor dimension = new Regressor(name, Double.NaN);
                RegressionReport report = result.report(name);
                Agreement.assertAgrees(
                    "rmse(" + name + ")", report.rootMeanSquaredError(), tribuo.rmse(dimension));
                Agreement.assertAgrees(
                    "mae(" + name + ")", report.meanAbsoluteError(), tribuo.mae(dimension));
                Agreement.assertAgrees("r2(" + name + ")", report.r2(), tribuo.r2(dimension));
                Agreement.assertAgrees(
                    "explained variance(" + name + ")",
                    report.explainedVariance(),
                    tribuo.explainedVariance(dimension));
              }
            });
  }

  /** Columns per dimension ({@code actual[j][i]}), and predictions whose regressors hold them. */
  private record RandomCase(
      Model<Regressor> model,
      String[] names,
      double[][] actual,
      double[][] predicted,
      List<Prediction<Regressor>> predictions) {

    static RandomCase of(long seed, int d, int n, boolean weighted) {
      SplittableRandom random = new SplittableRandom(seed);
      String[] names = new String[d];
      for (int j = 0; j < d; j++) {
        names[j] = (char) ('a' + random.nextInt(26)) + "-" + j;
      }
      double[][] actual = new double[d][n];
      double[][] predicted = new double[d][n];
      List<Prediction<Regressor>> predictions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        double[] a = new double[d];
        String[] reversedNames = new String[d];
        double[] reversedPredicted = new double[d];
        for (int j = 0; j < d; j++) {
          a[j] = actual[j][i] = 10 * j + 5 * SyntheticData.gaussian(random);
          predicted[j][i] = a[j] + 2 * SyntheticData.gaussian(random);
          reversedNames[d - 1 - j] = names[j];
          reversedPredicted[d - 1 - j] = predicted[j][i];
        }
        ArrayExample<Regressor> example =
            new ArrayExample<>(new Regressor(names, a), new String[] {"x"}, new double[] {i});
        if (weighted) {
          example.setWeight(0.5f * random.nextInt(1, 5));
        }
        predictions.add(
            new Prediction<>(new Regressor(reversedNames, reversedPredicted), 1, example));
      }
      return new RandomCase(domainModel(names), names, actual, predicted, predictions);
    }

    /** A throw-away model whose output domain is exactly these dimensions. */
    private static Model<Regressor> domainModel(String[] names) {
      RegressionFactory factory = new RegressionFactory();
      MutableDataset<Regressor> data =
          new MutableDataset<>(new SimpleDataSourceProvenance("domain", factory), factory);
      for (int i = 0; i < 4; i++) {
        double[] values = new double[names.length];
        java.util.Arrays.fill(values, i);
        data.add(
            new ArrayExample<>(new Regressor(names, values), new String[] {"x"}, new double[] {i}));
      }
      return TribuoModels.cartRegression(data);
    }
  }
}
