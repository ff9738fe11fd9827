package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.ConfusionMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;

/**
 * Laws of the label adapter over random predictions: 1 to 6 labels (some never predicted, some
 * never actual), 1 to 80 rows. The counts are exact; every score agrees with Tribuo's evaluator.
 */
class ClassificationPropertiesTest {

  private static final long SEED = 20261124L;

  @Test
  void countsAreTribuosTransposedAndScoresAgree() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(longs().all(), integers().between(1, 6), integers().between(1, 80))
        .checkAssert(
            (seed, k, n) -> {
              RandomCase c = RandomCase.of(seed, k, n);
              ConfusionMatrix cm = TribuoEvaluations.confusionMatrix(c.domain, c.predictions);
              LabelEvaluation tribuo = TribuoReference.evaluate(c.domain, c.predictions);

              assertThat(cm.labels()).hasSize(k);
              assertThat(cm.total()).isEqualTo((long) n);
              for (String a : cm.labels()) {
                Label actual = new Label(a);
                for (String p : cm.labels()) {
                  assertThat((double) cm.count(a, p))
                      .isEqualTo(tribuo.confusion(new Label(p), actual));
                }
                Agreement.assertAgrees(
                    "precision(" + a + ")", cm.precision(a), tribuo.precision(actual));
                Agreement.assertAgrees("recall(" + a + ")", cm.recall(a), tribuo.recall(actual));
                Agreement.assertAgrees("f1(" + a + ")", cm.f1(a), tribuo.f1(actual));
              }
              Agreement.assertAgrees("accuracy", cm.accuracy(), tribuo.accuracy());
              Agreement.assertAgrees(
                  "macro precision", cm.precision(Average.MACRO), tribuo.macroAveragedPrecision());
              Agreement.assertAgrees(
                  "macro recall", cm.recall(Average.MACRO), tribuo.macroAveragedRecall());
              Agreement.assertAgrees("macro f1", cm.f1(Average.MACRO), tribuo.macroAveragedF1());
              Agreement.assertAgrees("micro f1", cm.f1(Average.MICRO), tribuo.microAveragedF1());
            });
  }

  @Test
  void encodingIsIndependentOfPredictionOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(longs().all(), integers().between(1, 6), integers().between(1, 80))
        .checkAssert(
            (seed, k, n) -> {
              RandomCase c = RandomCase.of(seed, k, n);
              List<Prediction<Label>> reversed = new ArrayList<>(c.predictions);
              java.util.Collections.reverse(reversed);

              assertThat(TribuoEvaluations.confusionMatrix(c.domain, reversed).toArray())
                  .isDeepEqualTo(
                      TribuoEvaluations.confusionMatrix(c.domain, c.predictions).toArray());
            });
  }

  /** Random predictions over labels l0..l(k-1); the domain always holds all k labels. */
  private record RandomCase(
      ImmutableOutputInfo<Label> domain, List<Prediction<Label>> predictions) {

    static RandomCase of(long seed, int k, int n) {
      SplittableRandom random = new SplittableRandom(seed);
      String[] labels = new String[k];
      for (int i = 0; i < k; i++) {
        labels[i] = "l" + i;
      }
      // skew towards low codes so that high codes are often absent or never predicted
      List<Prediction<Label>> predictions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int a = Math.min(random.nextInt(k), random.nextInt(k));
        int p = random.nextInt(4) == 0 ? random.nextInt(k) : a;
        HandMadePredictions.add(predictions, labels[a], labels[p], 1);
      }
      return new RandomCase(HandMadePredictions.domain(labels), predictions);
    }
  }
}
