package io.github.evalkit.tribuo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.evalkit.metrics.Average;
import io.github.evalkit.metrics.ConfusionMatrix;
import io.github.evalkit.metrics.MetricWarning;
import io.github.evalkit.metrics.ZeroDivision;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelConfusionMatrix;
import org.tribuo.classification.evaluation.LabelEvaluation;

/** Hand-counted cases that pin the transposition and the zero-division conventions. */
class ConfusionOrientationTest {

  /**
   * Asymmetric on purpose: 3 "yes" rows predicted "no", 1 "no" row predicted "yes". With rows =
   * actual (evalkit, scikit-learn) the matrix over [no, yes] is [[2, 1], [3, 5]]; Tribuo's
   * LabelConfusionMatrix stores the transpose [[2, 3], [1, 5]] (rows = predicted).
   */
  @Test
  void evalkitRowsAreActualWhereTribuosArePredicted() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "yes", "yes", 5);
    HandMadePredictions.add(predictions, "yes", "no", 3);
    HandMadePredictions.add(predictions, "no", "yes", 1);
    HandMadePredictions.add(predictions, "no", "no", 2);
    ImmutableOutputInfo<Label> domain = HandMadePredictions.domain("yes", "no");

    ConfusionMatrix cm = TribuoEvaluations.confusionMatrix(domain, predictions);
    LabelConfusionMatrix tribuo = new LabelConfusionMatrix(domain, predictions);

    assertThat(cm.labels()).containsExactly("no", "yes");
    assertThat(cm.toArray()).isDeepEqualTo(new long[][] {{2, 1}, {3, 5}});
    assertThat(cm.count("yes", "no")).isEqualTo(3);
    // Tribuo's confusion(predicted, truth): predicted "no" for truth "yes" happened 3 times
    assertThat(tribuo.confusion(new Label("no"), new Label("yes"))).isEqualTo(3.0);
    assertThat(tribuo.confusion(new Label("yes"), new Label("no"))).isEqualTo(1.0);
    // precision(yes) = 5/(5+1), recall(yes) = 5/(5+3): hand-counted from the rows above
    assertThat(cm.precision("yes")).isEqualTo(5.0 / 6);
    assertThat(cm.recall("yes")).isEqualTo(5.0 / 8);
    assertThat(cm.precision("yes")).isEqualTo(tribuo.tp(new Label("yes")) / 6);
  }

  /**
   * A class in the domain that is never predicted and never occurs: Tribuo gives 0 for its
   * precision, recall and F1 and averages that 0 into the macro figures; evalkit's default WARN
   * policy gives the same 0 but records why, and NAN leaves the class out of the averages.
   */
  @Test
  void undefinedScoresAreZeroLikeTribuoButWarned() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "yes", "yes", 5);
    HandMadePredictions.add(predictions, "yes", "no", 3);
    HandMadePredictions.add(predictions, "no", "yes", 1);
    HandMadePredictions.add(predictions, "no", "no", 2);
    ImmutableOutputInfo<Label> domain = HandMadePredictions.domain("yes", "no", "maybe");
    LabelEvaluation tribuo = TribuoReference.evaluate(domain, predictions);

    TribuoClassificationResult result = TribuoEvaluations.classification(domain, predictions);
    ConfusionMatrix cm = result.confusionMatrix();

    assertThat(cm.labels()).containsExactly("maybe", "no", "yes");
    assertThat(cm.support("maybe")).isZero();
    assertThat(cm.precision("maybe")).isZero().isEqualTo(tribuo.precision(new Label("maybe")));
    assertThat(cm.recall("maybe")).isZero().isEqualTo(tribuo.recall(new Label("maybe")));
    assertThat(cm.f1("maybe")).isZero().isEqualTo(tribuo.f1(new Label("maybe")));
    Agreement.assertAgrees(
        "macro precision", cm.precision(Average.MACRO), tribuo.macroAveragedPrecision());
    Agreement.assertAgrees("macro f1", cm.f1(Average.MACRO), tribuo.macroAveragedF1());
    assertThat(result.report().warnings())
        .extracting(MetricWarning::metric)
        .contains("precision(maybe)", "recall(maybe)", "f1(maybe)");

    ConfusionMatrix nan = cm.withZeroDivision(ZeroDivision.NAN);
    assertThat(nan.precision("maybe")).isNaN();
    // (5/6 + 2/5) / 2: the mean over the two defined classes, as scikit-learn with NaN dropped
    assertThat(nan.precision(Average.MACRO)).isEqualTo((5.0 / 6 + 2.0 / 5) / 2);
    assertThat(nan.precision(Average.MACRO)).isNotEqualTo(tribuo.macroAveragedPrecision());
  }

  /**
   * Balanced accuracy: evalkit (like scikit-learn) averages recall over the classes that occur;
   * Tribuo's balanced error rate is 1 − the mean recall over the whole domain, counting a class
   * with no rows as recall 0. A deliberate difference, documented in the README.
   */
  @Test
  void balancedAccuracyIgnoresAbsentClassesUnlikeTribuo() {
    List<Prediction<Label>> predictions = new ArrayList<>();
    HandMadePredictions.add(predictions, "yes", "yes", 5);
    HandMadePredictions.add(predictions, "yes", "no", 3);
    HandMadePredictions.add(predictions, "no", "no", 2);
    ImmutableOutputInfo<Label> domain = HandMadePredictions.domain("yes", "no", "maybe");
    LabelEvaluation tribuo = TribuoReference.evaluate(domain, predictions);

    ConfusionMatrix cm = TribuoEvaluations.confusionMatrix(domain, predictions);

    // recalls: no 2/2, yes 5/8 → evalkit (1 + 5/8)/2; Tribuo (1 + 5/8 + 0)/3
    assertThat(cm.balancedAccuracy()).isEqualTo((1 + 5.0 / 8) / 2);
    Agreement.assertAgrees("1 - BER", 1 - tribuo.balancedErrorRate(), (1 + 5.0 / 8) / 3);
  }

  @Test
  void emptyPredictionsAreRejected() {
    ImmutableOutputInfo<Label> domain = HandMadePredictions.domain("yes", "no");

    assertThatThrownBy(() -> TribuoEvaluations.confusionMatrix(domain, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no predictions");
  }
}
