package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference values produced by scikit-learn 1.2.1 ({@code from sklearn import metrics as M}) on the
 * fixtures below; each literal names its call.
 */
class SklearnReferenceTest {

  private static final double TOL = 1e-15;

  private static final String[] Y_TRUE = {
    "cat", "dog", "bird", "cat", "cat", "dog", "bird", "bird", "cat", "dog", "fish", "cat", "dog",
    "dog", "bird", "cat", "cat", "bird", "dog", "cat"
  };
  private static final String[] Y_PRED = {
    "cat", "cat", "bird", "cat", "dog", "dog", "cat", "bird", "cat", "bird", "cat", "cat", "dog",
    "cat", "bird", "dog", "cat", "bird", "dog", "fish"
  };

  @Test
  void classification() {
    ConfusionMatrix m = ConfusionMatrix.of(Y_TRUE, Y_PRED);
    assertThat(m.labels()).containsExactly("bird", "cat", "dog", "fish");
    // M.confusion_matrix(yt, yp, labels=labels).tolist()
    assertThat(m.toArray())
        .isDeepEqualTo(new long[][] {{4, 1, 0, 0}, {0, 5, 2, 1}, {1, 2, 3, 0}, {0, 1, 0, 0}});
    // M.precision_score / recall_score / f1_score / fbeta_score(beta=2), average=...
    assertThat(m.precision(Average.MACRO)).isCloseTo(0.48888888888888893, within(TOL));
    assertThat(m.recall(Average.MACRO)).isCloseTo(0.48125, within(TOL));
    assertThat(m.f1(Average.MACRO)).isCloseTo(0.48342245989304816, within(TOL));
    assertThat(m.fBeta(Average.MACRO, 2)).isCloseTo(0.48174936921783007, within(TOL));
    assertThat(m.precision(Average.WEIGHTED)).isCloseTo(0.6022222222222222, within(TOL));
    assertThat(m.recall(Average.WEIGHTED)).isCloseTo(0.6, within(TOL));
    assertThat(m.f1(Average.WEIGHTED)).isCloseTo(0.5989304812834225, within(TOL));
    assertThat(m.fBeta(Average.WEIGHTED, 2)).isCloseTo(0.5990748528174937, within(TOL));
    assertThat(m.f1(Average.MICRO)).isCloseTo(0.6, within(TOL));
    // average=None for cat: precision 5/9, recall 5/8, f1 0.58823529, f2 0.6097561
    assertThat(m.precision("cat")).isCloseTo(5.0 / 9, within(TOL));
    assertThat(m.fBeta("cat", 2)).isCloseTo(25.0 / 41, within(TOL)); // 5·5/(5·5 + 4·3 + 4)
    // M.accuracy_score, balanced_accuracy_score, matthews_corrcoef, cohen_kappa_score
    assertThat(m.accuracy()).isEqualTo(0.6);
    assertThat(m.balancedAccuracy()).isCloseTo(0.48125, within(TOL));
    assertThat(m.matthewsCorrelation()).isCloseTo(0.4133094586068879, within(TOL));
    assertThat(m.cohenKappa()).isCloseTo(0.4117647058823529, within(TOL));
    // print(M.classification_report(yt, yp, digits=3, zero_division=0))
    String expected =
        "              precision    recall  f1-score   support\n"
            + "\n"
            + "        bird      0.800     0.800     0.800         5\n"
            + "         cat      0.556     0.625     0.588         8\n"
            + "         dog      0.600     0.500     0.545         6\n"
            + "        fish      0.000     0.000     0.000         1\n"
            + "\n"
            + "    accuracy                          0.600        20\n"
            + "   macro avg      0.489     0.481     0.483        20\n"
            + "weighted avg      0.602     0.600     0.599        20\n";
    assertThat(ClassificationReport.of(m).toText(3)).startsWith(expected);
  }

  private static final double[] Y = {
    3.1, -0.5, 2.0, 7.25, 1e-3, 0.0, 12.5, -4.0, 5.5, 6.0, 2.2, 9.9
  };
  private static final double[] P = {2.5, 0.0, 2.1, 8.0, 0.0, 0.3, 11.0, -3.5, 5.5, 7.5, 2.0, 9.0};
  private static final double[] W = {1.0, 2.0, 0.5, 1.0, 3.0, 1.0, 0.0, 2.5, 1.0, 1.0, 0.25, 1.5};

  @Test
  void regression() {
    RegressionReport r = RegressionMetrics.report(Y, P);
    // M.mean_squared_error(y, p), mean_absolute_error, r2_score, explained_variance_score,
    // mean_absolute_percentage_error, max_error, median_absolute_error
    assertThat(r.meanSquaredError()).isCloseTo(0.5727084166666667, within(TOL));
    assertThat(r.meanAbsoluteError()).isCloseTo(0.5709166666666667, within(TOL));
    assertThat(r.r2()).isCloseTo(0.9721533698794768, within(TOL));
    assertThat(r.explainedVariance()).isCloseTo(0.9722214419985754, within(TOL));
    // y = 0.0 with prediction 0.3 divides by eps: 0.3/2.22e-16/12 dominates
    assertThat(r.meanAbsolutePercentageError()).isCloseTo(112589990684262.62, within(0.02));
    assertThat(r.maxError()).isEqualTo(1.5);
    assertThat(r.medianAbsoluteError()).isEqualTo(0.5);
  }

  @Test
  void weightedRegression() {
    RegressionReport r = RegressionMetrics.report(Y, P, W);
    // the same calls with sample_weight=w
    assertThat(r.meanSquaredError()).isCloseTo(0.3808476610169492, within(TOL));
    assertThat(r.meanAbsoluteError()).isCloseTo(0.46461016949152545, within(TOL));
    assertThat(r.r2()).isCloseTo(0.9791010224353853, within(TOL));
    assertThat(r.explainedVariance()).isCloseTo(0.981145416637868, within(TOL));
    assertThat(r.meanAbsolutePercentageError()).isCloseTo(91598636488891.84, within(0.02));
  }

  @Test
  void weightedMedianAbsoluteErrorAveragesTheTwoWeightedMediansWhereScikitLearnTakesTheLower() {
    // scikit-learn 1.2.1: median_absolute_error([0, 0], [1, 3]) = 2.0, but with
    // sample_weight=[1, 1] it is 1.0 (_weighted_percentile takes the lower weighted median).
    // evalkit's documented choice: the mean of the lower and upper weighted medians, so equal
    // weights give the plain median.
    double[] actual = {0, 0};
    double[] predicted = {1, 3};
    assertThat(RegressionMetrics.medianAbsoluteError(actual, predicted)).isEqualTo(2.0);
    assertThat(RegressionMetrics.medianAbsoluteError(actual, predicted, new double[] {1, 1}))
        .isEqualTo(2.0);
    // With a strict weighted majority both agree: sklearn gives 3.0 for sample_weight=[1, 2].
    assertThat(RegressionMetrics.medianAbsoluteError(actual, predicted, new double[] {1, 2}))
        .isEqualTo(3.0);
  }
}
