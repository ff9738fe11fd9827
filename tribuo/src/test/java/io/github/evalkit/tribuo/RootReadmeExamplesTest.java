package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.evalkit.core.ArrayKernels;
import io.github.evalkit.imputation.Imputers;
import io.github.evalkit.imputation.Panel;
import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.ClassificationReport;
import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.RegressionAccumulator;
import io.github.evalkit.metrics.RegressionMetrics;
import io.github.evalkit.metrics.RegressionReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The Java snippets of the project's root README.md, line for line, with the variables they assume,
 * so that they keep compiling and saying the truth. This module sees every other one.
 */
class RootReadmeExamplesTest {

  private static final Path README = Path.of("../README.md");
  private static final Path SOURCE =
      Path.of("src/test/java/io/github/evalkit/tribuo/RootReadmeExamplesTest.java");

  @Test
  void everySnippetLineIsInThisTest() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String source = normalise(Files.readString(SOURCE, StandardCharsets.UTF_8));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> missing = new ArrayList<>();
    int lines = 0;
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        String code = normalise(line);
        if (code.isEmpty() || code.startsWith("import")) {
          continue; // imports are this file's own; wildcard imports are not allowed here
        }
        lines++;
        if (!source.contains(code)) {
          missing.add(line);
        }
      }
    }
    assertThat(lines).as("code lines in the README's snippets").isGreaterThan(15);
    assertThat(missing).as("README lines not exercised by this test").isEmpty();
  }

  @Test
  void coreSnippet() {
    double[] actual = {3, -0.5, 2, 7};
    double[] predicted = {2.5, 0.0, 2, 8};
    double[] series = {1, Double.NaN, Double.NaN, Double.NaN, 5};
    // The README's lines:
    double sse =
        ArrayKernels.sumOfSquaredDifferences(actual, predicted); // compensated, allocation-free
    int filled = ArrayKernels.forwardFill(series, 0, series.length, 2); // in place, pandas' limit=2
    String provider = ArrayKernels.providerName(); // "scalar" or "vector(...)"

    assertThat(sse).isEqualTo(1.5); // 0.25 + 0.25 + 0 + 1
    assertThat(filled).isEqualTo(2);
    assertThat(series).containsExactly(1, 1, 1, Double.NaN, 5);
    assertThat(provider).matches("scalar|vector\\(.*\\)");
  }

  @Test
  void metricsSnippet() {
    double[] actual = {3, -0.5, 2, 7};
    double[] predicted = {2.5, 0.0, 2, 8};
    RegressionAccumulator otherAcc = RegressionAccumulator.create().addAll(actual, predicted);
    // The README's lines:
    double rmse =
        RegressionMetrics.rmse(new double[] {3, -0.5, 2, 7}, new double[] {2.5, 0.0, 2, 8});
    RegressionReport regression =
        RegressionMetrics.report(actual, predicted); // every figure, warnings

    ConfusionMatrix cm =
        ConfusionMatrix.of(
            new String[] {"yes", "no", "yes", "yes"},
            new String[] {"yes", "no", "no", "yes"}); // rows = actual
    double macroF1 = cm.f1(Average.MACRO);
    boolean useful = cm.beatsBaseline(); // the majority-class baseline
    String text = ClassificationReport.of(cm).withPositiveLabel("yes").toText(3);

    RegressionAccumulator acc = RegressionAccumulator.create(); // one per thread, then merge
    acc.addAll(actual, predicted);
    RegressionReport sameAsBatch = acc.merge(otherAcc).snapshot();

    assertThat(rmse).isEqualTo(Math.sqrt(0.375)); // sklearn: mean_squared_error ** 0.5
    assertThat(regression.rootMeanSquaredError()).isEqualTo(rmse);
    // f1(no) = 2/3 (precision 1/2, recall 1), f1(yes) = 4/5: macro 11/15 (sklearn f1_score)
    assertThat(macroF1).isCloseTo(11.0 / 15, within(1e-15));
    assertThat(useful).isFalse(); // accuracy 3/4 equals always answering "yes"
    assertThat(text).contains("yes").contains("0.800");
    // The same rows twice: the same figures as the batch report of those rows.
    assertThat(sameAsBatch.n()).isEqualTo(8);
    assertThat(sameAsBatch.meanSquaredError())
        .isCloseTo(regression.meanSquaredError(), within(1e-15));
  }

  @Test
  void imputationSnippet() {
    double[] train = {1, Double.NaN, 3};
    double[] test = {Double.NaN, 5};
    double[] series = {1, Double.NaN, Double.NaN, 4};
    String[] patient = {"a", "a", "b", "b"};
    double[] time = {2, 1, 1, 2};
    double[] hr = {Double.NaN, 60, 70, Double.NaN};
    // The README's lines:
    double[] filled = Imputers.mean().fit(train).transform(test); // training statistics only
    double[] ff = Imputers.forwardFill().withLimit(1).fit(series).transform(series);
    Panel panel = Panel.byEntity(patient).orderedBy(time); // fill within each patient
    double[] byPatient = Imputers.forwardFill().fit(hr).transform(hr, panel);

    assertThat(filled).containsExactly(2, 5); // the training mean, not the test's
    assertThat(ff).containsExactly(1, 1, Double.NaN, 4);
    // Patient a: time 1 has 60, time 2 (row 0) takes it; patient b: row 3 (time 2) takes 70.
    assertThat(byPatient).containsExactly(60, 60, 70, 70);
  }

  @Test
  void tribuoSnippet() {
    String[] classes = {"healthy", "sick"};
    double[] shares = {0.7, 0.3};
    Dataset<Label> train = SyntheticData.blobs(7, 200, classes, shares, 0.8);
    Dataset<Label> testDataset = SyntheticData.blobs(8, 100, classes, shares, 0.8);
    Model<Label> model = TribuoModels.logisticRegression(train);
    // The README's lines:
    TribuoClassificationResult result = TribuoEvaluations.classification(model, testDataset);
    System.out.println(result.report().toText(3)); // evalkit's report for a Tribuo model

    assertThat(result.report().n()).isEqualTo(100);
    assertThat(result.report().labels()).containsExactly("healthy", "sick");
  }

  /** Drops whitespace, so that the formatter's line breaks and alignment do not matter. */
  private static String normalise(String code) {
    return code.replaceAll("\\s+", "");
  }
}
