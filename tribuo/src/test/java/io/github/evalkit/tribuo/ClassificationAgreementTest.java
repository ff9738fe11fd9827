package io.github.evalkit.tribuo;

import static io.github.evalkit.tribuo.Agreement.assertAgrees;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.ClassScores;
import io.github.evalkit.metrics.ClassificationReport;
import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.MetricWarning;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;

/**
 * Trains real Tribuo classifiers on generated data and checks that every figure evalkit computes
 * from their predictions equals the one Tribuo's {@link LabelEvaluator} computes, to 1e-12
 * relative.
 */
class ClassificationAgreementTest {

  private static final String[] TWO = {"no", "yes"};
  private static final String[] THREE = {"setosa", "versicolor", "virginica"};
  private static final String[] FOUR = {"a", "b", "c", "rare"};

  static Stream<Arguments> scenarios() {
    Function<Dataset<Label>, Model<Label>> logistic = TribuoModels::logisticRegression;
    Function<Dataset<Label>, Model<Label>> cart = TribuoModels::cart;
    return Stream.of(
        Arguments.of("logistic, 2 classes, 70/30", logistic, TWO, new double[] {3, 7}, 1L),
        Arguments.of("cart, 2 classes, 70/30", cart, TWO, new double[] {3, 7}, 2L),
        Arguments.of("logistic, 3 classes", logistic, THREE, new double[] {1, 1, 1}, 3L),
        Arguments.of("cart, 3 classes, skewed", cart, THREE, new double[] {5, 3, 2}, 4L),
        Arguments.of(
            "logistic, 4 classes, one rare", logistic, FOUR, new double[] {5, 5, 5, 0.3}, 5L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyFigureAgreesWithTribuosLabelEvaluation(
      String name,
      Function<Dataset<Label>, Model<Label>> trainer,
      String[] classes,
      double[] shares,
      long seed) {
    MutableDataset<Label> train = SyntheticData.blobs(seed, 400, classes, shares, 0.8);
    MutableDataset<Label> test = SyntheticData.blobs(seed + 1000, 300, classes, shares, 0.8);
    Model<Label> model = trainer.apply(train);
    List<Prediction<Label>> predictions = model.predict(test);
    LabelEvaluation tribuo =
        new LabelEvaluator().evaluate(model, predictions, test.getProvenance());

    TribuoClassificationResult result = TribuoEvaluations.classification(model, predictions);
    ConfusionMatrix cm = result.confusionMatrix();
    ClassificationReport report = result.report();

    // a perfect or useless model would make the comparison trivially true
    assertThat(tribuo.accuracy()).isStrictlyBetween(0.5, 1.0);
    assertThat(cm.labels()).containsExactlyInAnyOrder(classes);
    assertThat(cm.total()).isEqualTo(test.size());
    assertAgrees("accuracy", cm.accuracy(), tribuo.accuracy());
    assertAgrees("report accuracy", report.accuracy(), tribuo.accuracy());

    double weightedPrecision = 0;
    double weightedRecall = 0;
    double weightedF1 = 0;
    double support = 0;
    for (ClassScores scores : report.perClass()) {
      String l = scores.label();
      Label label = new Label(l);
      int c = cm.indexOf(l);
      assertAgrees("precision(" + l + ")", cm.precision(l), tribuo.precision(label));
      assertAgrees("recall(" + l + ")", cm.recall(l), tribuo.recall(label));
      assertAgrees("f1(" + l + ")", cm.f1(l), tribuo.f1(label));
      assertAgrees("report precision(" + l + ")", scores.precision(), tribuo.precision(label));
      assertAgrees("report recall(" + l + ")", scores.recall(), tribuo.recall(label));
      assertAgrees("report f1(" + l + ")", scores.f1(), tribuo.f1(label));
      assertThat((double) cm.truePositives(c)).as("tp(%s)", l).isEqualTo(tribuo.tp(label));
      assertThat((double) cm.falsePositives(c)).as("fp(%s)", l).isEqualTo(tribuo.fp(label));
      assertThat((double) cm.falseNegatives(c)).as("fn(%s)", l).isEqualTo(tribuo.fn(label));
      assertThat((double) cm.trueNegatives(c)).as("tn(%s)", l).isEqualTo(tribuo.tn(label));
      double labelSupport = tribuo.getConfusionMatrix().support(label);
      assertThat((double) scores.support()).as("support(%s)", l).isEqualTo(labelSupport);
      for (String p : cm.labels()) {
        // evalkit: count(actual, predicted); Tribuo: confusion(predicted, actual)
        assertThat((double) cm.count(l, p))
            .as("actual %s, predicted %s", l, p)
            .isEqualTo(tribuo.confusion(new Label(p), label));
      }
      if (cm.predictedCount(c) == 0) {
        // Tribuo's 0 for an undefined precision is silent; evalkit's equal 0 comes with a warning
        assertThat(report.warnings())
            .extracting(MetricWarning::metric)
            .contains("precision(" + l + ")");
      }
      weightedPrecision += tribuo.precision(label) * labelSupport;
      weightedRecall += tribuo.recall(label) * labelSupport;
      weightedF1 += tribuo.f1(label) * labelSupport;
      support += labelSupport;
    }

    assertAgrees("macro precision", cm.precision(Average.MACRO), tribuo.macroAveragedPrecision());
    assertAgrees("macro recall", cm.recall(Average.MACRO), tribuo.macroAveragedRecall());
    assertAgrees("macro f1", cm.f1(Average.MACRO), tribuo.macroAveragedF1());
    assertAgrees("micro precision", cm.precision(Average.MICRO), tribuo.microAveragedPrecision());
    assertAgrees("micro recall", cm.recall(Average.MICRO), tribuo.microAveragedRecall());
    assertAgrees("micro f1", cm.f1(Average.MICRO), tribuo.microAveragedF1());
    // Tribuo has no support-weighted average; weight its own per-class figures by its supports
    assertAgrees("weighted precision", cm.precision(Average.WEIGHTED), weightedPrecision / support);
    assertAgrees("weighted recall", cm.recall(Average.WEIGHTED), weightedRecall / support);
    assertAgrees("weighted f1", cm.f1(Average.WEIGHTED), weightedF1 / support);
    assertAgrees("report macro f1", report.average(Average.MACRO).f1(), tribuo.macroAveragedF1());
    assertAgrees(
        "report weighted recall",
        report.average(Average.WEIGHTED).recall(),
        weightedRecall / support);
    // every class occurs in the test data here, so both balanced figures average the same recalls
    assertAgrees("balanced accuracy", cm.balancedAccuracy(), 1 - tribuo.balancedErrorRate());
  }
}
