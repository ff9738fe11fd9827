package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked examples; each literal says where it comes from. */
class WorkedExamplesTest {

  private static final double EPS = 1e-15;

  /**
   * The 70% heart-disease screen: 100 patients, 70 with the disease, a model that always says yes.
   */
  private static ConfusionMatrix alwaysYesScreen() {
    List<String> actual = new ArrayList<>(Collections.nCopies(30, "no"));
    actual.addAll(Collections.nCopies(70, "yes"));
    List<String> predicted = Collections.nCopies(100, "yes");
    return ConfusionMatrix.of(actual, predicted);
  }

  @Test
  void alwaysYesOnTheSkewedScreenLooksGoodButDoesNotBeatTheBaseline() {
    ConfusionMatrix m = alwaysYesScreen();
    // rows = actual (no, yes), columns = predicted: [[0, 30], [0, 70]]
    assertThat(m.toArray()).isDeepEqualTo(new long[][] {{0, 30}, {0, 70}});
    assertThat(m.accuracy()).isEqualTo(0.70); // 70 right of 100
    assertThat(m.recall("yes")).isEqualTo(1.0); // 70/(70+0)
    assertThat(m.precision("yes")).isEqualTo(0.70); // 70/(70+30)
    assertThat(m.specificity("yes")).isEqualTo(0.0); // tn/(tn+fp) = 0/(0+30)
    BinaryView yes = m.binary("yes");
    assertThat(yes.truePositives()).isEqualTo(70);
    assertThat(yes.falsePositives()).isEqualTo(30);
    assertThat(yes.falseNegatives()).isZero();
    assertThat(yes.trueNegatives()).isZero();
    assertThat(yes.specificity()).isZero();
    MajorityBaseline baseline = m.baseline();
    assertThat(baseline.label()).isEqualTo("yes");
    assertThat(baseline.accuracy()).isEqualTo(0.70);
    assertThat(m.beatsBaseline()).isFalse();
    ClassificationReport report = ClassificationReport.of(m).withPositiveLabel("yes");
    assertThat(report.warnings())
        .extracting(MetricWarning::kind)
        .contains(MetricWarning.Kind.BASELINE_NOT_BEATEN);
    // "no" is never predicted, so precision(no) = 0/0: 0 with a warning under WARN.
    assertThat(m.precision("no")).isZero();
    assertThat(report.warnings())
        .extracting(MetricWarning::metric)
        .contains("precision(no)", "mcc")
        // recall(no) = 0/(0+30) and f1(no) = 0/(0+0+30) are defined: 0
        .doesNotContain("recall(no)", "f1(no)");
    // Only one label is predicted: the MCC denominator (n² − Σp²) is 0.
    assertThat(m.matthewsCorrelation()).isZero();
    assertThat(m.withZeroDivision(ZeroDivision.NAN).matthewsCorrelation()).isNaN();
    // kappa: p_o = 0.7, p_e = (0*30 + 100*70)/100² = 0.7 → 0/0.3 = 0
    assertThat(m.cohenKappa()).isZero();
    assertThat(report.toText(2)).contains("does not beat the majority-class baseline");
  }

  /** The confusion matrix of the JSON example in spec/cli.md. */
  private static ConfusionMatrix specExample() {
    return ConfusionMatrix.fromCounts(new long[][] {{20, 10}, {7, 63}}, List.of("no", "yes"));
  }

  @Test
  void theSpecJsonExampleMatrix() {
    ConfusionMatrix m = specExample();
    assertThat(m.total()).isEqualTo(100);
    assertThat(m.accuracy()).isEqualTo(0.83); // (20 + 63)/100
    assertThat(m.precision("no")).isCloseTo(20.0 / 27, within(EPS)); // column "no" = 20 + 7
    assertThat(m.recall("no")).isCloseTo(20.0 / 30, within(EPS)); // row "no" = 20 + 10
    assertThat(m.f1("no")).isCloseTo(40.0 / 57, within(EPS)); // 2·20/(2·20 + 7 + 10)
    assertThat(m.precision("yes")).isCloseTo(63.0 / 73, within(EPS)); // 63/(63 + 10)
    assertThat(m.recall("yes")).isCloseTo(0.9, within(EPS)); // 63/70
    assertThat(m.f1("yes")).isCloseTo(126.0 / 143, within(EPS)); // 126/(126 + 10 + 7)
    assertThat(m.specificity("yes")).isCloseTo(20.0 / 30, within(EPS)); // tn/(tn+fp) = 20/30
    assertThat(m.balancedAccuracy()).isCloseTo((20.0 / 30 + 0.9) / 2, within(EPS)); // 0.7833
    assertThat(m.precision(Average.MACRO)).isCloseTo((20.0 / 27 + 63.0 / 73) / 2, within(EPS));
    assertThat(m.precision(Average.WEIGHTED))
        .isCloseTo((30 * 20.0 / 27 + 70 * 63.0 / 73) / 100, within(EPS)); // 0.826
    assertThat(m.f1(Average.WEIGHTED))
        .isCloseTo((30 * 40.0 / 57 + 70 * 126.0 / 143) / 100, within(EPS)); // 0.827
    // mcc = (100·83 − (27·30 + 73·70)) / sqrt((100² − 27² − 73²)(100² − 30² − 70²))
    //     = 2380 / sqrt(3942 · 4200) = 0.5849 (cli.md: 0.585)
    assertThat(m.matthewsCorrelation()).isCloseTo(2380 / Math.sqrt(3942.0 * 4200), within(EPS));
    // kappa = (100·83 − 5920)/(100² − 5920) = 2380/4080 = 0.5833 (cli.md: 0.583)
    assertThat(m.cohenKappa()).isCloseTo(2380.0 / 4080, within(EPS));
    assertThat(m.baseline().label()).isEqualTo("yes");
    assertThat(m.baseline().accuracy()).isEqualTo(0.7);
    assertThat(m.beatsBaseline()).isTrue();
    BinaryView yes = m.binary("yes");
    assertThat(
            new long[] {
              yes.truePositives(), yes.falsePositives(), yes.falseNegatives(), yes.trueNegatives()
            })
        .containsExactly(63, 10, 7, 20);
    assertThat(ClassificationReport.of(m).warnings()).isEmpty();
  }

  @Test
  void explanationsShowTheFormulaWithTheCounts() {
    ClassificationReport report = ClassificationReport.of(specExample()).withPositiveLabel("yes");
    assertThat(report.explanations())
        .extracting(Explanation::toString)
        .contains(
            "precision(yes) = TP/(TP+FP) = 63/(63+10) = 0.863",
            "recall(yes) = TP/(TP+FN) = 63/(63+7) = 0.900",
            "f1(no) = 2TP/(2TP+FP+FN) = 2*20/(2*20+7+10) = 0.702",
            "accuracy = trace/n = 83/100 = 0.830",
            "specificity(yes) = TN/(TN+FP) = 20/(20+10) = 0.667",
            "cohen_kappa = (p_o - p_e)/(1 - p_e) = (n*trace - Σp_k*t_k)/(n² - Σp_k*t_k)"
                + " = 2380/4080 = 0.583",
            "baseline_accuracy(yes) = support(majority)/n = 70/100 = 0.700");
  }

  @Test
  void ratiosOfSumsBeyondTheDoubleRangeShowTheScaledSumsTheyCameFrom() {
    // R² = 0.64 for {1e154, -1e154} against {0.4e154, -0.4e154}, and its value at 1e-300 scale:
    // the squares overflow or underflow, so the formulas show sums in units of a power of two.
    for (double scale : new double[] {1e154, 1e-300}) {
      RegressionReport r =
          RegressionMetrics.report(
              new double[] {scale, -scale}, new double[] {0.4 * scale, -0.4 * scale});
      Explanation r2 =
          r.explanations().stream().filter(e -> e.metric().equals("r2")).findFirst().orElseThrow();
      assertThat(r2.formula()).as("scale %s", scale).contains("(sums of squares in units of 2^");
      assertThat(r2.substituted()).doesNotContain("Infinity").doesNotContain("1 - 0/0");
      assertThat(r2.value()).isCloseTo(0.64, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(WorkedExpressions.evaluate(r2.substituted()).value())
          .isCloseTo(0.64, org.assertj.core.api.Assertions.within(5e-7));
    }
  }

  @Test
  void aZeroDenominatorIsNamedWithThePolicyThatGaveTheValue() {
    // Label x is never predicted: precision(x) = 0/(0+0); only one label is predicted, so MCC's
    // denominator is 0 too. scikit-learn 1.2.1 gives precision 1.0 with zero_division=1, MCC 0.0.
    ConfusionMatrix m =
        ConfusionMatrix.of(new String[] {"x", "x", "y"}, new String[] {"y", "y", "y"})
            .withZeroDivision(ZeroDivision.ONE);
    assertThat(ClassificationReport.of(m).explanations())
        .extracting(Explanation::toString)
        .contains(
            "precision(x) = TP/(TP+FP) = 0/(0+0) = 1.000 (zero denominator; zero_division=1)",
            "recall(x) = TP/(TP+FN) = 0/(0+2) = 0.000",
            "mcc = (n*trace - Σp_k*t_k)/sqrt((n² - Σp_k²)(n² - Σt_k²)) = 0/sqrt(0*4) = 0.000"
                + " (zero denominator: 0, as scikit-learn)");
    assertThat(ClassificationReport.of(m.withZeroDivision(ZeroDivision.WARN)).explanations().get(0))
        .hasToString(
            "precision(x) = TP/(TP+FP) = 0/(0+0) = 0.000"
                + " (zero denominator; zero_division=warn gives 0 and a warning)");
    assertThat(ClassificationReport.of(m.withZeroDivision(ZeroDivision.NAN)).explanations().get(0))
        .hasToString(
            "precision(x) = TP/(TP+FP) = 0/(0+0) = undefined (zero denominator; zero_division=nan)");
  }

  @Test
  void rmseExplanationShowsSseAndN() {
    // 50 pairs, each off by 0.5: SSE = 50 · 0.25 = 12.5
    double[] actual = new double[50];
    double[] predicted = new double[50];
    java.util.Arrays.fill(predicted, 0.5);
    RegressionReport r = RegressionMetrics.report(actual, predicted);
    assertThat(r.explanations())
        .extracting(Explanation::toString)
        .contains("rmse = sqrt(SSE/n) = sqrt(12.5/50) = 0.500", "mse = SSE/n = 12.5/50 = 0.250");
  }

  @Test
  void sklearnClassificationReportExample() {
    // From the scikit-learn documentation of classification_report:
    // y_true = [0, 1, 2, 2, 2]; y_pred = [0, 0, 2, 2, 1];
    // target_names = ['class 0', 'class 1', 'class 2']
    String[] names = {"class 0", "class 1", "class 2"};
    int[] yTrue = {0, 1, 2, 2, 2};
    int[] yPred = {0, 0, 2, 2, 1};
    String[] a = new String[5];
    String[] p = new String[5];
    for (int i = 0; i < 5; i++) {
      a[i] = names[yTrue[i]];
      p[i] = names[yPred[i]];
    }
    ClassificationReport report = ClassificationReport.of(ConfusionMatrix.of(a, p));
    String expected =
        "              precision    recall  f1-score   support\n"
            + "\n"
            + "     class 0       0.50      1.00      0.67         1\n"
            + "     class 1       0.00      0.00      0.00         1\n"
            + "     class 2       1.00      0.67      0.80         3\n"
            + "\n"
            + "    accuracy                           0.60         5\n"
            + "   macro avg       0.50      0.56      0.49         5\n"
            + "weighted avg       0.70      0.60      0.61         5\n";
    assertThat(report.toText(2)).startsWith(expected);
    ConfusionMatrix codes = ConfusionMatrix.of(yTrue, yPred, 3);
    assertThat(codes.precision(0)).isEqualTo(0.5); // 1/(1+1)
    assertThat(codes.recall(2)).isCloseTo(2.0 / 3, within(EPS));
    assertThat(codes.f1(Average.MACRO)).isCloseTo((2.0 / 3 + 0 + 0.8) / 3, within(EPS));
  }

  @Test
  void sklearnRegressionExamples() {
    // scikit-learn documentation: y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]
    double[] y = {3, -0.5, 2, 7};
    double[] p = {2.5, 0.0, 2, 8};
    assertThat(RegressionMetrics.mse(y, p)).isEqualTo(0.375); // (0.25 + 0.25 + 0 + 1)/4
    assertThat(RegressionMetrics.mae(y, p)).isEqualTo(0.5); // (0.5 + 0.5 + 0 + 1)/4
    // r2_score = 0.948...: ȳ = 2.875, SS_tot = 29.1875, SS_res = 1.5
    assertThat(RegressionMetrics.r2(y, p)).isCloseTo(1 - 1.5 / 29.1875, within(EPS));
    // explained_variance_score = 0.957...: Var(y − ŷ) = 0.3125, Var(y) = 7.296875
    assertThat(RegressionMetrics.explainedVariance(y, p))
        .isCloseTo(1 - 0.3125 / 7.296875, within(EPS));
    assertThat(RegressionMetrics.medianAbsoluteError(y, p)).isEqualTo(0.5); // median(0,.5,.5,1)
    // mean_absolute_percentage_error = 0.3273809523809524: (0.5/3 + 0.5/0.5 + 0 + 1/7)/4
    assertThat(RegressionMetrics.mape(y, p)).isCloseTo(0.3273809523809524, within(EPS));
    // max_error([3, 2, 7, 1], [4, 2, 7, 1]) == 1
    assertThat(RegressionMetrics.maxError(new double[] {3, 2, 7, 1}, new double[] {4, 2, 7, 1}))
        .isEqualTo(1.0);
    RegressionReport r = RegressionMetrics.report(y, p);
    // Predicting the mean 2.875 everywhere: RMSE = sqrt(29.1875/4)
    assertThat(r.baselineRootMeanSquaredError()).isCloseTo(Math.sqrt(29.1875 / 4), within(EPS));
  }

  @Test
  void weightedRegressionByHand() {
    // y = [1, 2, 4], ŷ = [1, 3, 2], w = [1, 1, 2]; errors d = [0, -1, 2]
    double[] y = {1, 2, 4};
    double[] p = {1, 3, 2};
    double[] w = {1, 1, 2};
    // mse = (0 + 1 + 2·4)/4 = 9/4; mae = (0 + 1 + 2·2)/4 = 5/4
    assertThat(RegressionMetrics.mse(y, p, w)).isEqualTo(2.25);
    assertThat(RegressionMetrics.mae(y, p, w)).isEqualTo(1.25);
    // weighted ȳ = (1 + 2 + 8)/4 = 2.75; SS_tot = (1.75² + 0.75² + 2·1.25²) = 3.0625+0.5625+3.125
    double ssTot = 3.0625 + 0.5625 + 3.125;
    assertThat(RegressionMetrics.r2(y, p, w)).isCloseTo(1 - 9 / ssTot, within(EPS));
    // weighted mean error = (0 − 1 + 4)/4 = 0.75; Σw(d − 0.75)² = 0.5625 + 3.0625 + 2·1.5625
    double ssErr = 0.5625 + 3.0625 + 2 * 1.5625;
    assertThat(RegressionMetrics.explainedVariance(y, p, w))
        .isCloseTo(1 - ssErr / ssTot, within(EPS));
    // weighted median of |d| = {0 (w1), 1 (w1), 2 (w2)}: half the weight is 2; cumulative weights
    // from below 1, 2 → lower median 1; from above 2 → upper median 2; mean 1.5
    assertThat(RegressionMetrics.medianAbsoluteError(y, p, w)).isEqualTo(1.5);
    // mape = (0 + 1/2 + 2·2/4)/4 = 1.5/4
    assertThat(RegressionMetrics.mape(y, p, w)).isEqualTo(0.375);
    // The worked formulas weigh their sums: Σw|y-ŷ| = 5 (Σ|y-ŷ| would be 3).
    assertThat(RegressionMetrics.report(y, p, w).explanations())
        .extracting(Explanation::toString)
        .contains(
            "mae = Σw|y-ŷ|/Σw = 5/4 = 1.250",
            "mape = Σ(w|y-ŷ|/max(|y|, eps))/Σw = 1.5/4 = 0.375",
            "mse = SSE/Σw = 9/4 = 2.250");
    assertThat(RegressionMetrics.report(y, p).explanations())
        .extracting(Explanation::toString)
        .contains("mae = Σ|y-ŷ|/n = 3/3 = 1.000");
  }

  @Test
  void zeroDivisionPoliciesAsTheContractDefines() {
    // Labels a, b, c; c is never predicted and never actual except as a prediction... here "c" is
    // only predicted, so recall(c) = 0/0 and "b" is never predicted, so precision(b) = 0/0.
    ConfusionMatrix m =
        ConfusionMatrix.of(new String[] {"a", "a", "b"}, new String[] {"a", "c", "a"});
    assertThat(m.labels()).containsExactly("a", "b", "c");
    assertThat(m.precision("b")).isZero();
    assertThat(m.withZeroDivision(ZeroDivision.ZERO).precision("b")).isZero();
    assertThat(m.withZeroDivision(ZeroDivision.ONE).precision("b")).isEqualTo(1.0);
    assertThat(m.withZeroDivision(ZeroDivision.NAN).precision("b")).isNaN();
    assertThat(m.withZeroDivision(ZeroDivision.NAN).recall("c")).isNaN();
    // precision: a = 1/2, b = undefined, c = 0/1 → macro under NAN = (0.5 + 0)/2, under ONE
    // (0.5 + 1 + 0)/3; weighted (supports a 2, b 1, c 0) under NAN = (2·0.5 + 0·0)/2
    ConfusionMatrix nan = m.withZeroDivision(ZeroDivision.NAN);
    assertThat(nan.precision(Average.MACRO)).isEqualTo(0.25);
    assertThat(m.withZeroDivision(ZeroDivision.ONE).precision(Average.MACRO)).isEqualTo(0.5);
    assertThat(nan.precision(Average.WEIGHTED)).isEqualTo(0.5);
    // recall: a = 1/2, b = 0/1, c undefined; weighted under NAN renormalises over supports 2 + 1
    assertThat(nan.recall(Average.WEIGHTED)).isCloseTo(1.0 / 3, within(EPS));
    // balanced accuracy ignores c (support 0): (1/2 + 0)/2
    assertThat(m.balancedAccuracy()).isEqualTo(0.25);
    ClassificationReport warn = ClassificationReport.of(m);
    assertThat(warn.warnings())
        .filteredOn(w -> w.kind() == MetricWarning.Kind.ZERO_DIVISION)
        .extracting(MetricWarning::metric)
        .containsExactly("precision(b)", "recall(c)");
    assertThat(ClassificationReport.of(m).withZeroDivision(ZeroDivision.ZERO).warnings())
        .noneMatch(w -> w.kind() == MetricWarning.Kind.ZERO_DIVISION);
    // All entries undefined → NaN: a single label never predicted under NAN.
    ConfusionMatrix allNaN =
        ConfusionMatrix.fromCounts(new long[][] {{0, 1}, {0, 0}}, List.of("x", "y"))
            .withZeroDivision(ZeroDivision.NAN);
    // precision(x) = 0/0, precision(y) = 0/1 = 0 → macro 0; recall(y) = 0/0, recall(x) = 0/1
    assertThat(allNaN.precision(Average.MACRO)).isZero();
    // weighted precision: only y is defined and its support is 0 → remaining weights sum to 0
    assertThat(allNaN.precision(Average.WEIGHTED)).isNaN();
  }

  @Test
  void mccOfAThreeClassExample() {
    // sklearn.metrics.matthews_corrcoef([0,0,1,1,2,2],[0,1,1,2,2,0]):
    // C = [[1,1,0],[0,1,1],[1,0,1]]; trace 3; t = p = (2,2,2); n = 6
    // (6·3 − 12)/sqrt((36 − 12)(36 − 12)) = 6/24 = 0.25
    ConfusionMatrix m =
        ConfusionMatrix.of(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 2, 2, 0}, 3);
    assertThat(m.matthewsCorrelation()).isEqualTo(0.25);
    // kappa: p_o = 0.5, p_e = 12/36 → (0.5 − 1/3)/(2/3) = 0.25
    assertThat(m.cohenKappa()).isCloseTo(0.25, within(EPS));
  }
}
