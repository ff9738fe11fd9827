package io.github.evalkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.evalkit.benchmarks.baseline.ClassificationFigures;
import io.github.evalkit.benchmarks.baseline.NaiveClassification;
import io.github.evalkit.benchmarks.baseline.NaiveImputation;
import io.github.evalkit.benchmarks.baseline.RegressionFigures;
import io.github.evalkit.metrics.ConfusionMatrix;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;

/**
 * Every benchmarked variant of an operation computes the same answer on the benchmark's own inputs,
 * so that a fast wrong variant cannot win. The sizes are the benchmarks' in-cache sizes; 1,023
 * reaches the vector tails.
 */
class VariantAgreementTest {

  /** Relative tolerance between differently ordered floating-point sums of ~1e5 terms. */
  private static final double RELATIVE = 1e-9;

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void meanSquaredErrorVariantsAgree(int size) {
    MeanSquaredErrorBenchmark benchmark = setUp(new MeanSquaredErrorBenchmark(), size);
    double naive = benchmark.naive();
    assertThat(naive).isPositive();
    assertClose(benchmark.commonsMath(), naive);
    assertClose(benchmark.evalkitScalar(), naive);
    assertClose(benchmark.evalkitVector(), naive);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void meanAbsoluteErrorVariantsAgree(int size) {
    MeanAbsoluteErrorBenchmark benchmark = setUp(new MeanAbsoluteErrorBenchmark(), size);
    double naive = benchmark.naive();
    // Noise uniform in [-50, 50): the mean absolute error is close to 25.
    assertThat(naive).isBetween(20.0, 30.0);
    assertClose(benchmark.commonsMath(), naive);
    assertClose(benchmark.evalkitScalar(), naive);
    assertClose(benchmark.evalkitVector(), naive);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void r2VariantsAgree(int size) {
    R2Benchmark benchmark = setUp(new R2Benchmark(), size);
    double naive = benchmark.naive();
    // Var(noise) = 100²/12 against Var(y) = 1000²/12: R² ≈ 1 − 0.01 = 0.99.
    assertThat(naive).isBetween(0.985, 0.995);
    assertClose(benchmark.commonsMath(), naive);
    assertClose(benchmark.evalkitScalar(), naive);
    assertClose(benchmark.evalkitVector(), naive);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void regressionReportVariantsAgree(int size) {
    RegressionReportBenchmark benchmark = setUp(new RegressionReportBenchmark(), size);
    RegressionFigures naive = benchmark.naive();
    assertFiguresClose(benchmark.commonsMath(), naive);
    assertFiguresClose(benchmark.evalkitScalar(), naive);
    assertFiguresClose(benchmark.evalkitVector(), naive);
    assertThat(naive.rmse()).isCloseTo(Math.sqrt(naive.mse()), within(1e-12));
    assertThat(naive.maxError()).isBetween(naive.medianAbsoluteError(), 50.0);

    TribuoRegressionReportBenchmark tribuo = new TribuoRegressionReportBenchmark();
    tribuo.size = size;
    tribuo.createPredictions();
    RegressionEvaluation evaluation = tribuo.tribuo();
    Regressor target = new Regressor("y", Double.NaN);
    assertClose(evaluation.mae(target), naive.mae());
    assertClose(evaluation.rmse(target), naive.rmse());
    assertClose(evaluation.r2(target), naive.r2());
    assertClose(evaluation.explainedVariance(target), naive.explainedVariance());
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void confusionCountVariantsAgree(int size) {
    for (int classes : new int[] {2, 10}) {
      ConfusionCountBenchmark benchmark = new ConfusionCountBenchmark();
      benchmark.size = size;
      benchmark.classes = classes;
      benchmark.createInputs();
      long[] naive = benchmark.naive();
      assertThat(Arrays.stream(naive).sum()).isEqualTo(size);
      // The generator predicts the actual class 80% of the time, plus its uniform share.
      long trace = 0;
      for (int c = 0; c < classes; c++) {
        trace += naive[c * classes + c];
      }
      assertThat((double) trace / size).isBetween(0.75, 0.95);
      for (ConfusionMatrix evalkit :
          List.of(benchmark.evalkitScalar(), benchmark.evalkitVector())) {
        for (int a = 0; a < classes; a++) {
          for (int p = 0; p < classes; p++) {
            assertThat(evalkit.count(a, p)).isEqualTo(naive[a * classes + p]);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void classificationReportVariantsAgree(int size) {
    for (int classes : new int[] {2, 10}) {
      ClassificationReportBenchmark benchmark = new ClassificationReportBenchmark();
      benchmark.size = size;
      benchmark.classes = classes;
      benchmark.createInputs();
      ClassificationFigures naive = benchmark.naive();
      assertFiguresClose(benchmark.evalkitScalar(), naive);
      assertFiguresClose(benchmark.evalkitVector(), naive);

      TribuoClassificationReportBenchmark tribuo = new TribuoClassificationReportBenchmark();
      tribuo.size = size;
      tribuo.classes = classes;
      tribuo.createPredictions();
      LabelEvaluation evaluation = tribuo.tribuo();
      assertClose(evaluation.accuracy(), naive.accuracy());
      assertClose(evaluation.macroAveragedPrecision(), naive.macroPrecision());
      assertClose(evaluation.macroAveragedRecall(), naive.macroRecall());
      assertClose(evaluation.macroAveragedF1(), naive.macroF1());
      // Tribuo's balanced error rate is 1 − balanced accuracy when every class has support.
      assertClose(1 - evaluation.balancedErrorRate(), naive.balancedAccuracy());
      long[] counts = NaiveClassification.confusion(benchmark.actual, benchmark.predicted, classes);
      for (int a = 0; a < classes; a++) {
        for (int p = 0; p < classes; p++) {
          // Tribuo's confusion(predicted, truth): its matrix is the transpose of ours.
          Label actual = new Label(Integer.toString(a));
          Label predicted = new Label(Integer.toString(p));
          assertThat(evaluation.confusion(predicted, actual)).isEqualTo(counts[a * classes + p]);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void imputationBaselinesFillEveryGapWithTheRightValue(int size) {
    double[] series = Inputs.seriesWithMissing(size);
    double[] present = Arrays.stream(series).filter(v -> !Double.isNaN(v)).toArray();
    assertThat(NaiveImputation.countNaN(series)).isEqualTo(size - present.length).isPositive();

    double mean = Arrays.stream(present).average().orElseThrow();
    assertFilledWith(series, new MeanImputationBenchmark(), mean);
    // Commons Math's median (interpolated, as the mean of the two middle values) as reference.
    assertFilledWith(series, new MedianImputationBenchmark(), new Median().evaluate(present));

    ForwardFillBenchmark forwardFill = setUp(new ForwardFillBenchmark(), size);
    double[] forward = forwardFill.naive();
    assertThat(forwardFill.evalkitScalar()).isEqualTo(forward);
    assertThat(forwardFill.evalkitVector()).isEqualTo(forward);
    for (int i = 0; i < size; i++) {
      double expected = Double.isNaN(series[i]) ? forward[i - 1] : series[i];
      assertThat(forward[i]).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1023, 100_000})
  void modeBaselineFillsWithTheSmallestMostFrequentValue(int size) {
    double[] series = Inputs.seriesWithMissing(size);
    int[] counts = new int[1000];
    for (double v : series) {
      if (!Double.isNaN(v)) {
        counts[(int) v]++;
      }
    }
    int mode = 0;
    for (int v = 1; v < counts.length; v++) {
      if (counts[v] > counts[mode]) {
        mode = v;
      }
    }
    assertFilledWith(series, new ModeImputationBenchmark(), mode);
  }

  private static void assertFilledWith(double[] series, SeriesInputs benchmark, double value) {
    benchmark.size = series.length;
    benchmark.createInputs();
    List<double[]> variants;
    if (benchmark instanceof MeanImputationBenchmark mean) {
      variants = List.of(mean.naive(), mean.evalkitScalar(), mean.evalkitVector());
    } else if (benchmark instanceof MedianImputationBenchmark median) {
      variants = List.of(median.naive(), median.evalkitScalar(), median.evalkitVector());
    } else {
      ModeImputationBenchmark mode = (ModeImputationBenchmark) benchmark;
      variants = List.of(mode.naive(), mode.evalkitScalar(), mode.evalkitVector());
    }
    assertThat(benchmark.series).as("input left alone").isEqualTo(series);
    for (double[] filled : variants) {
      for (int i = 0; i < series.length; i++) {
        double expected = Double.isNaN(series[i]) ? value : series[i];
        // Means summed in another order may differ in the last bits.
        assertThat(filled[i]).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
      }
    }
  }

  private static <T extends RegressionInputs> T setUp(T benchmark, int size) {
    benchmark.size = size;
    benchmark.createInputs();
    return benchmark;
  }

  private static <T extends SeriesInputs> T setUp(T benchmark, int size) {
    benchmark.size = size;
    benchmark.createInputs();
    return benchmark;
  }

  private static void assertFiguresClose(RegressionFigures actual, RegressionFigures expected) {
    assertClose(actual.mse(), expected.mse());
    assertClose(actual.rmse(), expected.rmse());
    assertClose(actual.mae(), expected.mae());
    assertClose(actual.r2(), expected.r2());
    assertClose(actual.explainedVariance(), expected.explainedVariance());
    assertThat(actual.maxError()).isEqualTo(expected.maxError());
    assertThat(actual.medianAbsoluteError()).isEqualTo(expected.medianAbsoluteError());
    assertClose(actual.mape(), expected.mape());
  }

  private static void assertFiguresClose(
      ClassificationFigures actual, ClassificationFigures expected) {
    assertClose(actual.accuracy(), expected.accuracy());
    assertClose(actual.balancedAccuracy(), expected.balancedAccuracy());
    assertClose(actual.macroPrecision(), expected.macroPrecision());
    assertClose(actual.macroRecall(), expected.macroRecall());
    assertClose(actual.macroF1(), expected.macroF1());
    assertClose(actual.weightedF1(), expected.weightedF1());
    assertClose(actual.mcc(), expected.mcc());
    assertClose(actual.cohenKappa(), expected.cohenKappa());
  }

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
  }
}
