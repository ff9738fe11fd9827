package io.github.evalkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text, Markdown and grid renderings. */
class RenderingTest {

  private static final ConfusionMatrix SPEC =
      ConfusionMatrix.fromCounts(new long[][] {{20, 10}, {7, 63}}, List.of("no", "yes"));

  @Test
  void gridIsLabelledRowsActualColumnsPredicted() {
    assertThat(ClassificationReport.of(SPEC).confusionMatrixGrid())
        .isEqualTo(
            "actual \\ predicted  no  yes\n"
                + "no                  20   10\n"
                + "yes                  7   63\n");
  }

  @Test
  void textRoundsHalfUpWhereScikitLearnRoundsHalfToEven() {
    // precision(a) = 1/8 = 0.125 exactly. scikit-learn 1.2.1's classification_report(digits=2)
    // prints 0.12 (Python's '%.2f' % 0.125); evalkit rounds half up, as documented: 0.13.
    ConfusionMatrix m =
        ConfusionMatrix.fromCounts(new long[][] {{1, 0}, {7, 0}}, List.of("a", "b"));
    assertThat(ClassificationReport.of(m).toText(2))
        .contains("           a       0.13      1.00      0.22         1\n");
  }

  @Test
  void textReportHasTheSummaryLines() {
    String text = ClassificationReport.of(SPEC).withPositiveLabel("yes").toText(3);
    assertThat(text)
        .contains("          no      0.741     0.667     0.702        30\n")
        .contains("balanced accuracy: 0.783\n")
        .contains("mcc: 0.585\n")
        .contains("cohen kappa: 0.583\n")
        .contains("baseline: always 'yes': accuracy 0.700\n")
        .contains("positive 'yes': tp=63 fp=10 fn=7 tn=20 specificity=0.667\n")
        .doesNotContain("warning");
  }

  @Test
  void markdownHasTablesAndEscapesPipes() {
    ConfusionMatrix m = ConfusionMatrix.of(new String[] {"a|b", "c"}, new String[] {"a|b", "a|b"});
    String md = ClassificationReport.of(m).toMarkdown(2);
    assertThat(md)
        .contains("| label | precision | recall | f1-score | support |")
        .contains("| a\\|b | 0.50 | 1.00 | 0.67 | 1 |")
        .contains("| actual \\ predicted | a\\|b | c |")
        .contains("- warning: precision(c) is ill-defined");
  }

  @Test
  void undefinedValuesRenderAsUndefined() {
    ConfusionMatrix m =
        ConfusionMatrix.of(new String[] {"a"}, new String[] {"a"})
            .withZeroDivision(ZeroDivision.NAN);
    assertThat(ClassificationReport.of(m).toText(2)).contains("cohen kappa: undefined");
    RegressionReport r = RegressionMetrics.report(new double[] {2, 2}, new double[] {1, 3});
    assertThat(r.toText(3))
        .contains("r2: undefined\n")
        .contains("rmse: 1.000\n")
        .contains("warning: r2 is undefined: the actual values are all equal (SS_tot = 0)");
    assertThat(r.toMarkdown(3)).contains("| r2 | undefined |");
  }

  @Test
  void customMetricsSitBesideTheBuiltIns() {
    Metric<ConfusionMatrix> youden =
        Metric.of("youden_j(yes)", cm -> cm.recall("yes") + cm.specificity("yes") - 1);
    ClassificationReport report = ClassificationReport.of(SPEC).withMetric(youden);
    // recall 0.9 + specificity 20/30 − 1
    assertThat(report.customMetrics().get("youden_j(yes)")).isEqualTo(0.9 + 20.0 / 30 - 1);
    assertThat(report.toText(3)).contains("youden_j(yes): 0.567\n");
    assertThat(report.explanations()).extracting(Explanation::metric).contains("youden_j(yes)");

    double[] y = {1, 2, 3, 4};
    double[] p = {1, 2, 3, 8};
    Metric<RegressionReport> rmseOverBaseline =
        Metric.of(
            "rmse/baseline", r -> r.rootMeanSquaredError() / r.baselineRootMeanSquaredError());
    RegressionReport r = RegressionMetrics.report(y, p).withMetric(rmseOverBaseline);
    // rmse = sqrt(16/4) = 2; baseline = sqrt(5/4)
    assertThat(r.customMetrics().get("rmse/baseline")).isEqualTo(2 / Math.sqrt(1.25));
    assertThat(r.figures()).containsKey("rmse/baseline");
  }

  @Test
  void explanationsCarryTheReportedValues() {
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(81L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              RegressionReport r = RegressionMetrics.report(s.actual(), s.predicted(), s.weights());
              for (Explanation e : r.explanations()) {
                assertThat(Double.valueOf(e.value()))
                    .as("%s %s", s, e.metric())
                    .isEqualTo(r.figures().get(e.metric()));
                assertWorkedOperandsGiveTheValue(e, s);
              }
            });
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(82L)
        .forAll(
            org.quicktheories.generators.SourceDSL.integers().between(1, 100),
            org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (n, seed) -> {
              String[][] d = Samples.labels(n, 4, seed, false);
              ClassificationReport r =
                  ClassificationReport.of(ConfusionMatrix.of(d[0], d[1]))
                      .withPositiveLabel(d[0][0]);
              for (Explanation e : r.explanations()) {
                assertWorkedOperandsGiveTheValue(e, n + " rows, seed " + seed);
              }
            });
  }

  @Test
  void workedFormulasRedoneFromTheirPrintedOperandsGiveThePrintedValue() {
    // House prices: SSE = 794250000 and SS_tot = 31038800000 are integers, but weighted sums are
    // not; with six digits, 650447.866/2.4 would print as 6.50448e+05/2.4 = 271019.944, which
    // redone gives 271020.000.
    double[] y = {250000, 310000, 199000, 420000, 365000};
    double[] p = {262000, 298500, 210000, 401000, 371000};
    RegressionReport plain = RegressionMetrics.report(y, p);
    assertThat(plain.explanations().get(0).toString())
        .isEqualTo("mse = SSE/n = 794250000/5 = 158850000.000");
    RegressionReport weighted =
        RegressionMetrics.report(
            new double[] {12345.678, 23456.789, 34567.891},
            new double[] {12000.5, 24000.25, 34000.125},
            new double[] {0.5, 0.8, 1.1});
    assertThat(weighted.explanations().get(0).toString())
        .isEqualTo("mse = SSE/Σw = 650447.86649/2.4 = 271019.944");
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(83L)
        .forAll(Samples.pairs())
        .checkAssert(
            s -> {
              for (RegressionReport r :
                  List.of(
                      RegressionMetrics.report(s.actual(), s.predicted()),
                      RegressionMetrics.report(s.actual(), s.predicted(), s.weights()))) {
                for (Explanation e : r.explanations()) {
                  assertRedoneFormulaGivesTheValue(e, s);
                }
              }
            });
    for (double scale : new double[] {1e-3, 1, 1e3, 1e6, 1e9, 1e12}) {
      double[] a = new double[20];
      double[] b = new double[20];
      java.util.SplittableRandom random = new java.util.SplittableRandom(7);
      for (int i = 0; i < a.length; i++) {
        a[i] = random.nextDouble(0, scale);
        b[i] = a[i] + random.nextGaussian() * scale / 10;
      }
      for (Explanation e : RegressionMetrics.report(a, b).explanations()) {
        assertRedoneFormulaGivesTheValue(e, "scale " + scale);
      }
      Explanation custom =
          Metric.<RegressionReport>of("sse/3", r -> r.sumOfSquaredErrors() / 3)
              .explain(RegressionMetrics.report(a, b));
      assertRedoneFormulaGivesTheValue(custom, "scale " + scale);
    }
  }

  /**
   * The worked formula redone from its printed operands, without allowance for their rounding,
   * gives the value to 5e-7, well within the 3 decimals explanations show by default (or, for
   * values so large that 17 digits cannot get that close, to the precision of doubles).
   */
  private static void assertRedoneFormulaGivesTheValue(Explanation e, Object what) {
    if (e.substituted().contains("Infinity")) {
      return; // sums of squares beyond the double range
    }
    double redone = WorkedExpressions.evaluate(e.substituted()).value();
    String line = what + ": " + e.render(17);
    if (Double.isNaN(e.value())) {
      assertThat(Double.isFinite(redone)).as(line).isFalse(); // e.g. 1 - 1.5/0 for SS_tot = 0
      return;
    }
    assertThat(Math.abs(redone - e.value()))
        .as(line)
        .isLessThanOrEqualTo(Math.max(5e-7, 1e-15 * Math.abs(e.value())));
  }

  /**
   * Evaluates the explanation's worked formula from its printed operands and checks that it gives
   * the explanation's value, within what the operands' printed digits allow. A formula that divides
   * by zero stands for an undefined value: NaN for R², explained variance and kappa, else the
   * default policy's 0.
   */
  private static void assertWorkedOperandsGiveTheValue(Explanation e, Object what) {
    WorkedExpressions.Bounded worked = WorkedExpressions.evaluate(e.substituted());
    String line = what + ": " + e.render(17);
    if (!Double.isFinite(worked.value())) {
      boolean nanByDefinition =
          e.metric().equals("r2")
              || e.metric().equals("explained_variance")
              || e.metric().equals("cohen_kappa");
      if (nanByDefinition) {
        assertThat(e.value()).as(line).isNaN();
      } else {
        assertThat(e.value()).as(line).isEqualTo(ZeroDivision.WARN.undefinedValue());
      }
      return;
    }
    assertThat(Math.abs(worked.value() - e.value()))
        .as("%s; worked %s ± %s", line, worked.value(), worked.error())
        .isLessThanOrEqualTo(worked.error() + 1e-15 * Math.abs(e.value()));
  }
}
